package notifytck.reference.spooler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import notifytck.spi.HResult;
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
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;
import notifytck.spi.spooler.UserFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Names, access, matching and result codes; also holds the fixture the other tests share. */
class ReferenceSpoolerTest {
    static final HResult S_OK = HResult.of(0);
    static final NotificationType STATUS = new NotificationType(UUID.fromString("11111111-0000-0000-0000-000000000001"));
    static final NotificationType INK = new NotificationType(UUID.fromString("11111111-0000-0000-0000-000000000002"));
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Fixture f = new Fixture(SpoolerLimits.defaults());

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void only_spooler_hosted_callers_open_channels_and_a_refusal_leaves_nothing() {
        Recorder app = new Recorder();
        f.listen(Fixture.app("alice", 1), "Laser", STATUS, app);
        CallerContext renderer = new CallerContext("PRINTSRV", "alice", 1, Component.PRINTER_DRIVER, Hosting.APPLICATION);

        ChannelCreation refused = f.api.createPrintAsyncNotifyChannel(renderer,
                new ChannelRequest("Laser", STATUS, UserFilter.ALL_USERS, ConversationStyle.BIDIRECTIONAL, null));

        assertThat(refused.result()).isEqualTo(HResult.of(0x8007_0005));
        assertThat(refused.channel()).isNull();
        assertThat(f.control.liveChannelObjects()).isZero();
        f.quiesce();
        assertThat(app.events()).isEmpty();
    }

    @Test
    void names_compare_case_insensitively_and_a_bare_name_is_on_the_callers_machine() {
        Recorder app = new Recorder();
        f.listen(Fixture.app("alice", 1), "\\\\printsrv\\LASER", STATUS, app);
        ChannelRef ch = f.open("laser", STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);

        assertThat(f.send(ch, "hello")).isEqualTo(S_OK);
        f.quiesce();
        assertThat(app.payloads()).containsExactly("hello");
    }

    @Test
    void unknown_or_malformed_names_are_invalid_printer_names() {
        HResult invalid = HResult.of(0x8007_0709);
        for (String name : List.of("Nope", "\\\\NOSRV", "\\\\PRINTSRV\\Nope", "", "\\\\", "\\\\PRINTSRV\\", "\\Laser",
                "\\\\PRINTSRV\\Laser\\x")) {
            ChannelCreation c = f.api.createPrintAsyncNotifyChannel(Fixture.driver("alice"),
                    new ChannelRequest(name, STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null));
            assertThat(c.result()).as(name).isEqualTo(invalid);
            assertThat(c.channel()).isNull();
            Registration r = f.api.registerForPrintAsyncNotifications(Fixture.app("alice", 1),
                    new RegistrationRequest(name, STATUS, new Recorder()));
            assertThat(r.result()).as(name).isEqualTo(invalid);
        }
        assertThat(f.control.liveChannelObjects()).isZero();
    }

    @Test
    void a_server_channel_reaches_server_listeners_only_and_remote_servers_are_apart() {
        f.control.installPrinter("FARSRV", "Plotter");
        Recorder server = new Recorder();
        Recorder printer = new Recorder();
        Recorder far = new Recorder();
        f.listen(Fixture.app("alice", 1), "\\\\PRINTSRV", STATUS, server);
        f.listen(Fixture.app("alice", 1), "Laser", STATUS, printer);
        f.listen(Fixture.app("alice", 1), "\\\\FARSRV", STATUS, far);
        ChannelRef ch = f.open("\\\\PRINTSRV", STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);

        f.send(ch, "restarting");
        f.quiesce();
        assertThat(server.payloads()).containsExactly("restarting");
        assertThat(printer.payloads()).isEmpty();
        assertThat(far.payloads()).isEmpty();
    }

    @Test
    void a_remote_registration_is_served_like_a_local_one() {
        f.control.installPrinter("FARSRV", "Plotter");
        Recorder local = new Recorder();
        Recorder remote = new Recorder();
        f.listen(new CallerContext("FARSRV", "bob", 2, Component.APPLICATION, Hosting.APPLICATION), "Plotter", STATUS, local);
        f.listen(Fixture.app("bob", 2), "\\\\FARSRV\\Plotter", STATUS, remote);
        CallerContext farDriver = new CallerContext("FARSRV", "bob", 0, Component.PRINTER_DRIVER, Hosting.SPOOLER);
        ChannelRef ch = f.api.createPrintAsyncNotifyChannel(farDriver, new ChannelRequest("Plotter", STATUS,
                UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null)).channel();

        f.send(ch, "plotting");
        f.quiesce();
        assertThat(local.payloads()).containsExactly("plotting");
        assertThat(remote.payloads()).containsExactly("plotting");
    }

