package dev.umbrella.kernel.display;

import dev.umbrella.kernel.eval.KernelLog;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces {@code System.out} and {@code System.err} once per JVM so that whatever a cell prints
 * reaches the notebook while the cell runs. Writes are buffered in order (stdout and stderr
 * interleaved exactly as written) and sent every {@value #FLUSH_MILLIS} ms, when the buffer grows
 * past {@value #FLUSH_BYTES} bytes, and before any other output of the cell. The kernel's own log
 * lines go to the original stderr (the Jupyter server's console), never into a cell.
 */
public final class StreamCapture {
    static final long FLUSH_MILLIS = 50;
    static final int FLUSH_BYTES = 64 * 1024;

    /** Receives captured text, in order; {@code name} is {@code stdout} or {@code stderr}. */
    public interface Target {
        void stream(String name, String text);
    }

    private static final PrintStream ORIGINAL_ERR = KernelLog.originalStderr();
    private static StreamCapture installed;

    private final PrintStream originalOut;
    private final Object lock = new Object();
    private final Object sendLock = new Object();
    private final List<Segment> pending = new ArrayList<>();
    private int pendingBytes;
    private volatile Target target;
    private volatile CellInput input = CellInput.NONE;

    private StreamCapture(PrintStream originalOut) {
        this.originalOut = originalOut;
        var flusher = new Thread(this::flushLoop, "stream-flush");
        flusher.setDaemon(true);
        flusher.start();
    }

    /** Installs the capture on first use; later calls return the same instance. */
    public static synchronized StreamCapture install() {
        if (installed == null) {
            installed = new StreamCapture(System.out);
            System.setOut(new PrintStream(installed.new Capture("stdout"), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(installed.new Capture("stderr"), true, StandardCharsets.UTF_8));
            System.setIn(installed.new Stdin());
        }
        return installed;
    }

    /** Sends captured text to {@code t} from now on ({@code null}: to the process's own streams). */
    public void attach(Target t) {
        flush();
        target = t;
    }

    /** Serves {@code System.in} reads from {@code in} from now on (a line typed earlier is not kept). */
    public void attachInput(CellInput in) {
        synchronized (stdinLock) {
            line = new byte[0];
            linePos = 0;
            input = in == null ? CellInput.NONE : in;
        }
    }

    private final Object stdinLock = new Object();
    private byte[] line = new byte[0];
    private int linePos;

    /**
     * {@code System.in}: each time its bytes run out it asks the cell's {@link CellInput} for one more
     * line (with an empty prompt, as a bare read in ipykernel has) and hands it out with a {@code \n}.
     */
    private final class Stdin extends InputStream {
        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            synchronized (stdinLock) {
                if (linePos >= line.length) {
                    flush();
                    line = (input.readLine("", false) + "\n").getBytes(StandardCharsets.UTF_8);
                    linePos = 0;
                }
                int n = Math.min(len, line.length - linePos);
                System.arraycopy(line, linePos, b, off, n);
                linePos += n;
                return n;
            }
        }

        @Override
        public int available() {
            synchronized (stdinLock) {
                return line.length - linePos;
            }
        }
    }

    /** Sends everything buffered so far, in the order it was written. */
    public void flush() {
        synchronized (sendLock) {
            List<Segment> segments;
            synchronized (lock) {
                if (pending.isEmpty()) {
                    return;
                }
                segments = new ArrayList<>(pending);
                pending.clear();
                pendingBytes = 0;
            }
            Target t = target;
            for (Segment s : segments) {
                String text = s.text();
                if (text.isEmpty()) {
                    continue;
                }
                if (t != null) {
                    t.stream(s.name, text);
                } else {
                    (s.name.equals("stderr") ? ORIGINAL_ERR : originalOut).print(text);
                }
            }
        }
    }

    private void write(String name, byte[] bytes, int offset, int length) {
        boolean full;
        synchronized (lock) {
            Segment last = pending.isEmpty() ? null : pending.get(pending.size() - 1);
            if (last == null || !last.name.equals(name)) {
                last = new Segment(name);
                pending.add(last);
            }
            last.bytes.write(bytes, offset, length);
            pendingBytes += length;
            full = pendingBytes >= FLUSH_BYTES;
            lock.notifyAll();
        }
        if (full) {
            flush();
        }
    }

    private void flushLoop() {
        while (true) {
            try {
                synchronized (lock) {
                    while (pending.isEmpty()) {
                        lock.wait();
                    }
                }
                Thread.sleep(FLUSH_MILLIS);
                flush();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                KernelLog.log("could not send cell output: " + e);
            }
        }
    }

    private static final class Segment {
        final String name;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Segment(String name) {
            this.name = name;
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private final class Capture extends OutputStream {
        private final String name;

        Capture(String name) {
            this.name = name;
        }

        @Override
        public void write(int b) {
            StreamCapture.this.write(name, new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            StreamCapture.this.write(name, b, off, len);
        }
    }
}
