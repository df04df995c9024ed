package notifytck.wire;

/**
 * The error kinds a reply may carry, and the Java exception each stands for on the kit's side, so a
 * step that expects an implementation to refuse an argument sees the same exception as in process.
 */
public enum RemoteError {
    /** The arguments are refused (Java's IllegalArgumentException). */
    INVALID_ARGUMENT("invalid-argument"),
    /** The call is not supported: a mechanism or control the program did not declare (UnsupportedOperationException). */
    UNSUPPORTED("unsupported"),
    /** The call is not allowed in the instance's state, e.g. a request before start (IllegalStateException). */
    ILLEGAL_STATE("illegal-state"),
    /** The message does not have the shape the registry gives its type. */
    MALFORMED("malformed"),
    /** Anything else that went wrong inside the implementation. */
    FAILURE("failure");

    private final String wireName;

    RemoteError(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static RemoteError of(Throwable t) {
        if (t instanceof Shape.Malformed) {
            return MALFORMED;
        }
        if (t instanceof IllegalArgumentException) {
            return INVALID_ARGUMENT;
        }
        if (t instanceof UnsupportedOperationException) {
            return UNSUPPORTED;
        }
        if (t instanceof IllegalStateException) {
            return ILLEGAL_STATE;
        }
        return FAILURE;
    }

    public static RemoteError named(String wireName) {
        for (RemoteError e : values()) {
            if (e.wireName.equals(wireName)) {
                return e;
            }
        }
        return null;
    }

    /** The exception the kit throws for an error reply of this kind. */
    public RuntimeException toException(String message) {
        switch (this) {
            case INVALID_ARGUMENT:
                return new IllegalArgumentException(message);
            case UNSUPPORTED:
                return new UnsupportedOperationException(message);
            case ILLEGAL_STATE:
                return new IllegalStateException(message);
            default:
                return new WireFailure(message);
        }
    }
}
