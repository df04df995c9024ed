package notifytck.reference.spooler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.reference.spooler.ReferenceSpoolerTest.Fixture;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotifyCallback;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.UserFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pool stays at its fixed size whatever the number of channels, listeners and registrations. */
class ThreadCountTest {
    private static final int MANY = 1000;

    private final Fixture f = new Fixture(SpoolerLimits.defaults());
    private final Set<Thread> callbackThreads = ConcurrentHashMap.newKeySet();

    @AfterEach
    void close() {
        f.close();
    }

    /** Counts and answers; records only which thread it ran on, to stay cheap at this scale. */
    private final class Counting implements NotifyCallback {
        volatile int notified;
        volatile int closed;

        @Override
        public synchronized void onEventNotify(ChannelRef channel, NotificationData data) {
            callbackThreads.add(Thread.currentThread());
            notified++;
            if (channel != null && data.payload().startsWith("ask")) {
                f.api.sendNotification(channel, new NotificationData(ReferenceSpoolerTest.STATUS, "answer"));
            }
        }

        @Override
        public synchronized void channelClosed(ChannelRef channel, NotificationData reason) {
            callbackThreads.add(Thread.currentThread());
            closed++;
        }
    }

    @Test
    void a_thousand_channels_and_a_thousand_listeners_run_on_two_threads() {
        List<Counting> listeners = new ArrayList<>();
        List<Counting> openers = new ArrayList<>();
        List<ChannelRef> channels = new ArrayList<>();
        List<RegistrationRef> registrations = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            String printer = "P" + i;
            f.control.installPrinter(f.control.localMachine(), printer);
            Counting listener = new Counting();
            listeners.add(listener);
            registrations.add(f.listen(Fixture.app("user" + (i % 7), i % 5), printer, ReferenceSpoolerTest.STATUS, listener));
            Counting opener = new Counting();
            openers.add(opener);
            ChannelRef ch = f.open(printer, ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                    ConversationStyle.BIDIRECTIONAL, opener);
            assertThat(ch).isNotNull();
            channels.add(ch);
        }
        // And a thousand listeners on one printer, reached by one send.
        List<Counting> crowd = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            Counting c = new Counting();
            crowd.add(c);
            registrations.add(f.listen(Fixture.app("user" + i, 1), "Inkjet", ReferenceSpoolerTest.STATUS, c));
        }
        ChannelRef broadcast = f.open("Inkjet", ReferenceSpoolerTest.STATUS, UserFilter.ALL_USERS,
                ConversationStyle.UNIDIRECTIONAL, null);

        for (ChannelRef ch : channels) {
            f.send(ch, "ask");
            f.send(ch, "tell");
        }
        f.send(broadcast, "everyone");
        f.quiesce();
        for (ChannelRef ch : channels) {
            f.api.closeChannel(ch, null);
            f.api.release(ch);
        }
        f.api.closeChannel(broadcast, null);
        f.api.release(broadcast);
        f.quiesce();

        assertThat(listeners).allSatisfy(l -> {
            assertThat(l.notified).isEqualTo(2);
            assertThat(l.closed).isEqualTo(1);
        });
        assertThat(openers).allSatisfy(o -> assertThat(o.notified).isEqualTo(1));
        assertThat(crowd).allSatisfy(c -> {
            assertThat(c.notified).isEqualTo(1);
            assertThat(c.closed).isEqualTo(1);
        });
        assertThat(f.control.liveChannelObjects()).isZero();

        assertThat(f.spooler.deliveryThreadsStarted()).isEqualTo(SpoolerLimits.DEFAULT_DELIVERY_THREADS);
        assertThat(callbackThreads).hasSizeLessThanOrEqualTo(SpoolerLimits.DEFAULT_DELIVERY_THREADS)
                .allMatch(f.spooler::isDeliveryThread)
                .allMatch(t -> t.isDaemon() && t.getName().startsWith("ref-spooler-delivery-"));
        Set<Thread> alive = new HashSet<>(Thread.getAllStackTraces().keySet());
        assertThat(alive.stream().filter(f.spooler::isDeliveryThread).count())
                .isEqualTo(SpoolerLimits.DEFAULT_DELIVERY_THREADS);
        // Each registration holds its callback's lane while it lives (one lane per callback object); the lanes of
        // the openers, which no registration holds, retired when they drained.
        assertThat(f.spooler.activeLanes()).as("lanes held by the 2,000 registrations").isEqualTo(2 * MANY);
        for (RegistrationRef r : registrations) {
            assertThat(f.api.unregisterForPrintAsyncNotifications(r)).isEqualTo(Results.S_OK);
        }
        assertThat(f.spooler.activeLanes()).as("idle lanes retire once no registration holds them").isZero();
    }
}
