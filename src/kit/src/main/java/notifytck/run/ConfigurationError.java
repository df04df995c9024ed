package notifytck.run;

/**
 * Something the user gave cannot work: an option, a class, a selection, a baseline, a features
 * folder. Found before any scenario runs; the run exits 2 with this one message.
 */
public final class ConfigurationError extends RuntimeException {
    public ConfigurationError(String message) {
        super(message);
    }

    public ConfigurationError(String message, Throwable cause) {
        super(message, cause);
    }
}
