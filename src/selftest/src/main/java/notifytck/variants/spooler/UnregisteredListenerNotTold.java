package notifytck.variants.spooler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.selftest.FaultyVariant;
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
 * Tells a channel's close only to listeners still registered: one that unregistered after it was
 * handed the channel keeps its pointer but never hears ChannelClosed. State that changed while the
 * channel stayed open. (Written after a blind fault the suite missed: no listener unregistered
 * while it held a channel.)
 */
public final class UnregisteredListenerNotTold extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-018";
    }

    @Override
    public String fault() {
        return "A listener that unregistered after it was handed the channel is not told the channel closed.";
    }

    /** The kit's callback, silent about closes once its registration ended. */
    private static final class Registered extends ForwardingCallback {
        private volatile boolean unregistered;

        Registered(NotifyCallback kit) {
            super(kit);
        }

        @Override
        public void channelClosed(ChannelRef channel, NotificationData reason) {
            if (!unregistered) {
                super.channelClosed(channel, reason);
            }
        }
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        Map<RegistrationRef, Registered> byRegistration = new ConcurrentHashMap<>();
        return new ForwardingSpooler(inner) {
            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                if (r == null || r.callback() == null) {
                    return super.registerForPrintAsyncNotifications(caller, r);
                }
                Registered cb = new Registered(r.callback());
                Registration reg = super.registerForPrintAsyncNotifications(caller, new RegistrationRequest(r.name(), r.type(), cb));
                if (reg != null && reg.handle() != null) {
                    byRegistration.put(reg.handle(), cb);
                }
                return reg;
            }

            @Override
            public HResult unregisterForPrintAsyncNotifications(RegistrationRef registration) {
                HResult r = super.unregisterForPrintAsyncNotifications(registration);
                Registered cb = registration == null ? null : byRegistration.remove(registration);
                if (cb != null && r != null && r.succeeded()) {
                    cb.unregistered = true;
                }
                return r;
            }
        };
    }
}
