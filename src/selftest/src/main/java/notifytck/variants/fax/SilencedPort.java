package notifytck.variants.fax;

import notifytck.spi.fax.CompletionPort;

/** A client's completion port put in front of the kit's, which a variant silences when its fault says the registration ended. */
final class SilencedPort implements CompletionPort {
    private final CompletionPort inner;
    private volatile boolean silenced;

    SilencedPort(CompletionPort inner) {
        this.inner = inner;
    }

    void silence() {
        silenced = true;
    }

    @Override
    public void post(long completionKey, int eventId, int deviceId, int jobId) {
        if (!silenced) {
            inner.post(completionKey, eventId, deviceId, jobId);
        }
    }
}
