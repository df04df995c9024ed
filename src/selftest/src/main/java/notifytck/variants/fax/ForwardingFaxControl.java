package notifytck.variants.fax;

import java.time.Duration;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.ServiceAccount;
import notifytck.spi.fax.SessionRef;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/** Passes every control call to the reference. */
class ForwardingFaxControl implements FaxControl {
    protected final FaxControl inner;

    ForwardingFaxControl(FaxControl inner) {
        this.inner = inner;
    }

    @Override
    public void configureService(ServiceAccount account) {
        inner.configureService(account);
    }

    @Override
    public SessionRef logon(String user) {
        return inner.logon(user);
    }

    @Override
    public DesktopRef defaultDesktop(SessionRef session) {
        return inner.defaultDesktop(session);
    }

    @Override
    public DesktopRef createDesktop(SessionRef session, String name) {
        return inner.createDesktop(session, name);
    }

    @Override
    public FaxClient startClient(SessionRef session) {
        return inner.startClient(session);
    }

    @Override
    public WindowRef createWindow(FaxClient client, DesktopRef desktop, WindowProcedure procedure) {
        return inner.createWindow(client, desktop, procedure);
    }

    @Override
    public void destroyWindow(WindowRef window) {
        inner.destroyWindow(window);
    }

    @Override
    public void setPumping(WindowRef window, boolean pumping) {
        inner.setPumping(window, pumping);
    }

    @Override
    public void raiseEvent(int eventId, int deviceId, int jobId) {
        inner.raiseEvent(eventId, deviceId, jobId);
    }

    @Override
    public void stopService() {
        inner.stopService();
    }

    @Override
    public boolean logoff(SessionRef session) {
        return inner.logoff(session);
    }

    @Override
    public boolean holdsTokenOf(FaxClient client) {
        return inner.holdsTokenOf(client);
    }

    @Override
    public boolean quiesce(Duration deadline) {
        return inner.quiesce(deadline);
    }
}