    @Test
    void per_user_reaches_the_same_user_in_any_session_and_types_must_match() {
        Recorder aliceDesk = new Recorder();
        Recorder aliceRemote = new Recorder();
        Recorder bob = new Recorder();
        Recorder ink = new Recorder();
        f.listen(Fixture.app("alice", 1), "Laser", STATUS, aliceDesk);
        f.listen(Fixture.app("alice", 3), "Laser", STATUS, aliceRemote);
        f.listen(Fixture.app("bob", 2), "Laser", STATUS, bob);
        f.listen(Fixture.app("alice", 1), "Laser", INK, ink);
        ChannelRef ch = f.open("Laser", STATUS, UserFilter.PER_USER, ConversationStyle.UNIDIRECTIONAL, null);

        assertThat(f.send(ch, "yours")).isEqualTo(S_OK);
        assertThat(f.api.sendNotification(ch, new NotificationData(INK, "ink low")))
                .isEqualTo(PrintAsyncNotifyError.INVALID_NOTIFICATION_TYPE.asError());
        f.quiesce();
        assertThat(aliceDesk.payloads()).containsExactly("yours");
        assertThat(aliceRemote.payloads()).containsExactly("yours");
        assertThat(bob.payloads()).isEmpty();
        assertThat(ink.payloads()).isEmpty();
    }

    @Test
    void no_listener_is_a_success_code_and_a_registration_after_the_send_hears_nothing() {
        ChannelRef ch = f.open("Laser", STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);
        assertThat(f.send(ch, "anyone")).isEqualTo(HResult.of(0x0004_0007));
        Recorder late = new Recorder();
        f.listen(Fixture.app("alice", 1), "Laser", STATUS, late);
        f.quiesce();
        assertThat(late.events()).isEmpty();
    }

    @Test
    void unregistering_stops_matching_and_a_second_unregister_says_so() {
        Recorder app = new Recorder();
        RegistrationRef reg = f.listen(Fixture.app("alice", 1), "Laser", STATUS, app);
        assertThat(f.api.unregisterForPrintAsyncNotifications(reg)).isEqualTo(S_OK);
        assertThat(f.api.unregisterForPrintAsyncNotifications(reg))
                .isEqualTo(PrintAsyncNotifyError.ALREADY_UNREGISTERED.asError());
        assertThat(f.api.unregisterForPrintAsyncNotifications(new RegistrationRef("bogus")))
                .isEqualTo(HResult.of(0x8007_0057));
        assertThat(f.api.unregisterForPrintAsyncNotifications(null)).isEqualTo(HResult.of(0x8000_4003));
        ChannelRef ch = f.open("Laser", STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);
        assertThat(f.send(ch, "gone")).isEqualTo(HResult.of(0x0004_0007));
    }

    @Test
    void bad_arguments_are_answered_not_thrown() {
        HResult pointer = HResult.of(0x8000_4003);
        HResult invalid = HResult.of(0x8007_0057);
        ChannelRef forged = new ChannelRef("x", "y");
        NotificationData d = new NotificationData(STATUS, "d");
        assertThat(f.api.sendNotification(null, d)).isEqualTo(pointer);
        assertThat(f.api.closeChannel(null, null)).isEqualTo(pointer);
        assertThat(f.api.queryInterface(null, SpoolerAdapter.IID_IUNKNOWN)).isEqualTo(pointer);
        assertThat(f.api.addRef(null)).isZero();
        assertThat(f.api.release(null)).isZero();
        assertThat(f.api.sendNotification(forged, d)).isEqualTo(invalid);
        assertThat(f.api.closeChannel(forged, null)).isEqualTo(invalid);
        assertThat(f.api.queryInterface(forged, SpoolerAdapter.IID_IUNKNOWN)).isEqualTo(invalid);
        assertThat(f.api.addRef(forged)).isZero();
        assertThat(f.api.createPrintAsyncNotifyChannel(null, null).result()).isEqualTo(pointer);
        assertThat(f.api.registerForPrintAsyncNotifications(null, null).result()).isEqualTo(pointer);

        ChannelRef ch = f.open("Laser", STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);
        assertThat(f.api.sendNotification(ch, null)).isEqualTo(pointer);
        assertThat(f.api.queryInterface(ch, null)).isEqualTo(invalid);
        assertThat(f.api.sendNotification(new ChannelRef(ch.handle(), "other"), d)).isEqualTo(invalid);
        // A handle of another spooler instance is unknown here.
        try (Fixture other = new Fixture(SpoolerLimits.defaults())) {
            assertThat(other.api.sendNotification(ch, d)).isEqualTo(invalid);
        }
    }

