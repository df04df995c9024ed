package notifytck.spi.msmq;

import java.util.Objects;

/** A message in a queue, as an opaque handle the implementation issued when it was put. */
public record MessageRef(String handle) {
    public MessageRef {
        Objects.requireNonNull(handle, "handle");
    }
}
