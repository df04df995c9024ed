package notifytck.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.kit.Settling;
import notifytck.model.Mismatch;
import notifytck.model.Worlds;
import notifytck.model.spooler.SpoolerWorld;
import notifytck.model.spooler.SpoolerWorld.Actor;
import notifytck.model.spooler.SpoolerWorld.Place;
import notifytck.model.spooler.SpoolerWorld.Style;
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
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;
import notifytck.spi.spooler.UserFilter;

/**
 * One random run of spooler actions, applied to the selected implementation through the SPI and
 * to the model ({@link SpoolerWorld}) side by side. After every action the implementation quiesces
 * and every observable is compared: each call's result, which listeners each notification reached
 * and with which channel, the answers the opener got and on which pointer, and every ChannelClosed
 * with its reason.
 */
final class SpoolerModelRun {
    static final String FAR = "FARSRV";
    /** Two types; the second is GUID_NULL, a value like any other that an implementation might take for "any type". */
    static final List<UUID> TYPES = List.of(UUID.fromString("8a1f0c3e-0000-4000-8000-00000000a001"), new UUID(0, 0));

    /** A callback call as the run's callbacks recorded it: who (0 = an opener), what, the pointer given, the payload or reason. */
    record Heard(int registration, int channel, boolean closed, String pointer, String payload) {
        @Override
        public String toString() {
            return (registration == 0 ? "the opener of channel #" + channel : "registration #" + registration) + ": "
                    + (closed ? "ChannelClosed(" : "OnEventNotify(") + (pointer == null ? "no pointer" : pointer) + ", "
                    + (payload == null ? "no data" : payload) + ")";
        }
    }

    private final SystemUnderTest sut = Sut.start();
    private final SpoolerAdapter adapter = sut.spooler();
    private final SpoolerControl control = sut.spoolerControl();
    private final String local;
    private final Worlds<SpoolerWorld> model = new Worlds<>(new SpoolerWorld());
    private final History<Heard> history = new History<>();
    private final List<String> steps = new ArrayList<>();
    private final Map<String, String> results = new LinkedHashMap<>();
    private final Map<Integer, ChannelRef> openerPointers = new LinkedHashMap<>();
    private final Map<String, Integer> channelIds = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each registration's last pointer per channel, to answer and close on. */
    private final Map<Integer, Map<Integer, ChannelRef>> listenerPointers = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each registration's handle, where it succeeded: to unregister, once or again. */
    private final Map<Integer, notifytck.spi.spooler.RegistrationRef> handles = new LinkedHashMap<>();
    private int registrations;
    private int unregisters;
    private int openings;
    private int sends;
    private int closes;
    /** The channel whose close is being told: a ChannelClosed with no pointer is about it. */
    private volatile int closing;
    /** A close that raced the sends: its channel, and per sender thread the sends on it that took effect before it, in order. */
    private int racedChannel;
    private final List<List<Integer>> racedSends = new ArrayList<>();
    /** Whether the implementation counts its channel objects (SPOOLER_CHANNEL_OBJECTS): then what a call left behind is judged too. */
    private final boolean channelObjects;

    SpoolerModelRun(boolean remote) {
        channelObjects = notifytck.kit.CurrentRun.implementation().capabilities().supports(notifytck.spi.Control.SPOOLER_CHANNEL_OBJECTS);
        local = Deadline.call("localMachine", control::localMachine);
        install(local, "Laser");
        install(local, "Inkjet");
        if (remote) {
            install(FAR, "Laser");
        }
    }

    private void install(String machine, String printer) {
        Deadline.call("installPrinter", () -> {
            control.installPrinter(machine, printer);
            return null;
        });
    }

    // ---- actions --------------------------------------------------------------------------

    void register(Actor actor, Place place, int type) {
        int number = ++registrations;
        steps.add("registration #" + number + ": " + actor.text + " registers on " + name(place) + " for type " + (type + 1));
        NotifyCallback listener = recorder(number, 0);
        Registration r = Deadline.call("registerForPrintAsyncNotifications", () -> adapter.registerForPrintAsyncNotifications(caller(actor, place),
                new RegistrationRequest(name(place), new NotificationType(TYPES.get(type)), listener)));
        registered(number, r, actor, place, type);
    }

