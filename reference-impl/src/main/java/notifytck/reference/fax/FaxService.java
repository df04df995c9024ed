package notifytck.reference.fax;

import static notifytck.spi.fax.FaxConstants.ERROR_INVALID_PARAMETER;
import static notifytck.spi.fax.FaxConstants.FEI_FAXSVC_ENDED;
import static notifytck.spi.fax.FaxConstants.LOGOFF_COMPLETION_KEY;
import static notifytck.spi.fax.FaxConstants.NO_JOB;
import static notifytck.spi.fax.FaxConstants.WM_USER;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.ServiceAccount;
import notifytck.spi.fax.WindowRef;

/**
 * The fax service: its account, the clients' event queue registrations with the tokens opened for
 * them, and the events it sends. Everything here is guarded by this object's monitor, which is
 * never held while client code runs: windows are only posted to (their procedures run later on
 * their own threads) and ports are called on the pool. A window procedure can therefore call
 * FaxInitializeEventQueue at any time, the logoff registration from WM_ENDSESSION included.
 *
 * <p>Lock order: this service, then the {@link Workstation}, then a window's {@link MessageQueue}.
 */
final class FaxService implements FaxAdapter {
    /** RPC_S_SERVER_UNAVAILABLE (winerror.h): what the client library reports once the service is gone. */
    static final int RPC_S_SERVER_UNAVAILABLE = 1722;

    private final Workstation workstation;
    private final CompletionPackets packets;
    private final List<EventQueueRegistration> registrations = new ArrayList<>();
    private ServiceAccount account = ServiceAccount.localSystem(false);
    private boolean running = true;

    FaxService(Workstation workstation, CompletionPackets packets) {
        this.workstation = workstation;
        this.packets = packets;
    }

    /**
     * Parameters are checked before the service is asked anything, as the client library does, so
     * a bad call fails with ERROR_INVALID_PARAMETER whatever the service's state and leaves no trace.
     */
    @Override
    public synchronized FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long completionKey,
            WindowRef window, int messageStart) {
        ClientApplication caller = workstation.runningClient(client);
        if (caller == null || (port == null) == (window == null)) {
            return FaxResult.failed(ERROR_INVALID_PARAMETER);
        }
        if (port != null) {
            if (messageStart != 0) {
                return FaxResult.failed(ERROR_INVALID_PARAMETER);
            }
            if (!running) {
                return FaxResult.failed(RPC_S_SERVER_UNAVAILABLE);
            }
            registrations.add(new PortRegistration(caller, port, completionKey));
            return FaxResult.OK;
        }
        Window target = workstation.existingWindow(window);
        if (target == null) {
            return FaxResult.failed(ERROR_INVALID_PARAMETER);
        }
        if (completionKey == LOGOFF_COMPLETION_KEY && endRegistrationsOf(target)) {
            return FaxResult.OK;
        }
        if (messageStart <= WM_USER) {
            return FaxResult.failed(ERROR_INVALID_PARAMETER);
        }
        if (!running) {
            return FaxResult.failed(RPC_S_SERVER_UNAVAILABLE);
        }
        // The token is opened during the call, so it is held by the time the call returns.
        ImpersonationToken token = ServiceAccountRules.opensImpersonationToken(account)
                ? new ImpersonationToken()
                : null;
        registrations.add(new WindowRegistration(caller, target, messageStart, token));
        return FaxResult.OK;
    }

    /**
     * The logoff registration: the window gets no more messages and the tokens opened for it are
     * closed. False when the window has no registration, so the call is an ordinary one.
     */
    private boolean endRegistrationsOf(Window window) {
        boolean found = false;
        for (Iterator<EventQueueRegistration> it = registrations.iterator(); it.hasNext(); ) {
            if (it.next() instanceof WindowRegistration r && r.window() == window) {
                r.closeToken();
                it.remove();
                found = true;
            }
        }
        return found;
    }

    /** From now on; tokens already opened stay open until closed. */
    synchronized void configure(ServiceAccount account) {
        this.account = account;
    }

    /** A stopped service raises nothing. */
    synchronized void raise(FaxEvent event) {
        if (running) {
            registrations.forEach(r -> send(r, event));
        }
    }

    /** FEI_FAXSVC_ENDED to everyone registered, every token closed, and silence from then on. */
    synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        FaxEvent ended = new FaxEvent(FEI_FAXSVC_ENDED, 0, NO_JOB);
        for (EventQueueRegistration r : registrations) {
            send(r, ended);
            if (r instanceof WindowRegistration w) {
                w.closeToken();
            }
        }
        registrations.clear();
    }

    synchronized boolean holdsTokenOf(ClientApplication client) {
        for (EventQueueRegistration r : registrations) {
            if (r.client() == client && r instanceof WindowRegistration w && w.holdsOpenToken()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a logoff, after WM_ENDSESSION was handled: an open token of any of the session's
     * clients is a handle on its desktop and blocks it (false). Otherwise the session ends and its
     * clients' registrations with it; decided under this monitor so that no event slips in between.
     */
    synchronized boolean endSessionUnlessTokenHeld(Session session) {
        for (EventQueueRegistration r : registrations) {
            if (r.client().session() == session && r instanceof WindowRegistration w && w.holdsOpenToken()) {
                return false;
            }
        }
        registrations.removeIf(r -> r.client().session() == session);
        workstation.endSession(session);
        return true;
    }

    synchronized boolean running() {
        return running;
    }

    private void send(EventQueueRegistration registration, FaxEvent event) {
        if (registration instanceof PortRegistration p) {
            packets.post(p.port(), p.completionKey(), event);
        } else if (registration instanceof WindowRegistration w) {
            Window window = w.window();
            if (window.exists() && ServiceAccountRules.postReaches(account, w.client(), window)) {
                window.post(PostedMessage.faxMessage(w.messageStart(), event));
            }
        }
    }
}
