package notifytck.spi.msmq;

import java.util.Objects;

/** A queue object (IMSMQQueue4) the implementation issued, as an opaque handle. */
public record QueueRef(String handle) {
    public QueueRef {
        Objects.requireNonNull(handle, "handle");
    }
}