    /**
     * Every listener registers at the same moment, each on a thread of its own: two registrations
     * on one printer, its first ones included, must both take (judged by the sends that
     * follow). Registrations are independent in the model, so it takes them in their numbers' order.
     */
    void registerAtOnce(List<SpoolerConcurrencyProperties.Listener> listeners) {
        int first = registrations + 1;
        Map<Integer, Registration> got = new java.util.concurrent.ConcurrentHashMap<>();
        List<notifytck.kit.AllAtOnce.Party> parties = new ArrayList<>();
        for (SpoolerConcurrencyProperties.Listener l : listeners) {
            int number = ++registrations;
            steps.add("thread " + (number - first + 1) + ", registration #" + number + ": " + l.actor().text + " registers on " + name(l.place())
                    + " for type " + (l.type() + 1) + ", all at once");
            CallerContext who = caller(l.actor(), l.place());
            RegistrationRequest request = new RegistrationRequest(name(l.place()), new NotificationType(TYPES.get(l.type())), recorder(number, 0));
            parties.add(() -> got.put(number, adapter.registerForPrintAsyncNotifications(who, request)));
        }
        notifytck.kit.AllAtOnce.runSpinStarted("registration", parties, notifytck.kit.Timeouts.call().toMillis(),
                () -> String.join("\n", steps) + "\n" + history.dump());
        for (int i = 0; i < listeners.size(); i++) {
            SpoolerConcurrencyProperties.Listener l = listeners.get(i);
            registered(first + i, got.get(first + i), l.actor(), l.place(), l.type());
        }
    }

    private void registered(int number, Registration r, Actor actor, Place place, int type) {
        results.put(SpoolerWorld.registrationKey(number), r.result().value() == 0 && r.handle() != null ? SpoolerWorld.OK
                : r.result().failed() && r.handle() == null ? SpoolerWorld.FAILED
                : r.result().hex() + " with " + (r.handle() == null ? "no registration" : "a registration"));
        if (r.result().succeeded() && r.handle() != null) {
            handles.put(number, r.handle());
        }
        model.each(w -> w.register(number, actor, place, type));
    }

    /**
     * The pick-th newest registration that succeeded ends: the first time for one still registered,
     * again for one already ended. The model judges every send that follows, so every other
     * registration (a second party) must hear on.
     */
    void unregister(int pick) {
        List<Integer> mine = newestFirst(handles.keySet().stream().filter(model.preferred()::registered).toList());
        if (mine.isEmpty()) {
            return;
        }
        int registration = pick(mine, pick);
        int number = ++unregisters;
        steps.add("unregister #" + number + ": registration #" + registration + " unregisters");
        HResult r = Deadline.call("unregisterForPrintAsyncNotifications", () -> adapter.unregisterForPrintAsyncNotifications(handles.get(registration)));
        results.put(SpoolerWorld.unregisterKey(number), code(r));
        model.each(w -> w.unregister(number, registration));
    }

    void open(Actor actor, Place place, int type, boolean perUser, Style style, boolean callback) {
        int number = ++openings;
        steps.add("opening #" + number + ": " + actor.text + " opens a " + style.name().toLowerCase() + " channel on " + name(place) + " for type "
                + (type + 1) + (perUser ? ", per user" : ", all users") + (callback ? "" : ", with no callback"));
        NotifyCallback own = callback ? recorder(0, number) : null;
        ChannelCreation c = Deadline.call("createPrintAsyncNotifyChannel", () -> adapter.createPrintAsyncNotifyChannel(caller(actor, place),
                new ChannelRequest(name(place), new NotificationType(TYPES.get(type)), perUser ? UserFilter.PER_USER : UserFilter.ALL_USERS,
                        style == Style.BIDIRECTIONAL ? ConversationStyle.BIDIRECTIONAL : ConversationStyle.UNIDIRECTIONAL, own)));
        boolean opened = c.result().succeeded() && c.channel() != null;
        results.put(SpoolerWorld.openingKey(number), opened ? SpoolerWorld.OPENED
                : c.result().failed() && c.channel() == null ? SpoolerWorld.REFUSED : c.result().hex() + " with " + (c.channel() == null ? "no pointer" : "a pointer"));
        if (opened) {
            openerPointers.put(number, c.channel());
            channelIds.put(c.channel().channelId(), number);
        }
        model.each(w -> w.open(number, actor, place, type, perUser, style, callback));
    }

