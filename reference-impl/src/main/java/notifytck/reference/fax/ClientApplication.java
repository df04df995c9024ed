package notifytck.reference.fax;

import notifytck.spi.fax.FaxClient;

/** A fax client process in a user session; it ends with its session's logoff. */
final class ClientApplication {
    private final FaxClient ref;
    private final Session session;
    private volatile boolean running = true;

    ClientApplication(FaxClient ref, Session session) {
        this.ref = ref;
        this.session = session;
    }

    FaxClient ref() {
        return ref;
    }

    Session session() {
        return session;
    }

    boolean running() {
        return running;
    }

    void ended() {
        running = false;
    }
}
