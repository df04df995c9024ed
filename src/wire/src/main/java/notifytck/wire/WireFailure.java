package notifytck.wire;

/** The wire failed: the other side is gone, broke the protocol, or did not answer in time. */
public class WireFailure extends RuntimeException {
    public WireFailure(String message) {
        super(message);
    }
}