    /** The opener of the pick-th newest channel it still holds sends, of its own type or the other. */
    void send(int pick, boolean ownType) {
        List<Integer> mine = newestFirst(model.preferred().openerChannels()).stream().filter(openerPointers::containsKey).toList();
        if (mine.isEmpty()) {
            return;
        }
        int channel = pick(mine, pick);
        int number = ++sends;
        int type = typeOf(channel, ownType);
        steps.add("send #" + number + ": the opener of channel #" + channel + " sends s" + number + (ownType ? "" : " of the other type"));
        results.put(SpoolerWorld.sendKey(number), sendOn(openerPointers.get(channel), type, number));
        model.branch(w -> w.send(number, channel, type));
    }

    /**
     * Openers send at once, each thread on its own: {@code plans.get(t)} are thread t's sends (true:
     * of the channel's own type), in order, on the (t mod n)-th channel whose opener holds it, so
     * that two threads share a channel when there are more threads than channels. Sends commute in
     * the model while the registrations stand still, so the outcome must be the one the model gives
     * with each thread's sends applied in that thread's order.
     *
     * <p>With {@code racingClose}, one more thread closes the first open bidirectional channel by
     * its opener, mid-stream: as soon as one send on it has returned. A send on it takes effect after the close if it says the
     * channel was closed or began after the close returned (and so does every later send of its
     * thread), unless it returned before the close began; before it otherwise. The model applies
     * the sends before, the close, then the sends after; a notification sent before the close may
     * have been discarded with the queue (REQ-SPOOL-CHAN-020), never delivered after the closed
     * event (judged on the history by {@link #compare}).
     */
    void sendAtOnce(List<List<Boolean>> plans, boolean racingClose) {
        List<Integer> mine = model.preferred().openerChannels().stream().filter(openerPointers::containsKey).toList();
        int threads = mine.isEmpty() ? 0 : plans.size();
        if (threads == 0) {
            return;
        }
        // Numbers and texts fixed before anything runs, so the report reads the same whatever the interleaving.
        List<List<int[]>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int channel = mine.get(t % mine.size());
            List<int[]> sendsOfThread = new ArrayList<>();
            for (boolean own : plans.get(t)) {
                int number = ++sends;
                sendsOfThread.add(new int[] {number, channel, typeOf(channel, own)});
                steps.add("thread " + (t + 1) + ", send #" + number + ": the opener of channel #" + channel + " sends s" + number
                        + (own ? "" : " of the other type"));
            }
            work.add(sendsOfThread);
        }
        int closed = racingClose ? mine.stream().filter(c -> model.preferred().bidirectional(c) && !model.preferred().closed(c)).findFirst().orElse(0) : 0;
        int closeNumber = closed == 0 ? 0 : ++closes;
        String reason = "k" + closeNumber;
        if (closed != 0) {
            steps.add("thread " + (threads + 1) + ", close #" + closeNumber + ": the opener closes channel #" + closed + " with the reason " + reason);
        }
        Map<String, String> got = new java.util.concurrent.ConcurrentHashMap<>();
        Map<Integer, long[]> when = new java.util.concurrent.ConcurrentHashMap<>();
        List<notifytck.kit.AllAtOnce.Party> parties = new ArrayList<>();
        for (List<int[]> sendsOfThread : work) {
            parties.add(() -> {
                for (int[] w : sendsOfThread) {
                    long began = System.nanoTime();
                    got.put(SpoolerWorld.sendKey(w[0]), sendOn(openerPointers.get(w[1]), w[2], w[0]));
                    when.put(w[0], new long[] {began, System.nanoTime()});
                }
            });
        }
        if (closed != 0) {
            java.util.Set<Integer> onClosed = new java.util.HashSet<>();
            work.forEach(ws -> ws.stream().filter(w -> w[1] == closed).forEach(w -> onClosed.add(w[0])));
            parties.add(() -> {
                // Mid-stream: once a send on the channel has returned (or soon, if none does), so that the close races the rest.
                long until = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(50);
                while (!onClosed.isEmpty() && onClosed.stream().noneMatch(when::containsKey) && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                long began = System.nanoTime();
                closing = closed;
                HResult r = Deadline.call("closeChannel", () -> adapter.closeChannel(openerPointers.get(closed),
                        new NotificationData(new NotificationType(TYPES.get(typeOf(closed, true))), reason)));
                got.put(SpoolerWorld.closeKey(closeNumber), code(r));
                when.put(0, new long[] {began, System.nanoTime()});
            });
        }
        long budget = notifytck.kit.Timeouts.call().toMillis() * (2 + plans.stream().mapToInt(List::size).max().orElse(1));
        notifytck.kit.AllAtOnce.run("spooler-sender", parties, budget, () -> String.join("\n", steps) + "\n" + history.dump());
        results.putAll(new java.util.TreeMap<>(got));
        List<int[]> before = new ArrayList<>();
        List<int[]> after = new ArrayList<>();
        racedChannel = closed;
        for (List<int[]> sendsOfThread : work) {
            boolean past = false;
            List<Integer> raced = new ArrayList<>();
            for (int[] w : sendsOfThread) {
                if (closed != 0 && w[1] == closed && !past) {
                    long[] s = when.get(w[0]);
                    long[] c = when.get(0);
                    boolean surelyBefore = s[1] < c[0];
                    past = s[0] > c[1] || (!surelyBefore && SpoolerWorld.ALREADY_CLOSED.equals(got.get(SpoolerWorld.sendKey(w[0]))));
                    if (!past) {
                        raced.add(w[0]);
                    }
                }
                (past ? after : before).add(w);
            }
            racedSends.add(raced);
        }
        before.forEach(w -> applySend(w, got.get(SpoolerWorld.sendKey(w[0]))));
        if (closed != 0) {
            List<Integer> racing = racedSends.stream().flatMap(List::stream).toList();
            model.each(m -> {
                m.close(closeNumber, closed, 0, reason);
                m.discardable(racing, closed);
            });
            steps.add("(judged as: close #" + closeNumber + " after sends " + racing + " of channel #" + closed + ")");
        }
        after.forEach(w -> applySend(w, got.get(SpoolerWorld.sendKey(w[0]))));
    }

