package dev.umbrella.publish;

/**
 * A problem the user can act on (broken notebook, failing cell, unknown parameter, differing output):
 * the message alone names the file, the cell and the cause, and the command exits non-zero.
 */
public class PublishException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
