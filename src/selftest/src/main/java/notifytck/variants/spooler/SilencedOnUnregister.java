package notifytck.variants.spooler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * A fault that makes a listener's callback lose one kind of call once its registration ended:
 * each registration gets a callback of its own in front of the kit's, told when the unregister
 * succeeded.
 */
abstract class SilencedOnUnregister extends SpoolerDecorator {
    /** Whether an ended registration still gets OnEventNotify, and ChannelClosed. */
    abstract boolean notifiedOnceEnded();

    abstract boolean toldClosedOnceEnded();

    private final class Registered extends ForwardingCallback {
        private volatile boolean ended;

        Registered(NotifyCallback kit) {
            super(kit);
        }

        @Override
        public void onEventNotify(ChannelRef channel, NotificationData data) {
            if (!ended || notifiedOnceEnded()) {
                super.onEventNotify(channel, data);
            }
        }

        @Override
        public void channelClosed(ChannelRef channel, NotificationData reason) {
            if (!ended || toldClosedOnceEnded()) {
                super.channelClosed(channel, reason);
            }
        }
    }

    @Override
    final ForwardingSpooler decorate(SpoolerAdapter inner) {
        Map<RegistrationRef, Registered> byRegistration = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                return registerThrough(caller, r, Registered::new, byRegistration);
            }

            @Override
            public HResult unregisterForPrintAsyncNotifications(RegistrationRef registration) {
                HResult r = super.unregisterForPrintAsyncNotifications(registration);
                Registered cb = registration == null ? null : byRegistration.get(registration);
                if (cb != null && r != null && r.value() == 0) {
                    cb.ended = true;
                }
                return r;
            }
        };
    }
}