    /**
     * One of the concurrent sends {number, channel, type}, applied to the model. A send to
     * listeners that reported a loss (threads at once can fill a small queue) is judged as one:
     * each listener got it once or not at all (REQ-SPOOL-OVW-013's reading).
     */
    private void applySend(int[] w, String result) {
        if (SpoolerWorld.LOSSES.contains(result) && model.preferred().sendsToListeners(w[1], w[2])) {
            model.each(m -> m.sendReportingLoss(w[0], w[1], w[2]));
        } else {
            model.branch(m -> m.send(w[0], w[1], w[2]));
        }
    }

    /** A listener holding a pointer to the pick-th newest open bidirectional channel answers on it. */
    void answer(int pick, int listenerPick, boolean ownType) {
        int[] found = listenerOn(pick, listenerPick);
        if (found == null) {
            return;
        }
        int channel = found[0];
        int registration = found[1];
        int number = ++sends;
        int type = typeOf(channel, ownType);
        steps.add("send #" + number + ": registration #" + registration + " answers s" + number + " on channel #" + channel
                + (ownType ? "" : " of the other type"));
        results.put(SpoolerWorld.sendKey(number), sendOn(listenerPointers.get(registration).get(channel), type, number));
        model.each(w -> w.answer(number, channel, registration, type));
    }

    /** The opener closes the pick-th newest channel it holds that is still open. */
    void closeByOpener(int pick, boolean withReason) {
        List<Integer> open = newestFirst(model.preferred().openerChannels()).stream()
                .filter(c -> openerPointers.containsKey(c) && !model.preferred().closed(c)).toList();
        if (open.isEmpty()) {
            return;
        }
        int channel = pick(open, pick);
        close(channel, 0, openerPointers.get(channel), withReason);
    }

