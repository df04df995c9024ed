package notifytck.steps.spooler;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.kit.AllAtOnce;
import notifytck.kit.Timeouts;
import notifytck.kit.spooler.Actor;
import notifytck.kit.spooler.ChannelClient;
import notifytck.kit.spooler.SpoolerStage;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.UserFilter;

/** CreatePrintAsyncNotifyChannel and the IPrintAsyncNotifyChannel methods, made by actors. */
public class ChannelSteps {
    private final SpoolerStage stage = SpoolerStage.current();

    @When("^\"([^\"]+)\" (opens|has opened) an? (bidirectional|unidirectional) channel on \"([^\"]+)\" for \"([^\"]+)\" notifications to (all users|the same user)(, without a callback)?$")
    public void open(String actorName, String tense, String style, String written, String type, String users, String noCallback) {
        Actor actor = stage.actor(actorName);
        String name = stage.name(written);
        NotificationType t = SpoolerStage.type(type);
        ChannelRequest request = new ChannelRequest(name, t,
                users.equals("all users") ? UserFilter.ALL_USERS : UserFilter.PER_USER,
                style.equals("bidirectional") ? ConversationStyle.BIDIRECTIONAL : ConversationStyle.UNIDIRECTIONAL,
                noCallback == null ? actor.callback() : null);
        ChannelCreation c = stage.create(actorName, () -> stage.adapter().createPrintAsyncNotifyChannel(actor.caller(), request));
        if (c.result().succeeded() && c.channel() != null) {
            stage.opened(actor, c.channel(), t);
        }
        if (tense.equals("has opened")) {
            assertThat(c.result()).as("precondition: %s opens its channel", actorName).isEqualTo(HResult.of(0));
            assertThat(c.channel()).as("precondition: %s gets a channel pointer", actorName).isNotNull();
        }
    }

    @When("^\"([^\"]+)\" sends \"([^\"]*)\"$")
    public void send(String actor, String payload) {
        Actor a = stage.actor(actor);
        sendOn(actor, a.own(), new NotificationData(a.ownType(), payload));
    }

    @When("^\"([^\"]+)\" sends \"([^\"]*)\" as an? \"([^\"]+)\" notification$")
    public void sendTyped(String actor, String payload, String type) {
        sendOn(actor, stage.actor(actor).own(), new NotificationData(SpoolerStage.type(type), payload));
    }

    @When("^\"([^\"]+)\" sends the numbered notifications \"([^\"]+)\" to \"([^\"]+)\"$")
    public void sendNumbered(String actor, String from, String to) {
        Actor a = stage.actor(actor);
        for (String p : Phrases.numbered(from, to)) {
            HResult r = sendOn(actor, a.own(), new NotificationData(a.ownType(), p));
            assertThat(r).as("%s sending \"%s\"", actor, p).isEqualTo(HResult.of(0));
        }
    }

    /** The last batch sent whatever each send returned: each payload and what its send returned, in order. */
    private final java.util.Map<String, HResult> batch = new java.util.LinkedHashMap<>();

    /** Many sends, none of which must succeed: an implementation may report a loss (REQ-SPOOL-OVW-013's reading). */
    @When("^\"([^\"]+)\" sends the numbered notifications \"([^\"]+)\" to \"([^\"]+)\", whatever each returns$")
    public void sendNumberedWhateverReturned(String actor, String from, String to) {
        Actor a = stage.actor(actor);
        batch.clear();
        for (String p : Phrases.numbered(from, to)) {
            batch.put(p, sendOn(actor, a.own(), new NotificationData(a.ownType(), p)));
        }
    }

