package notifytck.properties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import notifytck.kit.Deadline;
import notifytck.kit.Gate;
import notifytck.kit.History;
import notifytck.kit.Timeouts;
import notifytck.spi.HResult;
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
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;
import notifytck.spi.spooler.UserFilter;

/**
 * The state of one ordering run: channels opened by a spooler-hosted driver, listeners that can
 * be held (slow) and let go, and the model of what was sent. The history records every delivery
 * with a total order, which the invariants judge.
 */
final class OrderingWorld {
    /** A delivery or a closed event, as a listener recorded it. */
    record Delivery(String listener, String channel, String payload, boolean closed) {
        @Override
        public String toString() {
            return listener + (closed ? " ChannelClosed " + channel : " got " + payload);
        }
    }

    private static final NotificationType TYPE = new NotificationType(UUID.nameUUIDFromBytes("notifytck:property".getBytes()));
    private final SystemUnderTest sut = Sut.start();
    private final SpoolerAdapter adapter = sut.spooler();
    private final SpoolerControl control = sut.spoolerControl();
    private final History<Delivery> history = new History<>();
    private final List<Gate> gates = new ArrayList<>();
    private final List<ChannelRef> channels = new ArrayList<>();
    /** Each listener's registration handle, and for those unregistered the first send after it: {burst, index of that burst's sender}. */
    private final List<RegistrationRef> registrations = new ArrayList<>();
    private final Map<String, int[]> unregisteredAt = new java.util.concurrent.ConcurrentHashMap<>();
    /** "listener|channel" for each bidirectional channel an unregistered listener had been handed (had heard) when it unregistered. */
    private final Set<String> handedBeforeUnregister = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final boolean bidirectional;
    private final Map<String, String> channelNames = new HashMap<>();
    /** Per channel, per sender thread, the payloads each send accepted with S_OK, in send order. */
    private final Map<String, Map<String, List<String>>> accepted = new HashMap<>();
    /** Payloads whose send returned a code other than S_OK and CHANNEL_ALREADY_CLOSED: a reported loss. */
    private final Set<String> lossy = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Set<String> closedChannels = new HashSet<>();
    private final List<String> steps = new ArrayList<>();
    private final ExecutorService senders = Executors.newFixedThreadPool(3, r -> {
        Thread t = new Thread(r, "property-sender");
        t.setDaemon(true);
        return t;
    });
    private int burst;

    /**
     * Listener i runs as USERS[i % 3]: the opener's user, the same account spelled in capitals (an
     * account name compares without regard to case, REQ-SPOOL-CHAN-008's reading) and another user.
     */
    private static final String[] USERS = {"alice", "ALICE", "bob"};

    /** Whether channel C0 is per-user (the others are for all users): only the opener's user hears it (REQ-SPOOL-CHAN-008). */
    private final boolean perUser;

    OrderingWorld(int listeners, int channelCount, boolean bidirectional, boolean perUser) {
        this.bidirectional = bidirectional;
        this.perUser = perUser;
        Sut.beforeClose(this::shutdown);
        String machine = control.localMachine();
        Deadline.call("installPrinter", () -> {
            control.installPrinter(machine, "P");
            return null;
        });
        for (int i = 0; i < listeners; i++) {
            Gate g = new Gate();
            gates.add(g);
            String name = "L" + i;
            CallerContext app = new CallerContext(machine, userOf(i), i + 1, Component.APPLICATION, Hosting.APPLICATION);
            Registration r = Deadline.call("register " + name, () -> adapter.registerForPrintAsyncNotifications(app,
                    new RegistrationRequest("P", TYPE, recorder(name, g))));
            if (!r.result().equals(HResult.of(0)) || r.handle() == null) {
                throw new AssertionError("precondition: registration returned " + r.result());
            }
            registrations.add(r.handle());
        }
        CallerContext driver = new CallerContext(machine, "alice", 0, Component.PRINTER_DRIVER, Hosting.SPOOLER);
        for (int c = 0; c < channelCount; c++) {
            UserFilter filter = perUser(c) ? UserFilter.PER_USER : UserFilter.ALL_USERS;
            ChannelCreation created = Deadline.call("open channel", () -> adapter.createPrintAsyncNotifyChannel(driver,
                    new ChannelRequest("P", TYPE, filter,
                            bidirectional ? ConversationStyle.BIDIRECTIONAL : ConversationStyle.UNIDIRECTIONAL, null)));
            if (created.channel() == null || !created.result().equals(HResult.of(0))) {
                throw new AssertionError("precondition: CreatePrintAsyncNotifyChannel returned " + created.result());
            }
            channels.add(created.channel());
            channelNames.put(created.channel().channelId(), "C" + c);
            accepted.put("C" + c, new HashMap<>());
        }
        steps.add(listeners + " listeners (running as alice, ALICE and bob in turn), " + channelCount + (bidirectional ? " bidirectional" : " unidirectional")
                + " channels opened by alice" + (perUser ? ", C0 for her user alone" : ", for all users"));
    }