    @Test
    void query_interface_adds_a_reference_only_for_its_own_interfaces() {
        ChannelRef ch = f.open("Laser", STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);
        assertThat(f.api.queryInterface(ch, SpoolerAdapter.IID_IUNKNOWN)).isEqualTo(S_OK);
        assertThat(f.api.queryInterface(ch, SpoolerAdapter.IID_IPRINT_ASYNC_NOTIFY_CHANNEL)).isEqualTo(S_OK);
        assertThat(f.api.queryInterface(ch, SpoolerAdapter.IID_IPRINT_ASYNC_NOTIFY_CALLBACK))
                .isEqualTo(HResult.of(0x8000_4002));
        assertThat(f.api.addRef(ch)).isEqualTo(4);
        assertThat(f.api.closeChannel(ch, null)).isEqualTo(S_OK);
        assertThat(f.api.closeChannel(ch, null)).isEqualTo(PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.asError());
        assertThat(f.api.release(ch)).isEqualTo(3);
        assertThat(f.api.release(ch)).isEqualTo(2);
        assertThat(f.api.release(ch)).isEqualTo(1);
        assertThat(f.control.liveChannelObjects()).isEqualTo(1);
        assertThat(f.api.release(ch)).isZero();
        assertThat(f.control.liveChannelObjects()).isZero();
        // Through a dead pointer: CHANNEL_ALREADY_CLOSED and no effect.
        assertThat(f.api.release(ch)).isZero();
        assertThat(f.api.addRef(ch)).isZero();
        assertThat(f.api.sendNotification(ch, new NotificationData(STATUS, "x")))
                .isEqualTo(PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.asError());
        assertThat(f.api.queryInterface(ch, SpoolerAdapter.IID_IUNKNOWN))
                .isEqualTo(PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.asError());
    }

    @Test
    void handles_differ_per_party_and_stay_the_same_for_one_listener() {
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        f.listen(Fixture.app("alice", 1), "Laser", STATUS, a);
        f.listen(Fixture.app("bob", 2), "Laser", STATUS, b);
        ChannelRef ch = f.open("Laser", STATUS, UserFilter.ALL_USERS, ConversationStyle.BIDIRECTIONAL, new Recorder());
        f.send(ch, "1");
        f.send(ch, "2");
        f.quiesce();
        ChannelRef aRef = a.events().get(0).ref();
        ChannelRef bRef = b.events().get(0).ref();
        assertThat(a.events()).extracting(Event::ref).containsOnly(aRef);
        assertThat(b.events()).extracting(Event::ref).containsOnly(bRef);
        assertThat(List.of(ch.handle(), aRef.handle(), bRef.handle())).doesNotHaveDuplicates();
        assertThat(aRef.channelId()).isEqualTo(ch.channelId()).isEqualTo(bRef.channelId());
    }