    /** A listener holding a pointer to the pick-th newest open bidirectional channel closes it. */
    void closeByListener(int pick, int listenerPick, boolean withReason) {
        int[] found = listenerOn(pick, listenerPick);
        if (found != null) {
            close(found[0], found[1], listenerPointers.get(found[1]).get(found[0]), withReason);
        }
    }

    private void close(int channel, int listener, ChannelRef pointer, boolean withReason) {
        int number = ++closes;
        String reason = withReason ? "k" + number : null;
        steps.add("close #" + number + ": " + (listener == 0 ? "the opener" : "registration #" + listener) + " closes channel #" + channel
                + (withReason ? " with the reason " + reason : " without a reason"));
        closing = channel;
        HResult r = Deadline.call("closeChannel", () -> adapter.closeChannel(pointer,
                reason == null ? null : new NotificationData(new NotificationType(TYPES.get(typeOf(channel, true))), reason)));
        results.put(SpoolerWorld.closeKey(number), code(r));
        model.each(w -> w.close(number, channel, listener, reason));
    }

    // ---- judging --------------------------------------------------------------------------

    void compare() {
        // The live channel objects are asked in the same hand-off as the quiesce (Settling.quiesceThenObserve).
        List<Integer> live = Settling.quiesceThenObserve("quiesce", control::quiesce, () -> String.join("\n", steps) + "\n" + history.dump(),
                channelObjects ? List.<java.util.function.Supplier<Integer>>of(control::liveChannelObjects) : List.of());
        Map<String, String> observed = new LinkedHashMap<>(results);
        List<Heard> heard = history.all().stream().map(History.Recorded::event).toList();
        for (int r : model.preferred().registrationIds()) {
            for (int s = 1; s <= sends; s++) {
                String payload = "s" + s;
                List<Heard> got = heard.stream().filter(h -> h.registration() == r && !h.closed() && payload.equals(h.payload())).toList();
                observed.put(SpoolerWorld.gotKey(r, s), Integer.toString(got.size()));
                observed.put(SpoolerWorld.howKey(r, s), got.isEmpty() ? "none" : got.get(0).pointer() == null ? SpoolerWorld.ALONE
                        : "with a pointer to " + channelName(got.get(0).pointer()));
            }
        }
        for (int c : openerPointers.keySet()) {
            String own = openerPointers.get(c).handle();
            for (int s = 1; s <= sends; s++) {
                String payload = "s" + s;
                List<Heard> got = heard.stream().filter(h -> h.registration() == 0 && h.channel() == c && !h.closed() && payload.equals(h.payload())).toList();
                observed.put(SpoolerWorld.answerKey(c, s), Integer.toString(got.size()));
                observed.put(SpoolerWorld.answerHowKey(c, s), got.isEmpty() ? "none" : own.equals(handleOf(got.get(0).pointer()))
                        ? "with its own pointer" : "with another pointer");
            }
            List<Heard> opener = heard.stream().filter(h -> h.registration() == 0 && h.channel() == c && h.closed()).toList();
            observed.put(SpoolerWorld.closedKey(c, 0), told(opener));
            observed.put(SpoolerWorld.reasonKey(c, 0), reason(opener));
            observed.put(SpoolerWorld.pointerKey(c, 0), opener.isEmpty() ? SpoolerWorld.NOT_TOLD
                    : own.equals(handleOf(opener.get(0).pointer())) ? "its own pointer" : pointerName(opener.get(0).pointer()));
            for (int r : model.preferred().registrationIds()) {
                List<Heard> closed = heard.stream().filter(h -> h.registration() == r && h.closed() && h.channel() == c).toList();
                observed.put(SpoolerWorld.closedKey(c, r), told(closed));
                observed.put(SpoolerWorld.reasonKey(c, r), reason(closed));
                observed.put(SpoolerWorld.pointerKey(c, r), closed.isEmpty() ? SpoolerWorld.NOT_TOLD : pointerName(closed.get(0).pointer()));
            }
        }
        nothingAfterTheClosedEvent(heard);
        racedCloseDiscardsOnlyTheRest(heard);
        if (channelObjects) {
            observed.put(SpoolerWorld.LIVE_KEY, Integer.toString(live.get(0)));
        }
        Mismatch m = model.observe(observed).orElse(null);
        if (m != null) {
            throw PropertyFailures.fail(m.rule(), m.toString(), steps, history.dump());
        }
    }

