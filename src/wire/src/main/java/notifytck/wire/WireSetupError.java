package notifytck.wire;

/** The program cannot be used at all: it does not start, does not answer hello, or speaks another protocol version. */
public class WireSetupError extends RuntimeException {
    public WireSetupError(String message) {
        super(message);
    }
}
