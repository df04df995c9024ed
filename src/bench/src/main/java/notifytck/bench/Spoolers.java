package notifytck.bench;

import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.Component;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.Hosting;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.UserFilter;

/** A reference spooler with one printer, listeners that count what reaches them, and a channel to send on. */
final class Spoolers {
    static final NotificationType TYPE = new NotificationType(UUID.fromString("6a1f9cde-0000-4000-8000-000000000001"));

    private Spoolers() {}

    static CallerContext driver(SystemUnderTest sut) {
        return new CallerContext(sut.spoolerControl().localMachine(), "alice", 0, Component.PRINTER_DRIVER, Hosting.SPOOLER);
    }

    static CallerContext application(SystemUnderTest sut) {
        return new CallerContext(sut.spoolerControl().localMachine(), "alice", 1, Component.APPLICATION, Hosting.APPLICATION);
    }

    /** Registers {@code listeners} listeners on "Laser" that add to {@code delivered}. */
    static void listeners(SystemUnderTest sut, int listeners, LongAdder delivered) {
        for (int i = 0; i < listeners; i++) {
            NotifyCallback count = new NotifyCallback() {
                @Override
                public void onEventNotify(ChannelRef channel, NotificationData data) {
                    delivered.increment();
                }

                @Override
                public void channelClosed(ChannelRef channel, NotificationData reason) {
                    // Not measured.
                }
            };
            var r = sut.spooler().registerForPrintAsyncNotifications(application(sut), new RegistrationRequest("Laser", TYPE, count));
            if (r.result().failed()) {
                throw new IllegalStateException("registration " + i + " failed: " + r.result());
            }
        }
    }

    static ChannelRef channel(SystemUnderTest sut) {
        ChannelCreation c = sut.spooler().createPrintAsyncNotifyChannel(driver(sut),
                new ChannelRequest("Laser", TYPE, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null));
        if (c.result().failed()) {
            throw new IllegalStateException("channel: " + c.result());
        }
        return c.channel();
    }
}