    private boolean perUser(int channel) {
        return perUser && channel == 0;
    }

    private static String userOf(int listener) {
        return USERS[listener % USERS.length];
    }

    /** Whether the listener is one the channel reaches: every listener, except another user's on a per-user channel. */
    private boolean reaches(String channel, String listener) {
        return !(perUser && channel.equals("C0")) || !userOf(Integer.parseInt(listener.substring(1))).equals("bob");
    }

    private NotifyCallback recorder(String listener, Gate gate) {
        return new NotifyCallback() {
            @Override
            public void onEventNotify(ChannelRef channel, NotificationData data) {
                // A unidirectional listener is handed no channel; the payload names it.
                history.record(new Delivery(listener, data.payload().split("/")[0], data.payload(), false));
                gate.pass(Timeouts.hold());
            }

            @Override
            public void channelClosed(ChannelRef channel, NotificationData reason) {
                history.record(new Delivery(listener, name(channel), null, true));
            }
        };
    }

    /** A listener's pointer names the channel by id; a unidirectional ChannelClosed may pass none ("?"), which is then not judged. */
    private String name(ChannelRef channel) {
        if (channel == null) {
            // With one channel there is no doubt which one closed.
            return channels.size() == 1 ? "C0" : "?";
        }
        return channelNames.getOrDefault(channel.channelId(), channel.channelId());
    }

    int channelCount() {
        return channels.size();
    }

    int listenerCount() {
        return gates.size();
    }

