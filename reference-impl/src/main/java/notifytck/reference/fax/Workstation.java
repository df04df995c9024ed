package notifytck.reference.fax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import notifytck.reference.common.Quiescence;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.SessionRef;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/**
 * The computer the users log on to: its sessions, desktops, client processes and windows, by the
 * handles it issued. Handles carry the instance's tag, so a handle from another instance is
 * unknown here. The kit's control calls get an IllegalArgumentException for a handle that is not
 * usable; the fax API gets null and fails the call the way Windows would.
 */
final class Workstation {
    private final String tag;
    private final WindowThreads threads;
    private final Quiescence quiescence;
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, Desktop> desktops = new HashMap<>();
    private final Map<String, ClientApplication> clients = new HashMap<>();
    private final Map<String, Window> windows = new HashMap<>();
    private long nextId = 1;

    Workstation(String tag, WindowThreads threads, Quiescence quiescence) {
        this.tag = tag;
        this.threads = threads;
        this.quiescence = quiescence;
    }

    synchronized Session logon(String user) {
        Session s = new Session(new SessionRef(issue("session"), user));
        sessions.put(s.ref().id(), s);
        addDesktop(s, Desktop.INTERACTIVE_NAME, true);
        return s;
    }

    synchronized Desktop createDesktop(Session session, String name) {
        requireLoggedOn(session);
        for (Desktop d : session.desktops()) {
            if (d.ref().name().equalsIgnoreCase(name)) {
                throw new IllegalArgumentException("session " + session.ref().id() + " already has a desktop named \""
                        + name + "\"");
            }
        }
        return addDesktop(session, name, false);
    }

    synchronized ClientApplication startClient(Session session) {
        requireLoggedOn(session);
        ClientApplication c = new ClientApplication(new FaxClient(issue("client"), session.ref()), session);
        clients.put(c.ref().id(), c);
        session.clients().add(c);
        return c;
    }

    synchronized Window createWindow(ClientApplication owner, Desktop desktop, WindowProcedure procedure) {
        if (!owner.running()) {
            throw new IllegalArgumentException("client " + owner.ref().id() + " ended with its session's logoff");
        }
        if (desktop.session() != owner.session()) {
            throw new IllegalArgumentException("desktop " + desktop.ref().id() + " is in session "
                    + desktop.session().ref().id() + ", not in the client's session " + owner.session().ref().id());
        }
        Window w = new Window(new WindowRef(issue("hwnd")), desktop, procedure, new MessageQueue(quiescence),
                threads);
        windows.put(w.ref().handle(), w);
        owner.session().windows().add(w);
        return w;
    }

    synchronized Session session(SessionRef ref) {
        if (ref == null) {
            throw new IllegalArgumentException("session is null");
        }
        Session s = sessions.get(ref.id());
        if (s == null || !s.ref().equals(ref)) {
            throw new IllegalArgumentException("session " + ref + " was not issued by this instance");
        }
        return s;
    }

    synchronized Session loggedOnSession(SessionRef ref) {
        Session s = session(ref);
        requireLoggedOn(s);
        return s;
    }

    synchronized Desktop desktop(DesktopRef ref) {
        if (ref == null) {
            throw new IllegalArgumentException("desktop is null");
        }
        Desktop d = desktops.get(ref.id());
        if (d == null || !d.ref().equals(ref)) {
            throw new IllegalArgumentException("desktop " + ref + " was not issued by this instance");
        }
        requireLoggedOn(d.session());
        return d;
    }

    /** Any client this instance started, running or not. */
    synchronized ClientApplication client(FaxClient ref) {
        if (ref == null) {
            throw new IllegalArgumentException("client is null");
        }
        ClientApplication c = clients.get(ref.id());
        if (c == null || !c.ref().equals(ref)) {
            throw new IllegalArgumentException("client " + ref + " was not started by this instance");
        }
        return c;
    }

    /** For the fax API: a process that exists, or null. */
    synchronized ClientApplication runningClient(FaxClient ref) {
        ClientApplication c = ref == null ? null : clients.get(ref.id());
        return c != null && c.ref().equals(ref) && c.running() ? c : null;
    }

    /** A window that exists (not destroyed, session not ended), for the kit. */
    synchronized Window window(WindowRef ref) {
        if (ref == null) {
            throw new IllegalArgumentException("window is null");
        }
        Window w = windows.get(ref.handle());
        if (w == null) {
            throw new IllegalArgumentException("window " + ref.handle() + " was not created by this instance");
        }
        if (!w.exists()) {
            throw new IllegalArgumentException("window " + ref.handle()
                    + " no longer exists (destroyed, or its session logged off)");
        }
        return w;
    }

    /** For the fax API: a valid HWND, or null. */
    synchronized Window existingWindow(WindowRef ref) {
        Window w = ref == null ? null : windows.get(ref.handle());
        return w != null && w.exists() ? w : null;
    }

    /** The session's windows that still exist. */
    synchronized List<Window> windowsOf(Session session) {
        List<Window> result = new ArrayList<>();
        for (Window w : session.windows()) {
            if (w.exists()) {
                result.add(w);
            }
        }
        return result;
    }

    /** The logoff completed: the processes end, their windows and the session's desktops are gone. */
    void endSession(Session session) {
        List<Window> gone;
        synchronized (this) {
            if (session.loggedOff()) {
                return;
            }
            session.loggedOffNow();
            session.clients().forEach(ClientApplication::ended);
            gone = new ArrayList<>(session.windows());
        }
        gone.forEach(Window::gone);
    }

    /** For closing the instance: every window, so nothing it queued still counts. */
    synchronized List<Window> allWindows() {
        return new ArrayList<>(windows.values());
    }

    private Desktop addDesktop(Session session, String name, boolean interactive) {
        Desktop d = new Desktop(new DesktopRef(issue("desktop"), name), session, interactive);
        desktops.put(d.ref().id(), d);
        session.desktops().add(d);
        return d;
    }

    private static void requireLoggedOn(Session session) {
        if (session.loggedOff()) {
            throw new IllegalArgumentException("session " + session.ref().id() + " has logged off");
        }
    }

    private String issue(String kind) {
        return tag + "-" + kind + "-" + nextId++;
    }
}
