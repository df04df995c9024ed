package notifytck.variants.spooler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Marks a handle ended and answers S_OK, but leaves the registration in the printer's list: it goes
 * on hearing every channel opened afterwards. What the call left behind was never inspected: the one
 * scenario that unregistered judged only the close of a channel handed over before.
 */
public final class UnregisterLeavesListening extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-017";
    }

    @Override
    public String fault() {
        return "UnRegisterForPrintAsyncNotifications returns S_OK but the registration keeps hearing new channels.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Set<RegistrationRef> ended = ConcurrentHashMap.newKeySet();
        return new ForwardingSpooler(inner) {
            @Override
            public HResult unregisterForPrintAsyncNotifications(RegistrationRef registration) {
                if (registration == null) {
                    return super.unregisterForPrintAsyncNotifications(null);
                }
                return ended.add(registration) ? HResult.of(0) : PrintAsyncNotifyError.ALREADY_UNREGISTERED.asError();
            }
        };
    }
}
