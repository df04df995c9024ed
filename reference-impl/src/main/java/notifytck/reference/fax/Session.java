package notifytck.reference.fax;

import java.util.ArrayList;
import java.util.List;
import notifytck.spi.fax.SessionRef;

/** A logon session: its desktops, its client processes and their windows. Guarded by the {@link Workstation}. */
final class Session {
    private final SessionRef ref;
    private final List<Desktop> desktops = new ArrayList<>();
    private final List<ClientApplication> clients = new ArrayList<>();
    private final List<Window> windows = new ArrayList<>();
    private boolean loggedOff;

    Session(SessionRef ref) {
        this.ref = ref;
    }

    SessionRef ref() {
        return ref;
    }

    List<Desktop> desktops() {
        return desktops;
    }

    List<ClientApplication> clients() {
        return clients;
    }

    /** Every window its clients created, destroyed ones included. */
    List<Window> windows() {
        return windows;
    }

    boolean loggedOff() {
        return loggedOff;
    }

    void loggedOffNow() {
        loggedOff = true;
    }

    Desktop interactiveDesktop() {
        return desktops.get(0);
    }
}