    /**
     * REQ-SPOOL-CHAN-020, on the order of the history: once a listener was told a channel closed, no
     * notification of that channel reaches it (one handed with a pointer says which channel it is of).
     */
    private void nothingAfterTheClosedEvent(List<Heard> heard) {
        java.util.Set<String> told = new java.util.HashSet<>();
        for (Heard h : heard) {
            if (h.registration() == 0) {
                continue;
            }
            if (h.closed()) {
                told.add(h.registration() + "/" + h.channel());
            } else {
                Integer c = channelOf(h.pointer());
                if (c != null && told.contains(h.registration() + "/" + c)) {
                    throw PropertyFailures.fail("REQ-SPOOL-CHAN-020", "registration #" + h.registration() + " was told " + h.payload()
                            + " of channel #" + c + " after its ChannelClosed for that channel", steps, history.dump());
                }
            }
        }
    }

    /**
     * After a close that raced the sends: the close discards what was still queued, so what a
     * listener got of one sender thread's accepted sends is a prefix of them (REQ-SPOOL-CHAN-020;
     * the sends of one thread take effect in its order); and a listener that got any notification of the
     * channel, and so holds a pointer to it, is told it closed once (REQ-SPOOL-CHAN-018).
     */
    private void racedCloseDiscardsOnlyTheRest(List<Heard> heard) {
        if (racedChannel == 0) {
            return;
        }
        for (int r : model.preferred().registrationIds()) {
            for (List<Integer> raced : racedSends) {
                boolean gap = false;
                for (int s : raced) {
                    if (!SpoolerWorld.OK.equals(results.get(SpoolerWorld.sendKey(s)))) {
                        continue; // refused (another type, or no listener): nothing of it was queued
                    }
                    String payload = "s" + s;
                    boolean got = heard.stream().anyMatch(h -> h.registration() == r && !h.closed() && payload.equals(h.payload()));
                    if (got && gap) {
                        throw PropertyFailures.fail("REQ-SPOOL-CHAN-020", "registration #" + r + " was told s" + s + " but not an earlier send of"
                                + " the same thread on channel #" + racedChannel + ": the close discards only what is still queued", steps, history.dump());
                    }
                    gap |= !got;
                }
            }
            boolean holds = heard.stream().anyMatch(h -> h.registration() == r && !h.closed() && Integer.valueOf(racedChannel).equals(channelOf(h.pointer())));
            long told = heard.stream().filter(h -> h.registration() == r && h.closed() && h.channel() == racedChannel).count();
            if (holds && told != 1) {
                throw PropertyFailures.fail("REQ-SPOOL-CHAN-018", "registration #" + r + " holds a pointer to channel #" + racedChannel
                        + " and was told it closed " + told + " time(s), not once", steps, history.dump());
            }
        }
    }

    private static String told(List<Heard> closed) {
        return closed.isEmpty() ? SpoolerWorld.NOT_TOLD : closed.size() == 1 ? SpoolerWorld.ONCE : closed.size() + " times";
    }

    private static String reason(List<Heard> closed) {
        if (closed.isEmpty()) {
            return SpoolerWorld.NOT_TOLD;
        }
        String reason = closed.get(0).payload();
        return reason == null ? "without a reason" : "with the reason " + reason;
    }

    // ---- helpers --------------------------------------------------------------------------

    /** Send number {@code number}: SendNotification of payload "s<number>" through {@code pointer}; the result as the model names it. */
    private String sendOn(ChannelRef pointer, int type, int number) {
        HResult r = Deadline.call("sendNotification", () -> adapter.sendNotification(pointer,
                new NotificationData(new NotificationType(TYPES.get(type)), "s" + number)));
        return code(r);
    }

