package notifytck.reference.fax;

import static notifytck.spi.fax.FaxConstants.FEI_NEVENTS;

import java.time.Duration;
import notifytck.reference.common.Quiescence;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.ServiceAccount;
import notifytck.spi.fax.SessionRef;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/** What the kit makes Windows and the fax service do. Arguments are checked here; the rest is delegated. */
final class FaxAdministration implements FaxControl {
    private final Workstation workstation;
    private final FaxService service;
    private final Logoff logoff;
    private final Quiescence quiescence;

    FaxAdministration(Workstation workstation, FaxService service, Logoff logoff, Quiescence quiescence) {
        this.workstation = workstation;
        this.service = service;
        this.logoff = logoff;
        this.quiescence = quiescence;
    }

    @Override
    public void configureService(ServiceAccount account) {
        if (account == null) {
            throw new IllegalArgumentException("service account is null");
        }
        if (account.localSystem() && account.user() != null) {
            throw new IllegalArgumentException("LocalSystem names no user, but user was \"" + account.user() + "\"");
        }
        if (!account.localSystem() && (account.user() == null || account.user().isBlank())) {
            throw new IllegalArgumentException("a service user account needs a user name");
        }
        if (!account.localSystem() && account.interactWithDesktop()) {
            throw new IllegalArgumentException("\"Allow service to interact with desktop\" is never selected for "
                    + "a service running under a user account (" + account.user() + ")");
        }
        service.configure(account);
    }

    @Override
    public SessionRef logon(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("user is null or blank");
        }
        return workstation.logon(user).ref();
    }

    @Override
    public DesktopRef defaultDesktop(SessionRef session) {
        return workstation.loggedOnSession(session).interactiveDesktop().ref();
    }

    @Override
    public DesktopRef createDesktop(SessionRef session, String name) {
        Session s = workstation.loggedOnSession(session);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("desktop name is null or blank");
        }
        return workstation.createDesktop(s, name).ref();
    }

    @Override
    public FaxClient startClient(SessionRef session) {
        return workstation.startClient(workstation.loggedOnSession(session)).ref();
    }

    @Override
    public WindowRef createWindow(FaxClient client, DesktopRef desktop, WindowProcedure procedure) {
        ClientApplication owner = workstation.client(client);
        Desktop d = workstation.desktop(desktop);
        if (procedure == null) {
            throw new IllegalArgumentException("window procedure is null");
        }
        return workstation.createWindow(owner, d, procedure).ref();
    }

    @Override
    public void destroyWindow(WindowRef window) {
        logoff.destroy(workstation.window(window));
    }

    @Override
    public void setPumping(WindowRef window, boolean pumping) {
        workstation.window(window).setPumping(pumping);
    }

    @Override
    public void raiseEvent(int eventId, int deviceId, int jobId) {
        if (eventId < 1 || eventId > FEI_NEVENTS) {
            throw new IllegalArgumentException("eventId " + eventId + " is not a FAX_EVENT EventId (1.." + FEI_NEVENTS
                    + ")");
        }
        service.raise(new FaxEvent(eventId, deviceId, jobId));
    }

    @Override
    public void stopService() {
        service.stop();
    }

    @Override
    public boolean logoff(SessionRef session) {
        return logoff.logoff(workstation.loggedOnSession(session));
    }

    /** False for a client that has ended, whose tokens went with its session. */
    @Override
    public boolean holdsTokenOf(FaxClient client) {
        return service.holdsTokenOf(workstation.client(client));
    }

    /** Messages waiting on windows that do not pump are not due yet, so they do not count. */
    @Override
    public boolean quiesce(Duration deadline) {
        return quiescence.await(deadline);
    }
}