    @Test
    void a_full_receiver_is_skipped_with_the_documented_codes() {
        f.close();
        try (Fixture small = new Fixture(SpoolerLimits.defaults().withQueueLimit(2))) {
            Recorder busy = new Recorder().holding();
            Recorder free = new Recorder();
            small.listen(Fixture.app("alice", 1), "Laser", STATUS, busy);
            ChannelRef ch = small.open("Laser", STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);
            assertThat(small.send(ch, "running")).isEqualTo(S_OK);
            busy.awaitEntered(1);
            small.listen(Fixture.app("bob", 2), "Laser", STATUS, free);
            assertThat(small.send(ch, "q1")).isEqualTo(S_OK);
            assertThat(small.send(ch, "q2")).isEqualTo(S_OK);
            // Only the held listener's queue is full; the other drains on the second pool thread.
            await().atMost(PATIENCE).until(() -> free.payloads().size() == 2);
            assertThat(small.send(ch, "lost for busy")).isEqualTo(PrintAsyncNotifyError.UNIRECTIONAL_NOTIFICATION_LOST.asError());
            small.api.unregisterForPrintAsyncNotifications(small.registrationOf(free));
            assertThat(small.send(ch, "lost for all")).isEqualTo(PrintAsyncNotifyError.ASYNC_NOTIFICATION_FAILURE.asError());
            busy.letGo();
            small.quiesce();
            assertThat(busy.payloads()).containsExactly("running", "q1", "q2");
            assertThat(free.payloads()).containsExactly("q1", "q2", "lost for busy");
        }
    }

    @Test
    void channel_registration_and_size_limits_hold() {
        f.close();
        try (Fixture small = new Fixture(SpoolerLimits.defaults().withMaxChannels(2).withMaxRegistrations(1)
                .withMaxNotificationBytes(4))) {
            ChannelRef one = small.open("Laser", STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);
            small.open("Laser", STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);
            ChannelCreation third = small.api.createPrintAsyncNotifyChannel(Fixture.driver("alice"), new ChannelRequest(
                    "Laser", STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null));
            assertThat(third.result()).isEqualTo(PrintAsyncNotifyError.MAX_CHANNEL_COUNT_EXCEEDED.asError());
            assertThat(third.channel()).isNull();
            small.api.closeChannel(one, null);
            small.api.release(one);
            assertThat(small.open("Laser", STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null)).isNotNull();

            small.listen(Fixture.app("alice", 1), "Laser", STATUS, new Recorder());
            Registration second = small.api.registerForPrintAsyncNotifications(Fixture.app("alice", 1),
                    new RegistrationRequest("Laser", STATUS, new Recorder()));
            assertThat(second.result()).isEqualTo(PrintAsyncNotifyError.MAX_REGISTRATION_COUNT_EXCEEDED.asError());

            ChannelRef ch = small.open("\\\\PRINTSRV", STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);
            assertThat(ch).isNull(); // still two live channels
        }
    }