    /**
     * As the step above, but the sends go from one thread, as one recorded call, each starting the
     * given number of microseconds after the one before (or as soon as it returned, if later): a
     * sender a few microseconds apart, which a hand-off per send (tens of microseconds) never is.
     * Paced rather than back to back so that the sends keep coming for as long as a slower listener
     * takes to work through several batches of its backlog, however fast one send is.
     */
    @When("^\"([^\"]+)\" sends the numbered notifications \"([^\"]+)\" to \"([^\"]+)\" (\\d+) microseconds apart, whatever each returns$")
    public void sendNumberedPaced(String actor, String from, String to, long micros) {
        Actor a = stage.actor(actor);
        ChannelClient c = a.own();
        List<String> payloads = Phrases.numbered(from, to);
        batch.clear();
        java.util.Map<String, HResult> sent = new java.util.LinkedHashMap<>();
        long pace = micros * 1_000;
        stage.call(actor, "SendNotification x" + payloads.size() + ", " + micros + " us apart", from + " to " + to, () -> {
            long next = System.nanoTime();
            for (String p : payloads) {
                while (System.nanoTime() - next < 0) {
                    Thread.onSpinWait();
                }
                next = System.nanoTime() + pace;
                sent.put(p, c.send(new NotificationData(a.ownType(), p)));
            }
            return HResult.of(0);
        }, Timeouts.batch(payloads.size()).plusNanos(pace * payloads.size()));
        batch.putAll(sent);
    }

    /**
     * The order a listener owes the batch (REQ-SPOOL-OVW-015): every send that returned S_OK once,
     * any other send once or not at all, all in the order sent, and one after another: a second
     * notification entering the listener before the first returned has no order with it.
     */
    @Then("^\"([^\"]+)\" receives each notification of that batch whose send returned S_OK once, in the order sent, one at a time$")
    public void batchInOrder(String listener) {
        List<String> accepted = acceptedOfBatch();
        assertThat(accepted).as("sends of the batch that returned S_OK").isNotEmpty();
        stage.eventually("\"" + listener + "\" to receive each of the " + accepted.size() + " notifications whose send returned S_OK",
                () -> new java.util.HashSet<>(stage.received(listener)).containsAll(accepted));
        java.util.Set<String> ofBatch = batch.keySet();
        List<String> got = stage.received(listener).stream().filter(ofBatch::contains).toList();
        // A send that reported a loss may still have reached this listener (another's queue was the full one): then once,
        // in its place. So what arrived must run in send order, without repeats, and hold every send that returned S_OK.
        java.util.Map<String, Integer> place = new java.util.HashMap<>();
        ofBatch.forEach(p -> place.put(p, place.size()));
        for (int i = 1; i < got.size(); i++) {
            if (place.get(got.get(i)) <= place.get(got.get(i - 1))) {
                throw new AssertionError("\"" + listener + "\" received " + got.get(i) + " after " + got.get(i - 1) + " (position " + (i + 1)
                        + " of " + got.size() + " notifications of the batch): out of the order sent, or twice; received "
                        + got.subList(Math.max(0, i - 3), Math.min(got.size(), i + 3)));
            }
        }
        List<String> missing = accepted.stream().filter(p -> !got.contains(p)).limit(10).toList();
        assertThat(missing).as("notifications whose send returned S_OK that \"%s\" never received (the first 10)", listener).isEmpty();
        List<String> overlaps = new ArrayList<>();
        String inside = null;
        for (var r : stage.all()) {
            var e = r.event();
            if (!e.actor().equals(listener) || e.payload() == null || !ofBatch.contains(e.payload())) {
                continue;
            }
            if (e.kind() == notifytck.kit.spooler.SpoolerEvent.Kind.NOTIFIED) {
                if (inside != null && overlaps.size() < 10) {
                    overlaps.add(e.payload() + " entered while " + inside + " had not returned");
                }
                inside = e.payload();
            } else if (e.kind() == notifytck.kit.spooler.SpoolerEvent.Kind.NOTIFY_RETURNED && e.payload().equals(inside)) {
                inside = null;
            }
        }
        assertThat(overlaps).as("notifications that entered \"%s\" while another was still in it (the first 10)", listener).isEmpty();
    }

    /** A notification sent before the batch came first, once, ahead of every notification of the batch. */
    @Then("^\"([^\"]+)\" received \"([^\"]*)\" before any of them$")
    public void receivedBeforeBatch(String listener, String payload) {
        List<String> got = stage.received(listener);
        assertThat(got.stream().filter(payload::equals).count()).as("times \"%s\" received \"%s\"\n%s", listener, payload,
                stage.history().dump()).isEqualTo(1);
        int first = got.indexOf(payload);
        List<String> earlier = got.subList(0, first).stream().filter(batch::containsKey).toList();
        assertThat(earlier).as("notifications of the batch \"%s\" received before \"%s\"", listener, payload).isEmpty();
    }

