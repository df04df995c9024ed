package notifytck.variants.spooler;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Keeps its listeners by callback object: ending one registration ends every registration of the
 * same callback. A second party: an application that registered one callback twice (on one name, or
 * on a printer and its server) and unregisters one of them goes deaf on both. (Written after the
 * blind fault spooler-unregister-drops-twin, which the suite missed: no rule covered unregistering.)
 */
public final class UnregisterDeafensTwin extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-017";
    }

    @Override
    public String fault() {
        return "Unregistering one registration also ends every other registration of the same callback.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Map<NotifyCallback, List<RegistrationRef>> byCallback = new ConcurrentHashMap<>();
        Map<RegistrationRef, NotifyCallback> callbackOf = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                Registration reg = super.registerForPrintAsyncNotifications(caller, r);
                if (r != null && r.callback() != null && reg != null && reg.handle() != null) {
                    byCallback.computeIfAbsent(r.callback(), k -> new CopyOnWriteArrayList<>()).add(reg.handle());
                    callbackOf.put(reg.handle(), r.callback());
                }
                return reg;
            }

            @Override
            public HResult unregisterForPrintAsyncNotifications(RegistrationRef registration) {
                HResult r = super.unregisterForPrintAsyncNotifications(registration);
                NotifyCallback cb = registration == null ? null : callbackOf.get(registration);
                if (cb != null && r != null && r.value() == 0) {
                    for (RegistrationRef twin : byCallback.getOrDefault(cb, List.of())) {
                        if (!twin.equals(registration)) {
                            super.unregisterForPrintAsyncNotifications(twin);
                        }
                    }
                }
                return r;
            }
        };
    }
}