    @Test
    void payload_size_is_counted_in_utf8_bytes() {
        SpoolerLimits four = SpoolerLimits.defaults().withMaxNotificationBytes(4);
        assertThat(four.exceedsNotificationSize("abcd")).isFalse();
        assertThat(four.exceedsNotificationSize("abcde")).isTrue();
        assertThat(four.exceedsNotificationSize("\u00e9\u00e9")).isFalse();
        assertThat(four.exceedsNotificationSize("\u00e9\u00e9a")).isTrue();
        assertThat(four.exceedsNotificationSize("\uD83D\uDE00")).isFalse();
        assertThat(four.exceedsNotificationSize("\uD83D\uDE00a")).isTrue();
        assertThat(SpoolerLimits.defaults().maxNotificationBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(SpoolerLimits.defaults().queueLimit()).isEqualTo(1000);
    }

    @Test
    void an_oversized_notification_is_refused_and_delivered_to_nobody() {
        f.close();
        try (Fixture small = new Fixture(SpoolerLimits.defaults().withMaxNotificationBytes(4))) {
            Recorder app = new Recorder();
            small.listen(Fixture.app("alice", 1), "Laser", STATUS, app);
            ChannelRef ch = small.open("Laser", STATUS, UserFilter.ALL_USERS, ConversationStyle.UNIDIRECTIONAL, null);
            assertThat(small.send(ch, "12345")).isEqualTo(PrintAsyncNotifyError.MAX_NOTIFICATION_SIZE_EXCEEDED.asError());
            small.quiesce();
            assertThat(app.events()).isEmpty();
        }
    }

    // ---------------------------------------------------------------- shared fixture

    /** One reference spooler with "Laser" and "Inkjet" on PRINTSRV, and short ways to use it. */
    static final class Fixture implements AutoCloseable {
        final ReferenceSpooler spooler;
        final SpoolerAdapter api;
        final SpoolerControl control;
        private final java.util.Map<NotifyCallback, RegistrationRef> registrations = new java.util.IdentityHashMap<>();

        Fixture(SpoolerLimits limits) {
            spooler = new ReferenceSpooler(limits);
            api = spooler.adapter();
            control = spooler.control();
            control.installPrinter(control.localMachine(), "Laser");
            control.installPrinter(control.localMachine(), "Inkjet");
        }

        static CallerContext driver(String user) {
            return new CallerContext("PRINTSRV", user, 0, Component.PRINTER_DRIVER, Hosting.SPOOLER);
        }

        static CallerContext app(String user, int session) {
            return new CallerContext("PRINTSRV", user, session, Component.APPLICATION, Hosting.APPLICATION);
        }

        RegistrationRef listen(CallerContext who, String name, NotificationType type, NotifyCallback callback) {
            Registration r = api.registerForPrintAsyncNotifications(who, new RegistrationRequest(name, type, callback));
            assertThat(r.result()).isEqualTo(S_OK);
            synchronized (registrations) {
                registrations.put(callback, r.handle());
            }
            return r.handle();
        }

        RegistrationRef registrationOf(NotifyCallback callback) {
            synchronized (registrations) {
                return registrations.get(callback);
            }
        }

        /** Null when the spooler refused. */
        ChannelRef open(String name, NotificationType type, UserFilter filter, ConversationStyle style,
                        NotifyCallback callback) {
            return api.createPrintAsyncNotifyChannel(driver("alice"),
                    new ChannelRequest(name, type, filter, style, callback)).channel();
        }

        HResult send(ChannelRef ch, String payload) {
            return api.sendNotification(ch, new NotificationData(STATUS, payload));
        }

        void quiesce() {
            assertThat(control.quiesce(PATIENCE)).as("spooler went quiet").isTrue();
        }

        @Override
        public void close() {
            spooler.close();
        }
    }

    /** One event as a callback saw it. {@code payload} is null for a close without reason. */
    record Event(boolean closed, ChannelRef ref, String payload, Thread thread) {}

    /**
     * A callback that records what it is told. It can hold each OnEventNotify until let go, run an
     * action from inside OnEventNotify, and it notices being entered twice at once.
     */
    static final class Recorder implements NotifyCallback {
        private final List<Event> events = new ArrayList<>();
        private final AtomicInteger inside = new AtomicInteger();
        private final AtomicInteger overlaps = new AtomicInteger();
        private final Semaphore entered = new Semaphore(0);
        private volatile CountDownLatch gate;
        private volatile boolean holdClosed;
        private volatile BiConsumer<ChannelRef, NotificationData> onNotify;

        Recorder holding() {
            gate = new CountDownLatch(1);
            return this;
        }

        Recorder holdingClosedToo() {
            holdClosed = true;
            return holding();
        }

        Recorder onNotify(BiConsumer<ChannelRef, NotificationData> action) {
            onNotify = action;
            return this;
        }

        void letGo() {
            CountDownLatch g = gate;
            if (g != null) {
                g.countDown();
            }
        }

        void awaitEntered(int times) {
            try {
                assertThat(entered.tryAcquire(times, PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                        .as("callback entered").isTrue();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public void onEventNotify(ChannelRef channel, NotificationData data) {
            enter();
            try {
                record(new Event(false, channel, data.payload(), Thread.currentThread()));
                entered.release();
                hold();
                BiConsumer<ChannelRef, NotificationData> action = onNotify;
                if (action != null) {
                    action.accept(channel, data);
                }
            } finally {
                inside.decrementAndGet();
            }
        }

        @Override
        public void channelClosed(ChannelRef channel, NotificationData reason) {
            enter();
            try {
                record(new Event(true, channel, reason == null ? null : reason.payload(), Thread.currentThread()));
                entered.release();
                if (holdClosed) {
                    hold();
                }
            } finally {
                inside.decrementAndGet();
            }
        }

        private void enter() {
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
        }

        private void hold() {
            CountDownLatch g = gate;
            if (g != null) {
                try {
                    g.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private synchronized void record(Event e) {
            events.add(e);
        }

        synchronized List<Event> events() {
            return List.copyOf(events);
        }

        List<String> payloads() {
            return events().stream().filter(e -> !e.closed()).map(Event::payload).toList();
        }

        int overlaps() {
            return overlaps.get();
        }
    }
}