    /**
     * Wide sends (REQ-SPOOL-OVW-013's once, for REQ-SPOOL-OVW-015's widths): each listener that only counts heard, through the sender's
     * channel, every notification of the batch whose send returned S_OK, and none twice (a send that
     * reported a loss may or may not have reached it).
     */
    @Then("^each of the listeners that only count heard each notification of that batch whose send returned S_OK, on the channel of \"([^\"]+)\", and none twice$")
    public void countingHeardTheBatch(String sender) {
        int accepted = acceptedOfBatch().size();
        String channel = stage.actor(sender).own().ref().channelId();
        var listeners = stage.countingCallbacks();
        assertThat(listeners).as("kit defect: no listener only counts").isNotEmpty();
        stage.eventually(listeners.size() + " listeners that only count to hear the " + accepted + " notifications whose send returned S_OK",
                () -> listeners.stream().allMatch(l -> heard(l, channel) >= accepted));
        stage.settle();
        List<String> wrong = new java.util.ArrayList<>();
        for (int i = 0; i < listeners.size(); i++) {
            int n = heard(listeners.get(i), channel);
            if (n < accepted || n > batch.size()) {
                wrong.add("listener #" + (i + 1) + " heard " + n);
            }
        }
        assertThat(wrong.stream().limit(10).toList()).as("listeners that only count, each owed %d to %d notifications of the batch (the first 10"
                + " wrong, of %d listeners)%n%s", accepted, batch.size(), listeners.size(), stage.historyDump()).isEmpty();
    }

    /**
     * What a listener that only counts heard of one channel: through a pointer to it (bidirectional), or
     * with no pointer (unidirectional; which style hands which is REQ-SPOOL-CHAN-010's, judged there).
     */
    private static int heard(notifytck.kit.spooler.SpoolerStage.CountingCallback l, String channel) {
        return l.notified(channel) + l.notified("(no channel)");
    }

    /**
     * The batch's payloads whose send returned S_OK, in order. A send either says S_OK or fails:
     * another success code would slip a lost notification past every check of what S_OK promises.
     */
    private List<String> acceptedOfBatch() {
        assertThat(batch).as("kit defect: no batch was sent").isNotEmpty();
        List<String> neither = batch.entrySet().stream().filter(e -> !HResult.of(0).equals(e.getValue()) && !e.getValue().failed())
                .map(e -> e.getKey() + " " + e.getValue()).limit(10).toList();
        assertThat(neither).as("sends that returned neither S_OK nor a failure (the first 10)").isEmpty();
        return batch.entrySet().stream().filter(e -> HResult.of(0).equals(e.getValue())).map(java.util.Map.Entry::getKey).toList();
    }

    /**
     * What a send that returned S_OK promises every listener, however long its backlog: the
     * notification, once. A send the implementation could not deliver to all must say so.
     */
    @Then("^each notification of that batch whose send returned S_OK reaches \"([^\"]+)\" and \"([^\"]+)\" exactly once$")
    public void batchDeliveredOnce(String first, String second) {
        List<String> accepted = acceptedOfBatch();
        for (String listener : List.of(first, second)) {
            stage.eventually("\"" + listener + "\" to receive each of the " + accepted.size() + " notifications whose send returned S_OK",
                    () -> new java.util.HashSet<>(stage.received(listener)).containsAll(accepted));
        }
        stage.settle();
        for (String listener : List.of(first, second)) {
            java.util.Map<String, Long> times = stage.received(listener).stream()
                    .collect(java.util.stream.Collectors.groupingBy(p -> p, java.util.stream.Collectors.counting()));
            List<String> notOnce = accepted.stream().filter(p -> times.getOrDefault(p, 0L) != 1).limit(10).toList();
            assertThat(notOnce).as("notifications whose send returned S_OK (%d of %d) that \"%s\" did not receive exactly once (the first 10)",
                    accepted.size(), batch.size(), listener).isEmpty();
        }
    }

