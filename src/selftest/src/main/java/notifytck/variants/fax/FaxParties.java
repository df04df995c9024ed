package notifytck.variants.fax;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.ServiceAccount;
import notifytck.spi.fax.SessionRef;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/**
 * Who is who in one instance, as its control saw it (the service's account, each session's user,
 * each client's session, each window's session and whether its thread pumps), for variants whose
 * fault turns on a second party. Per instance, found through its Registrations, since scenarios run
 * side by side.
 */
final class FaxParties {
    private static final Map<Registrations, FaxParties> BY_INSTANCE = Collections.synchronizedMap(new WeakHashMap<>());

    private volatile String serviceUser;
    private final Map<SessionRef, String> users = new ConcurrentHashMap<>();
    private final Map<DesktopRef, SessionRef> desktops = new ConcurrentHashMap<>();
    private final Map<FaxClient, SessionRef> clients = new ConcurrentHashMap<>();
    private final Map<WindowRef, SessionRef> windows = new ConcurrentHashMap<>();
    private final Map<WindowRef, DesktopRef> windowDesktops = new ConcurrentHashMap<>();
    private final Set<DesktopRef> defaultDesktops = ConcurrentHashMap.newKeySet();
    private final Set<WindowRef> notPumping = ConcurrentHashMap.newKeySet();

    static FaxParties of(Registrations instance) {
        return BY_INSTANCE.computeIfAbsent(instance, i -> new FaxParties());
    }

    /** The control, recording every party it makes; a variant overrides on top of it. */
    ForwardingFaxControl recording(FaxControl inner) {
        return new ForwardingFaxControl(inner) {
            @Override
            public void configureService(ServiceAccount account) {
                super.configureService(account);
                serviceUser = account.localSystem() ? null : account.user();
            }

            @Override
            public SessionRef logon(String user) {
                return noted(users, super.logon(user), user);
            }

            @Override
            public DesktopRef defaultDesktop(SessionRef session) {
                DesktopRef d = desktopOf(session, super.defaultDesktop(session));
                if (d != null) {
                    defaultDesktops.add(d);
                }
                return d;
            }

            @Override
            public DesktopRef createDesktop(SessionRef session, String name) {
                return desktopOf(session, super.createDesktop(session, name));
            }

            @Override
            public FaxClient startClient(SessionRef session) {
                return noted(clients, super.startClient(session), session);
            }

            @Override
            public WindowRef createWindow(FaxClient client, DesktopRef desktop, WindowProcedure procedure) {
                WindowRef w = super.createWindow(client, desktop, procedure);
                SessionRef s = desktops.get(desktop);
                if (w != null && s != null) {
                    windows.put(w, s);
                    windowDesktops.put(w, desktop);
                }
                return w;
            }

            @Override
            public void setPumping(WindowRef window, boolean pumping) {
                super.setPumping(window, pumping);
                if (pumping) {
                    notPumping.remove(window);
                } else {
                    notPumping.add(window);
                }
            }
        };
    }

    private DesktopRef desktopOf(SessionRef session, DesktopRef desktop) {
        return noted(desktops, desktop, session);
    }

    /** Records what the reference handed back (none when it refused) and hands it on. */
    private static <K, V> K noted(Map<K, V> map, K key, V value) {
        if (key != null) {
            map.put(key, value);
        }
        return key;
    }

    SessionRef sessionOf(FaxClient client) {
        return clients.get(client);
    }

    SessionRef sessionOf(WindowRef window) {
        return windows.get(window);
    }

    /** Whether the window is on its session's default desktop (WinSta0\\Default). */
    boolean onDefaultDesktop(WindowRef window) {
        DesktopRef d = windowDesktops.get(window);
        return d != null && defaultDesktops.contains(d);
    }

    boolean pumping(WindowRef window) {
        return !notPumping.contains(window);
    }

    /** Whether the service runs under the user account of this client's own user. */
    boolean serviceRunsAs(FaxClient client) {
        SessionRef s = clients.get(client);
        return serviceUser != null && s != null && Objects.equals(serviceUser, users.get(s));
    }
}