    /** The callback of a registration (registration > 0) or of an opener's channel (channel > 0). */
    private NotifyCallback recorder(int registration, int channel) {
        return new NotifyCallback() {
            @Override
            public void onEventNotify(ChannelRef pointer, NotificationData data) {
                // Callbacks of different listeners run at once on the implementation's threads: concurrent maps only.
                if (registration > 0 && pointer != null) {
                    Integer c = channelIds.get(pointer.channelId());
                    if (c != null) {
                        listenerPointers.computeIfAbsent(registration, k -> new java.util.concurrent.ConcurrentHashMap<>()).put(c, pointer);
                    }
                }
                history.record(new Heard(registration, channel, false, pointer == null ? null : pointer.handle() + "@" + pointer.channelId(),
                        data == null ? null : data.payload()));
            }

            @Override
            public void channelClosed(ChannelRef pointer, NotificationData reason) {
                Integer c = pointer == null ? null : channelIds.get(pointer.channelId());
                history.record(new Heard(registration, channel > 0 ? channel : c == null ? closing : c, true,
                        pointer == null ? null : pointer.handle() + "@" + pointer.channelId(), reason == null ? null : reason.payload()));
            }
        };
    }

    private String pointerName(String pointer) {
        return pointer == null ? "no pointer" : "a pointer to " + channelName(pointer);
    }

    private String channelName(String pointer) {
        Integer c = channelOf(pointer);
        return c == null ? "an unknown channel" : "channel #" + c;
    }

    /** The channel a recorded pointer ("handle@channelId") points to; null for none or an unknown one. */
    private Integer channelOf(String pointer) {
        return pointer == null ? null : channelIds.get(pointer.substring(pointer.indexOf('@') + 1));
    }

    private static String handleOf(String pointer) {
        return pointer == null ? null : pointer.substring(0, pointer.indexOf('@'));
    }

    /** The first registration (by pick) holding a pointer to the pick-th newest open bidirectional channel: {channel, registration}. */
    private int[] listenerOn(int pick, int listenerPick) {
        List<Integer> candidates = newestFirst(new ArrayList<>(openerPointers.keySet())).stream()
                .filter(c -> !model.preferred().listenersWithPointer(c).isEmpty()).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        int channel = pick(candidates, pick);
        List<Integer> listeners = model.preferred().listenersWithPointer(channel).stream()
                .filter(r -> listenerPointers.getOrDefault(r, Map.of()).containsKey(channel)).toList();
        if (listeners.isEmpty()) {
            return null;
        }
        return new int[] {channel, listeners.get(listenerPick % listeners.size())};
    }

    private int typeOf(int channel, boolean own) {
        int t = model.preferred().typeOf(channel);
        return own ? t : 1 - t;
    }

    private CallerContext caller(Actor actor, Place place) {
        // A spooler component runs in the spooler of the machine it opens on; applications run here.
        String machine = actor.inSpooler && place.far ? FAR : local;
        Component component = actor == Actor.MONITOR ? Component.PORT_MONITOR : actor.application() ? Component.APPLICATION : Component.PRINTER_DRIVER;
        return new CallerContext(machine, actor.user, actor.session, component, actor.inSpooler ? Hosting.SPOOLER : Hosting.APPLICATION);
    }

    private String name(Place place) {
        return switch (place) {
            case LASER, INKJET, NO_PRINTER -> place.printer;
            case SERVER -> "\\\\" + local;
            case FAR_LASER -> "\\\\" + FAR + "\\Laser";
            case FAR_SERVER -> "\\\\" + FAR;
            case NO_SERVER -> "\\\\NOSUCHSRV";
        };
    }

    /**
     * A result as the kit judges it: a PrintAsyncNotifyError by its code part and severity, whatever
     * its facility (docs/spooler-readings.md: the facility is derived, never asserted).
     */
    private static String code(HResult r) {
        if (r == null) {
            return "no HRESULT (null)";
        }
        if (r.value() == 0) {
            return SpoolerWorld.OK;
        }
        for (PrintAsyncNotifyError e : PrintAsyncNotifyError.values()) {
            if (e.code() == (r.value() & 0xFFFF)) {
                return e.name() + (r.failed() ? " (error)" : " (success)");
            }
        }
        return r.hex();
    }

    private static List<Integer> newestFirst(List<Integer> ids) {
        List<Integer> out = new ArrayList<>(ids);
        java.util.Collections.reverse(out);
        return out;
    }

    private static int pick(List<Integer> newestFirst, int pick) {
        return newestFirst.get(pick % newestFirst.size());
    }

    @Override
    public String toString() {
        return String.join("; ", steps);
    }
}