    @When("^\"([^\"]+)\" has sent \"([^\"]*)\" and \"([^\"]+)\" has received it$")
    public void sentAndReceived(String sender, String payload, String listener) {
        Actor a = stage.actor(sender);
        HResult r = sendOn(sender, a.own(), new NotificationData(a.ownType(), payload));
        assertThat(r).as("precondition: %s sends \"%s\"", sender, payload).isEqualTo(HResult.of(0));
        stage.awaitWhileHeld("\"" + listener + "\" to receive \"" + payload + "\"", () -> stage.received(listener).contains(payload));
    }

    @When("^\"([^\"]+)\" answers \"([^\"]*)\" on the channel it was given$")
    public void answer(String actor, String payload) {
        ChannelClient c = stage.actor(actor).lastGiven();
        sendOn(actor, c, new NotificationData(typeOfGiven(actor), payload));
    }

    @When("^\"([^\"]+)\" answers \"([^\"]*)\" as an? \"([^\"]+)\" notification on the channel it was given$")
    public void answerTyped(String actor, String payload, String type) {
        sendOn(actor, stage.actor(actor).lastGiven(), new NotificationData(SpoolerStage.type(type), payload));
    }

    @When("^\"([^\"]+)\" answers \"([^\"]*)\" on the channel it was given with \"([^\"]*)\"$")
    public void answerOnChannelOf(String actor, String payload, String received) {
        ChannelClient c = stage.actor(actor).givenWith(received, stage);
        sendOn(actor, c, new NotificationData(typeOf(actor, c), payload));
    }

    /** With "whatever each returns", a batch as the opener's is: a full queue may be reported (REQ-SPOOL-OVW-013's reading). */
    @When("^\"([^\"]+)\" answers the numbered notifications \"([^\"]+)\" to \"([^\"]+)\" on the channel it was given(, whatever each returns)?$")
    public void answerNumbered(String actor, String from, String to, String whatever) {
        ChannelClient c = stage.actor(actor).lastGiven();
        batch.clear();
        for (String p : Phrases.numbered(from, to)) {
            HResult r = sendOn(actor, c, new NotificationData(typeOfGiven(actor), p));
            if (whatever == null) {
                assertThat(r).as("%s answering \"%s\"", actor, p).isEqualTo(HResult.of(0));
            }
            batch.put(p, r);
        }
    }

    @When("^\"([^\"]+)\" closes its channel (?:with reason \"([^\"]*)\"|without a reason)$")
    public void close(String actor, String reason) {
        Actor a = stage.actor(actor);
        closeOn(actor, a.own(), reason == null ? null : new NotificationData(a.ownType(), reason));
    }

    @When("^\"([^\"]+)\" closes the channel it was given (?:with reason \"([^\"]*)\"|without a reason)$")
    public void closeGiven(String actor, String reason) {
        ChannelClient c = stage.actor(actor).lastGiven();
        closeOn(actor, c, reason == null ? null : new NotificationData(typeOfGiven(actor), reason));
    }

    @When("^\"([^\"]+)\" adds a reference to (its channel|the channel it was given)$")
    public void addRef(String actor, String which) {
        ChannelClient c = which.equals("its channel") ? stage.actor(actor).own() : stage.actor(actor).lastGiven();
        stage.call(actor, "AddRef", null, () -> {
            c.addRef();
            return null;
        });
    }

    /** AddRefs the last "adds references ... at once" step made, for the Releases that match them. */
    private long addedAtOnce;
    /** How long those AddRefs took: the Releases, as many, get about as long. */
    private long addingNanos;

