package notifytck.reference.spooler;

import java.util.UUID;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.Hosting;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * The API face of the reference spooler: checks what a caller hands in, turns handles into
 * pointers, and leaves every decision about a channel to the channel. A caller's mistake is
 * answered with an HRESULT, never an exception, and no call waits for a callback.
 */
final class Spooler implements SpoolerAdapter {
    private final SpoolerLimits limits;
    private final PrintServers servers;
    private final Channels channels;
    private final Registrations registrations;
    private final DeliveryLanes lanes;

    Spooler(SpoolerLimits limits, PrintServers servers, Channels channels, Registrations registrations,
            DeliveryLanes lanes) {
        this.limits = limits;
        this.servers = servers;
        this.channels = channels;
        this.registrations = registrations;
        this.lanes = lanes;
    }

    @Override
    public ChannelCreation createPrintAsyncNotifyChannel(CallerContext caller, ChannelRequest request) {
        if (caller == null || request == null) {
            return new ChannelCreation(Results.E_POINTER, null);
        }
        // Winspool refuses before it looks at anything else: the caller may not open channels at all.
        if (caller.hosting() != Hosting.SPOOLER) {
            return new ChannelCreation(Results.E_ACCESSDENIED, null);
        }
        PrinterName name = resolve(request.name(), caller);
        if (name == null) {
            return new ChannelCreation(Results.INVALID_PRINTER_NAME, null);
        }
        if (!channels.reserve()) {
            return new ChannelCreation(Results.MAX_CHANNEL_COUNT_EXCEEDED, null);
        }
        Channel channel = new Channel(channels.newChannelId(), name, request.type(), request.userFilter(),
                request.style(), caller.user(), request.callback(), channels, lanes, limits.queueLimit());
        channels.publish(channel.opener(), channel);
        return new ChannelCreation(Results.S_OK, channel.opener().ref());
    }

    @Override
    public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest request) {
        if (caller == null || request == null) {
            return new Registration(Results.E_POINTER, null);
        }
        PrinterName name = resolve(request.name(), caller);
        if (name == null) {
            return new Registration(Results.INVALID_PRINTER_NAME, null);
        }
        NotificationRegistration r = registrations.add(name, request.type(), caller.user(), request.callback());
        if (r == null) {
            return new Registration(Results.MAX_REGISTRATION_COUNT_EXCEEDED, null);
        }
        return new Registration(Results.S_OK, r.handle());
    }

    @Override
    public HResult unregisterForPrintAsyncNotifications(RegistrationRef registration) {
        return registrations.remove(registration);
    }

    @Override
    public HResult sendNotification(ChannelRef channel, NotificationData data) {
        if (data == null) {
            return Results.E_POINTER;
        }
        Channels.Lookup found = channels.find(channel);
        if (!found.found()) {
            return found.failure();
        }
        // Measured before the channel's monitor is taken: a large payload must not stall other senders.
        boolean oversize = limits.exceedsNotificationSize(data.payload());
        return found.channel().send(found.pointer(), data, oversize, registrations);
    }

    @Override
    public HResult closeChannel(ChannelRef channel, NotificationData reason) {
        Channels.Lookup found = channels.find(channel);
        return found.found() ? found.channel().close(found.pointer(), reason) : found.failure();
    }

    @Override
    public long addRef(ChannelRef channel) {
        Channels.Lookup found = channels.find(channel);
        return found.found() ? found.channel().addRef(found.pointer()) : 0;
    }

    @Override
    public long release(ChannelRef channel) {
        Channels.Lookup found = channels.find(channel);
        return found.found() ? found.channel().release(found.pointer()) : 0;
    }

    @Override
    public HResult queryInterface(ChannelRef channel, UUID iid) {
        Channels.Lookup found = channels.find(channel);
        if (!found.found()) {
            return found.failure();
        }
        if (iid == null) {
            return Results.E_INVALIDARG;
        }
        return found.channel().queryInterface(found.pointer(), iid);
    }

    /** Null for a malformed name and for one no print server here has. */
    private PrinterName resolve(String raw, CallerContext caller) {
        PrinterName name = PrinterName.parse(raw, caller.machine());
        return name != null && servers.exists(name) ? name : null;
    }
}
