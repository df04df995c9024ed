package notifytck.variants.spooler;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.DefensibleVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Reads the Register page's ALREADY_REGISTERED ("the registration object has already been
 * registered") as the callback object: a callback already registered and not unregistered is
 * refused a second registration. The scenarios that need one callback registered twice are then
 * not applicable, never failed. (An independent implementation written from the pages made this
 * choice, and the kit reported it as a failed set-up until then.)
 */
public final class CallbackRegisteredOnce extends SpoolerDecorator implements DefensibleVariant {
    @Override
    public String choice() {
        return "Refuses a second registration of a callback object still registered with ALREADY_REGISTERED.";
    }

    @Override
    public List<String> readings() {
        return List.of("REQ-SPOOL-CHAN-018", "REQ-SPOOL-OVW-017");
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Set<NotifyCallback> registered = ConcurrentHashMap.newKeySet();
        java.util.Map<RegistrationRef, NotifyCallback> callbackOf = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                if (r != null && r.callback() != null && !registered.add(r.callback())) {
                    return new Registration(PrintAsyncNotifyError.ALREADY_REGISTERED.asError(), null);
                }
                Registration reg = super.registerForPrintAsyncNotifications(caller, r);
                if (r != null && r.callback() != null) {
                    if (reg != null && reg.handle() != null) {
                        callbackOf.put(reg.handle(), r.callback());
                    } else {
                        registered.remove(r.callback());
                    }
                }
                return reg;
            }

            @Override
            public HResult unregisterForPrintAsyncNotifications(RegistrationRef registration) {
                HResult r = super.unregisterForPrintAsyncNotifications(registration);
                NotifyCallback cb = registration == null || r == null || r.value() != 0 ? null : callbackOf.remove(registration);
                if (cb != null) {
                    registered.remove(cb);
                }
                return r;
            }
        };
    }
}