    /**
     * The channel is shared by the opener's threads and the spooler's, so its count changes from
     * several threads at once: each AddRef must count. Made straight on the adapter from each
     * thread, for a while rather than a number of times: a lost update needs many calls in
     * process, and over the wire each call costs a round trip. One recorded call for the lot.
     */
    @When("^\"([^\"]+)\" adds references to its channel from (\\d+) threads at once for (\\d+) ms(, half of the threads by QueryInterface for IUnknown)?$")
    public void addRefsAtOnce(String actor, int threads, long millis, String byQuery) {
        ChannelClient c = stage.actor(actor).own();
        AtomicLong added = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        List<AllAtOnce.Party> parties = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            // A granted query adds a reference as AddRef does (REQ-SPOOL-CHAN-014): both ways of counting up race each other.
            boolean query = byQuery != null && t % 2 == 1;
            parties.add(() -> {
                long until = System.nanoTime() + Duration.ofMillis(millis).toNanos();
                long n = 0;
                while (System.nanoTime() - until < 0) {
                    if (!query) {
                        c.addRef();
                        n++;
                    } else if (HResult.of(0).equals(c.queryInterface(SpoolerAdapter.IID_IUNKNOWN))) {
                        n++;
                    } else {
                        refused.incrementAndGet();
                    }
                }
                added.addAndGet(n);
            });
        }
        long t0 = System.nanoTime();
        String what = byQuery == null ? "AddRef" : "AddRef and QueryInterface(IUnknown)";
        stage.call(actor, what + " from each of " + threads + " threads for " + millis + " ms", null, () -> {
            AllAtOnce.run("AddRef", parties, millis + Timeouts.call().toMillis(), () -> stage.history().dump());
            return null;
        });
        addingNanos = System.nanoTime() - t0;
        addedAtOnce = added.get();
        assertThat(refused.get()).as("QueryInterface(IUnknown) calls refused on an open channel's pointer").isZero();
    }

    @When("^\"([^\"]+)\" releases its channel as many times, from (\\d+) threads at once$")
    public void releasesAtOnce(String actor, int threads) {
        ChannelClient c = stage.actor(actor).own();
        List<AllAtOnce.Party> parties = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long share = addedAtOnce / threads + (t < addedAtOnce % threads ? 1 : 0);
            parties.add(() -> {
                for (long i = 0; i < share; i++) {
                    c.release();
                }
            });
        }
        long budget = 2 * Duration.ofNanos(addingNanos).toMillis() + Timeouts.call().toMillis();
        stage.call(actor, "Release " + addedAtOnce + " times from " + threads + " threads", null, () -> {
            AllAtOnce.run("Release", parties, budget, () -> stage.history().dump());
            return null;
        });
    }

    @When("^\"([^\"]+)\" releases its channel$")
    public void release(String actor) {
        releaseOn(actor, stage.actor(actor).own());
    }

    @When("^\"([^\"]+)\" releases the channel it was given$")
    public void releaseGiven(String actor) {
        releaseOn(actor, stage.actor(actor).lastGiven());
    }

    @When("^\"([^\"]+)\" queries (its channel|the channel it was given) for (IUnknown|IPrintAsyncNotifyChannel|IPrintAsyncNotifyCallback)$")
    public void query(String actor, String which, String iface) {
        UUID iid = switch (iface) {
            case "IUnknown" -> SpoolerAdapter.IID_IUNKNOWN;
            case "IPrintAsyncNotifyChannel" -> SpoolerAdapter.IID_IPRINT_ASYNC_NOTIFY_CHANNEL;
            default -> SpoolerAdapter.IID_IPRINT_ASYNC_NOTIFY_CALLBACK;
        };
        ChannelClient c = which.equals("its channel") ? stage.actor(actor).own() : stage.actor(actor).lastGiven();
        stage.call(actor, "QueryInterface(" + iface + ")", null, () -> c.queryInterface(iid));
    }

    private HResult sendOn(String actor, ChannelClient c, NotificationData data) {
        return stage.call(actor, "SendNotification", data.payload(), () -> c.send(data));
    }

    private void closeOn(String actor, ChannelClient c, NotificationData reason) {
        stage.call(actor, "CloseChannel", reason == null ? null : reason.payload(), () -> c.close(reason));
    }

    private void releaseOn(String actor, ChannelClient c) {
        stage.call(actor, "Release", null, () -> {
            c.release();
            return null;
        });
    }

    /** A listener answers with the type of the channel it was handed, which is its opener's type. */
    private NotificationType typeOfGiven(String actor) {
        return typeOf(actor, stage.actor(actor).lastGiven());
    }

    private NotificationType typeOf(String actor, ChannelClient c) {
        String channelId = c.ref().channelId();
        return stage.typeOfChannel(channelId).orElseThrow(() ->
                new IllegalStateException("kit defect: \"" + actor + "\" was handed channel " + channelId + " that no actor opened"));
    }
}