    /** {@code threads} senders at once, each sending {@code count} notifications in its own order. */
    void burst(int channel, int threads, int count) {
        String c = "C" + channel;
        int b = ++burst;
        steps.add("burst " + b + ": " + threads + " thread(s) x " + count + " on " + c);
        ChannelRef ref = channels.get(channel);
        List<CompletableFuture<List<String>>> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String sender = "b" + b + "t" + t;
            all.add(CompletableFuture.supplyAsync(() -> {
                List<String> ok = new ArrayList<>();
                send(ref, c, sender, 0, count, ok);
                return ok;
            }, senders));
        }
        for (int t = 0; t < threads; t++) {
            join(all.get(t), c, "b" + b + "t" + t);
        }
    }

    /**
     * One sender sends {@code before} notifications, unregisters the last {@code count} listeners
     * still registered (at least one stays), and sends {@code after} more, all on its own thread:
     * a send to many listeners followed at once by one to few. An implementation that fans out wide
     * sends one way and narrow ones another must keep the sender's order across the two, at a width
     * the kit cannot know, hence the wide range of listener counts.
     */
    void narrowingSend(int channel, int before, int count, int after) {
        String c = "C" + channel;
        int b = ++burst;
        String sender = "b" + b + "t0";
        List<Integer> live = new ArrayList<>();
        for (int l = 0; l < registrations.size(); l++) {
            if (!unregisteredAt.containsKey("L" + l)) {
                live.add(l);
            }
        }
        int n = Math.min(count, live.size() - 1);
        steps.add("burst " + b + " on " + c + ": one thread sends " + before + ", unregisters " + n + " of " + live.size()
                + " listeners, sends " + after);
        ChannelRef ref = channels.get(channel);
        join(CompletableFuture.supplyAsync(() -> {
            List<String> ok = new ArrayList<>();
            send(ref, c, sender, 0, before, ok);
            for (int i = 0; i < n; i++) {
                String listener = "L" + live.get(live.size() - 1 - i);
                // Handed a bidirectional channel = heard it before the unregister began (REQ-SPOOL-OVW-018).
                history.where(d -> !d.closed() && d.listener().equals(listener))
                        .forEach(d -> handedBeforeUnregister.add(listener + "|" + d.event().channel()));
                HResult r = adapter.unregisterForPrintAsyncNotifications(registrations.get(live.get(live.size() - 1 - i)));
                if (!r.equals(HResult.of(0))) {
                    throw new Refused("REQ-SPOOL-OVW-017", "UnRegisterForPrintAsyncNotifications of " + listener + " returned " + r + ", expected S_OK");
                }
                unregisteredAt.put(listener, new int[] {b, before});
            }
            send(ref, c, sender, before, before + after, ok);
            return ok;
        }, senders), c, sender);
    }

    /** A call a sender made that the implementation refused against a rule. */
    private static final class Refused extends RuntimeException {
        final String rule;

        Refused(String rule, String message) {
            super(message);
            this.rule = rule;
        }
    }

    /** Sends notifications {@code from} to {@code to} (exclusive) of one sender, noting which were accepted and which reported a loss. */
    private void send(ChannelRef ref, String c, String sender, int from, int to, List<String> ok) {
        for (int i = from; i < to; i++) {
            String payload = c + "/" + sender + "/" + i;
            HResult r = adapter.sendNotification(ref, new NotificationData(TYPE, payload));
            if (r.equals(HResult.of(0))) {
                ok.add(payload);
            } else if (!PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.is(r, true)) {
                // Any other code reports a loss (REQ-SPOOL-OVW-013's reading): it may or may not arrive.
                lossy.add(payload);
            }
        }
    }

    private void join(CompletableFuture<List<String>> sending, String c, String sender) {
        try {
            accepted.get(c).put(sender, sending.get(Timeouts.call().toMillis() * 2, TimeUnit.MILLISECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Refused refused) {
                throw PropertyFailures.fail(refused.rule, refused.getMessage(), steps, history.dump());
            }
            throw PropertyFailures.fail("REQ-SPOOL-CHAN-016", "a sender failed: " + e.getCause(), steps, history.dump());
        } catch (Exception e) {
            throw PropertyFailures.fail("REQ-SPOOL-CHAN-016", "a sender failed or hung: " + e, steps, history.dump());
        }
    }

    void hold(int listener) {
        steps.add("hold L" + listener);
        gates.get(listener).close();
    }

    void letGo(int listener) {
        steps.add("let go L" + listener);
        gates.get(listener).open();
    }

    void close(int channel) {
        String c = "C" + channel;
        steps.add("close " + c);
        HResult r = Deadline.call("CloseChannel " + c, () -> adapter.closeChannel(channels.get(channel), null));
        HResult expected = closedChannels.add(c) ? HResult.of(0) : PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.asError();
        if (!PrintAsyncNotifyError.sameCode(expected, r)) {
            throw PropertyFailures.fail("REQ-SPOOL-CHAN-018", "CloseChannel of " + c + " returned " + r + ", expected " + expected, steps, history.dump());
        }
    }

    /**
     * What must hold at every moment, held listeners or not: no duplicate, no phantom, each sender's
     * order kept per listener, each channel's bursts heard in their order, and nothing of a channel after its ChannelClosed at a listener.
     */
    void invariant() {
        List<History.Recorded<Delivery>> all = history.all();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> lastIndex = new HashMap<>();
        Map<String, Integer> latestBurst = new HashMap<>();
        Set<String> closedAt = new HashSet<>();
        for (History.Recorded<Delivery> r : all) {
            Delivery d = r.event();
            if (d.closed()) {
                closedAt.add(d.listener() + "|" + d.channel());
                continue;
            }
            if (!reaches(d.channel(), d.listener())) {
                throw PropertyFailures.fail("REQ-SPOOL-CHAN-008", d.listener() + ", running as bob, received " + d.payload()
                        + " on " + d.channel() + ", a per-user channel alice opened", steps, history.dump());
            }
            if (!seen.add(d.listener() + "|" + d.payload())) {
                throw PropertyFailures.fail("REQ-SPOOL-OVW-013", d.listener() + " received " + d.payload() + " twice", steps, history.dump());
            }
            if (closedAt.contains(d.listener() + "|" + d.channel())) {
                throw PropertyFailures.fail("REQ-SPOOL-CHAN-020", d.listener() + " received " + d.payload() + " after ChannelClosed", steps, history.dump());
            }
            String[] p = d.payload().split("/");
            if (sentAfterUnregister(d.listener(), p[1], Integer.parseInt(p[2]))) {
                throw PropertyFailures.fail("REQ-SPOOL-OVW-017", d.listener() + " received " + d.payload() + ", sent on a unidirectional channel after it unregistered", steps, history.dump());
            }
            if (!sentBy(p[0], p[1], d.payload()) && !lossy.contains(d.payload())) {
                throw PropertyFailures.fail("REQ-SPOOL-CHAN-032", d.listener() + " received " + d.payload() + ", whose send was refused as CHANNEL_ALREADY_CLOSED", steps, history.dump());
            }
            // Bursts are joined, so each of a burst's sends returned before the next burst's began:
            // a listener hears a channel's bursts in their order (REQ-SPOOL-OVW-015: the order the sends returned).
            String channelAt = d.listener() + "|" + p[0];
            int b = burstOf(p[1]);
            if (latestBurst.getOrDefault(channelAt, 0) > b) {
                throw PropertyFailures.fail("REQ-SPOOL-OVW-015", d.listener() + " received " + d.payload() + " after a notification of burst "
                        + latestBurst.get(channelAt) + " on " + p[0] + ", whose sends began after burst " + b + "'s had returned", steps, history.dump());
            }
            latestBurst.put(channelAt, b);
            String key = d.listener() + "|" + p[1];
            int index = Integer.parseInt(p[2]);
            if (lastIndex.getOrDefault(key, -1) >= index) {
                throw PropertyFailures.fail("REQ-SPOOL-OVW-015", d.listener() + " received " + d.payload() + " out of its sender's order", steps, history.dump());
            }
            lastIndex.put(key, index);
        }
    }

    /** Whether a sender's burst came after the listener unregistered, on a channel the unregister ends (a unidirectional one; REQ-SPOOL-OVW-018 keeps bidirectional ones). */
    private boolean sentAfterUnregister(String listener, String sender, int index) {
        int[] at = unregisteredAt.get(listener);
        if (at == null || bidirectional) {
            return false;
        }
        int b = burstOf(sender);
        return b > at[0] || (b == at[0] && index >= at[1]);
    }

    private static int burstOf(String sender) {
        return Integer.parseInt(sender.substring(1, sender.indexOf('t')));
    }

    /** Bursts are joined before any invariant runs, so every delivered payload must be recorded as accepted. */
    private boolean sentBy(String channel, String sender, String payload) {
        List<String> ok = accepted.getOrDefault(channel, Map.of()).get(sender);
        return ok != null && ok.contains(payload);
    }

    /**
     * At the end, with every listener let go and the implementation settled: on an open channel,
     * every accepted notification reached every listener exactly once; on a closed one, each sender's
     * notifications a listener got are a prefix of what it sent (what was queued was dropped).
     */
    void settleAndCheckComplete() {
        gates.forEach(Gate::open);
        steps.add("let everyone go and settle");
        notifytck.kit.Settling.quiesce("quiesce", control::quiesce, () -> String.join("\n", steps) + "\n" + history.dump());
        invariant();
        for (int l = 0; l < gates.size(); l++) {
            String listener = "L" + l;
            for (Map.Entry<String, Map<String, List<String>>> channel : accepted.entrySet()) {
                if (bidirectional && unregisteredAt.containsKey(listener) && !handedBeforeUnregister.contains(listener + "|" + channel.getKey())) {
                    // REQ-SPOOL-OVW-018's reading: a bidirectional channel opened before the unregister that the
                    // listener had not been handed yet is judged neither way (the invariant still holds for it).
                    continue;
                }
                if (!reaches(channel.getKey(), listener)) {
                    continue; // another user's listener on a per-user channel: the invariant above failed any delivery to it
                }
                for (Map.Entry<String, List<String>> sender : channel.getValue().entrySet()) {
                    List<String> got = history.where(d -> !d.closed() && d.listener().equals(listener)
                            && d.payload().startsWith(channel.getKey() + "/" + sender.getKey() + "/")).stream()
                            .map(r -> r.event().payload()).filter(pl -> !lossy.contains(pl)).toList();
                    List<String> sent = sender.getValue();
                    // An unregistered listener on a unidirectional channel may miss what was still queued
                    // for it when it unregistered, and hears nothing sent later (the invariant): a prefix.
                    boolean partial = closedChannels.contains(channel.getKey())
                            || (!bidirectional && unregisteredAt.containsKey(listener));
                    boolean ok = partial
                            ? got.equals(sent.subList(0, Math.min(got.size(), sent.size())))
                            : got.equals(sent);
                    if (!ok) {
                        // An own-user listener that heard nothing of the per-user channel was filtered out (the user compared wrongly).
                        String rule = perUser && channel.getKey().equals("C0") && got.isEmpty() && !sent.isEmpty()
                                ? "REQ-SPOOL-CHAN-008" : "REQ-SPOOL-OVW-013";
                        throw PropertyFailures.fail(rule, listener + " got " + got + " of " + sender.getKey() + "'s " + sent
                                + (partial ? " (a prefix expected: the channel closed or the listener unregistered)" : " (all expected: the channel is open)"),
                                steps, history.dump());
                    }
                }
            }
        }
    }

    void shutdown() {
        gates.forEach(Gate::open);
        senders.shutdownNow();
    }
}
