package notifytck.variants.spooler;

import java.util.UUID;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Passes every call to the reference spooler. A faulty variant overrides the one method where its
 * fault lives, or wraps the callbacks through {@link #wrap(NotifyCallback)}.
 */
class ForwardingSpooler implements SpoolerAdapter {
    protected final SpoolerAdapter inner;
    /** Each channel opened through this decorator: the opener's pointer and what the kit asked for. */
    private final java.util.Map<String, Opened> opened = new java.util.concurrent.ConcurrentHashMap<>();

    /** A channel as it was opened. */
    record Opened(ChannelRef opener, ChannelRequest request) {}

    ForwardingSpooler(SpoolerAdapter inner) {
        this.inner = inner;
    }

    /** How the channel a pointer belongs to was opened; null for one this decorator did not see opened. */
    protected Opened openedAs(ChannelRef pointer) {
        return pointer == null ? null : opened.get(pointer.channelId());
    }

    /** Whether the pointer is a listener's: one of a channel opened here, other than the opener's. */
    protected boolean isListenersPointer(ChannelRef pointer) {
        Opened o = openedAs(pointer);
        return o != null && !o.opener().equals(pointer);
    }

    /** Delivers whatever the decorator holds back itself; called when the kit asks for quiescence. */
    void flush() {}

    /** Stops any thread the decorator started. */
    void close() {}

    /** The callback the reference will call in place of the kit's; the identity by default. */
    protected NotifyCallback wrap(NotifyCallback kit) {
        return kit;
    }

    @Override
    public ChannelCreation createPrintAsyncNotifyChannel(CallerContext caller, ChannelRequest r) {
        NotifyCallback cb = r.callback() == null ? null : wrap(r.callback());
        ChannelCreation created = inner.createPrintAsyncNotifyChannel(caller, new ChannelRequest(r.name(), r.type(), r.userFilter(), r.style(), cb));
        if (created != null && created.channel() != null) {
            opened.put(created.channel().channelId(), new Opened(created.channel(), r));
        }
        return created;
    }

    @Override
    public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
        return inner.registerForPrintAsyncNotifications(caller, new RegistrationRequest(r.name(), r.type(), wrap(r.callback())));
    }

    /**
     * Registers with a callback of the variant's own in front of the kit's, one per registration,
     * and files it under the handle the registration got (for a fault that treats a registration
     * differently once it ended).
     */
    protected <C extends NotifyCallback> Registration registerThrough(CallerContext caller, RegistrationRequest r,
            java.util.function.Function<NotifyCallback, C> own, java.util.Map<RegistrationRef, C> byRegistration) {
        if (r == null || r.callback() == null) {
            return inner.registerForPrintAsyncNotifications(caller, r);
        }
        C cb = own.apply(r.callback());
        Registration reg = inner.registerForPrintAsyncNotifications(caller, new RegistrationRequest(r.name(), r.type(), cb));
        if (reg != null && reg.handle() != null) {
            byRegistration.put(reg.handle(), cb);
        }
        return reg;
    }

    @Override
    public HResult unregisterForPrintAsyncNotifications(RegistrationRef registration) {
        return inner.unregisterForPrintAsyncNotifications(registration);
    }

    @Override
    public HResult sendNotification(ChannelRef channel, NotificationData data) {
        return inner.sendNotification(channel, data);
    }

    @Override
    public HResult closeChannel(ChannelRef channel, NotificationData reason) {
        return inner.closeChannel(channel, reason);
    }

    @Override
    public long addRef(ChannelRef channel) {
        return inner.addRef(channel);
    }

    @Override
    public long release(ChannelRef channel) {
        return inner.release(channel);
    }

    @Override
    public HResult queryInterface(ChannelRef channel, UUID iid) {
        return inner.queryInterface(channel, iid);
    }
}
