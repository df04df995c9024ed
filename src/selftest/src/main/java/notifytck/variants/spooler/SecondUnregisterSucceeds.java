package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Answers S_OK when a handle already unregistered is unregistered again, so its caller cannot tell
 * a double unregister from a first one. An output never inspected: no scenario ended a registration
 * twice.
 */
public final class SecondUnregisterSucceeds extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-019";
    }

    @Override
    public String fault() {
        return "A second UnRegisterForPrintAsyncNotifications of one handle returns S_OK instead of ALREADY_UNREGISTERED.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public HResult unregisterForPrintAsyncNotifications(RegistrationRef registration) {
                HResult r = super.unregisterForPrintAsyncNotifications(registration);
                boolean again = PrintAsyncNotifyError.ALREADY_UNREGISTERED.is(r, true) || PrintAsyncNotifyError.ALREADY_UNREGISTERED.is(r, false);
                return again ? HResult.of(0) : r;
            }
        };
    }
}
