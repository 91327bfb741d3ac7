package dev.umbrella.kernel.server;

import java.util.function.ToIntFunction;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.slf4j.helpers.NOPLogger;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * One Jupyter socket, bound to the address and port the connection file names. Framing and HMAC
 * signing come from JJava's {@link JupyterSocket}; the polling loop is {@link KernelServer}'s own,
 * so no request waits for a fixed sleep.
 */
final class Channel extends JupyterSocket {
    private final String name;
    private final ToIntFunction<KernelConnectionProperties> port;

    Channel(
            ZMQ.Context context,
            SocketType type,
            HMACGenerator hmac,
            String name,
            ToIntFunction<KernelConnectionProperties> port) {
        super(context, type, hmac, NOPLogger.NOP_LOGGER);
        this.name = name;
        this.port = port;
        setLinger(1000);
    }

    String name() {
        return name;
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        String address = formatAddress(props.getTransport(), props.getIp(), port.applyAsInt(props));
        if (!super.bind(address)) {
            throw new IllegalStateException("cannot bind the " + name + " channel to " + address);
        }
    }
}
