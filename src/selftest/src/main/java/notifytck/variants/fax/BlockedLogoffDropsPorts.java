package notifytck.variants.fax;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.SessionRef;
import notifytck.spi.fax.WindowRef;

/**
 * A logoff that a token blocks still ends the session's completion port registrations: the check
 * and the clean-up share one pass, which drops what it passes before it meets the token. A second
 * party (another client's port) that a blocked logoff must leave alone. (Written after a blind fault
 * the suite missed: no blocked logoff had a port registered beside the token's holder.)
 */
public final class BlockedLogoffDropsPorts extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-011";
    }

    @Override
    public String fault() {
        return "A logoff the client's token blocks still drops the session's completion port registrations: they get no more packets.";
    }

    private final Map<Registrations, Map<SessionRef, List<SilencedPort>>> ports = Collections.synchronizedMap(new WeakHashMap<>());

    private List<SilencedPort> portsOf(Registrations instance, SessionRef session) {
        return ports.computeIfAbsent(instance, i -> new ConcurrentHashMap<>()).computeIfAbsent(session, s -> new CopyOnWriteArrayList<>());
    }

    @Override
    FaxControl decorateControl(FaxControl inner, Registrations registrations) {
        return new ForwardingFaxControl(FaxParties.of(registrations).recording(inner)) {
            @Override
            public boolean logoff(SessionRef session) {
                boolean completed = super.logoff(session);
                if (!completed) {
                    portsOf(registrations, session).forEach(SilencedPort::silence);
                }
                return completed;
            }
        };
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        FaxParties parties = FaxParties.of(registrations);
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                SessionRef session = parties.sessionOf(client);
                if (port == null || session == null) {
                    return super.faxInitializeEventQueue(client, port, key, window, messageStart);
                }
                SilencedPort p = new SilencedPort(port);
                portsOf(registrations, session).add(p);
                return super.faxInitializeEventQueue(client, p, key, window, messageStart);
            }
        };
    }
}
