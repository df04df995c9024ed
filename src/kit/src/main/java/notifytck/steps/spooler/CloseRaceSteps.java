package notifytck.steps.spooler;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.kit.AllAtOnce;
import notifytck.kit.Timeouts;
import notifytck.kit.spooler.Actor;
import notifytck.kit.spooler.ChannelClient;
import notifytck.kit.spooler.SpoolerEvent;
import notifytck.kit.spooler.SpoolerStage;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.ConversationStyle;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.NotificationType;
import notifytck.spi.spooler.PrintAsyncNotifyError;
import notifytck.spi.spooler.UserFilter;

/**
 * The opener and a listener closing one channel at the same moment while the opener keeps sending
 * on it: state changing while a close waits. Each send holds the channel while it fans out, so a
 * close may have to wait for it; the close that comes second must still find the channel closed.
 * Made again on a fresh channel each round, since one channel closes once.
 */
public class CloseRaceSteps {
    /** Sends of one round while the closes are under way, at most (held, they queue at the listener). */
    private static final int MAX_SENDS = 40;
    /** Sends once both closes have returned: the channel is closed, whoever closed it. */
    private static final int SENDS_AFTER_CLOSES = 3;
    /** Sends made before the closers go, so that they meet a channel busy fanning out. */
    private static final int SENDS_BEFORE_CLOSING = 2;
    private static final HResult S_OK = HResult.of(0);

    private final SpoolerStage stage = SpoolerStage.current();
    private final List<Round> rounds = new ArrayList<>();

    /**
     * What one round's closes returned, its sends while they were under way and once both had
     * returned, and the channel it was about.
     */
    private record Round(int number, String channelId, HResult openerClose, HResult listenerClose, List<HResult> sendsDuring,
            List<HResult> sendsAfter) {
        String describe() {
            return "round " + number + " (channel " + channelId + "): the opener's close " + openerClose
                    + ", the listener's " + listenerClose + ", the sends meanwhile " + sendsDuring + ", the sends after both " + sendsAfter;
        }
    }

    @When("^(\\d+) times in turn, \"([^\"]+)\" opens a bidirectional channel on \"([^\"]+)\" for \"([^\"]+)\" notifications to all users, "
            + "\"([^\"]+)\" is handed it with a first notification, and both close it at the same moment while \"\\2\" keeps sending on it$")
    public void closeAtOnce(int times, String openerName, String written, String typeName, String listenerName) {
        Actor opener = stage.actor(openerName);
        Actor listener = stage.actor(listenerName);
        NotificationType type = SpoolerStage.type(typeName);
        ChannelRequest request = new ChannelRequest(stage.name(written), type, UserFilter.ALL_USERS,
                ConversationStyle.BIDIRECTIONAL, opener.callback());
        for (int n = 1; n <= times; n++) {
            ChannelCreation c = stage.create(openerName, () -> stage.adapter().createPrintAsyncNotifyChannel(opener.caller(), request));
            assertThat(c.result()).as("precondition: round %d's channel opens", n).isEqualTo(S_OK);
            assertThat(c.channel()).as("precondition: round %d's channel pointer", n).isNotNull();
            stage.opened(opener, c.channel(), type);
            ChannelClient own = opener.own();
            String first = "round " + n;
            HResult sent = stage.call(openerName, "SendNotification", first, () -> own.send(new NotificationData(type, first)));
            assertThat(sent).as("precondition: round %d's first send", n).isEqualTo(S_OK);
            // Waits for the hand-over alone, not for quiet: without quiesce each settle is a quiet window, twenty in a row.
            stage.awaitWhileHeld("\"" + listenerName + "\" to be handed round " + n + "'s channel", () -> stage.received(listenerName).contains(first));
            ChannelClient given = listener.givenWith(first, stage);
            // Every listener that only counts holds a pointer too before the race, so each is a party owed one ChannelClosed.
            String channelId = c.channel().channelId();
            stage.awaitWhileHeld("every listener that only counts to be handed round " + n + "'s channel",
                    () -> stage.countingCallbacks().stream().allMatch(l -> l.notified(channelId) > 0));
            // The winner does not release its pointer afterwards: whether the channel is then freed is judged
            // by REQ-SPOOL-CHAN-023's and 024's other scenarios, and here an implementation that tells a party
            // whose close also succeeded would turn that Release into the kit's own breach (REQ-SPOOL-CHAN-026).
            rounds.add(race(n, opener, listener, own, given, type));
        }
    }

    /**
     * One round's race. Both parties hold their callbacks meanwhile, so the pointer of whichever is
     * told of the close stays valid while it still sends or closes (REQ-SPOOL-CHAN-025); they are let
     * go once the round's calls have all returned.
     */
    private Round race(int n, Actor opener, Actor listener, ChannelClient own, ChannelClient given, NotificationType type) {
        AtomicInteger sendsMade = new AtomicInteger();
        java.util.concurrent.CountDownLatch closesDone = new java.util.concurrent.CountDownLatch(2);
        List<HResult> during = Collections.synchronizedList(new ArrayList<>());
        List<HResult> afterCloses = Collections.synchronizedList(new ArrayList<>());
        HResult[] closes = new HResult[2];
        List<AllAtOnce.Party> parties = List.of(
                () -> {
                    for (int k = 1; k <= MAX_SENDS && closesDone.getCount() > 0; k++) {
                        during.add(own.send(new NotificationData(type, "round " + n + ", send " + k)));
                        sendsMade.incrementAndGet();
                    }
                    // Parks: nothing races here, and a spin would take a core from the closers it waits for.
                    closesDone.await(Timeouts.call().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                    for (int k = 1; k <= SENDS_AFTER_CLOSES; k++) {
                        afterCloses.add(own.send(new NotificationData(type, "round " + n + ", after the closes " + k)));
                    }
                },
                closer(own, closes, 0, sendsMade, closesDone),
                closer(given, closes, 1, sendsMade, closesDone));
        opener.gate().close();
        listener.gate().close();
        java.time.Duration budget = Timeouts.batch(MAX_SENDS + SENDS_AFTER_CLOSES + 2).plus(Timeouts.call());
        try {
            stage.call(opener.name(), "round " + n + ": sends, and CloseChannel by both parties at once", null, () -> {
                AllAtOnce.run("party of round " + n, parties, budget.toMillis(), () -> stage.history().dump());
                return null;
            }, budget.plus(Timeouts.call()));
        } finally {
            opener.gate().open();
            listener.gate().open();
        }
        return new Round(n, own.ref().channelId(), closes[0], closes[1], List.copyOf(during), List.copyOf(afterCloses));
    }

    /** A party that closes through {@code pointer} once the sender is under way, and puts what it got in {@code closes[slot]}. */
    private static AllAtOnce.Party closer(ChannelClient pointer, HResult[] closes, int slot, AtomicInteger sendsMade,
            java.util.concurrent.CountDownLatch closesDone) {
        return () -> {
            awaitUntil(() -> sendsMade.get() >= SENDS_BEFORE_CLOSING);
            try {
                closes[slot] = pointer.close(null);
            } finally {
                closesDone.countDown();
            }
        };
    }

    /**
     * Spins, within a call's deadline: a closer that parked here would wake later than the other one,
     * which is what the race must not give it.
     */
    private static void awaitUntil(java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + Timeouts.call().toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() - until < 0) {
            Thread.onSpinWait();
        }
    }

    @Then("^each time one of the two closes returned S_OK and the other CHANNEL_ALREADY_CLOSED \\(error, 0x80040008\\), "
            + "or the listener CHANNEL_CLOSED_BY_SERVER \\(error, 0x80040001\\)$")
    public void closedOnce() {
        assertThat(rounds).as("kit defect: no round was run").isNotEmpty();
        List<String> wrong = rounds.stream().filter(r -> {
            boolean openerWon = S_OK.equals(r.openerClose());
            boolean listenerWon = S_OK.equals(r.listenerClose());
            // The listener that lost may also be told who closed first: CHANNEL_CLOSED_BY_SERVER ("Notification Errors").
            return openerWon == listenerWon || !(openerWon ? alreadyClosed(r.listenerClose()) || closedByServer(r.listenerClose())
                    : alreadyClosed(r.openerClose()));
        }).map(Round::describe).toList();
        assertThat(wrong).as("rounds of %d in which the two closes did not return one S_OK and one CHANNEL_ALREADY_CLOSED"
                + " (or, for the listener, CHANNEL_CLOSED_BY_SERVER)", rounds.size()).isEmpty();
    }

    @Then("^each time every send made after both closes had returned failed with CHANNEL_ALREADY_CLOSED$")
    public void staysClosed() {
        assertThat(rounds).as("kit defect: no round was run").isNotEmpty();
        List<String> wrong = rounds.stream()
                .filter(r -> r.sendsAfter().size() != SENDS_AFTER_CLOSES || !r.sendsAfter().stream().allMatch(CloseRaceSteps::alreadyClosed))
                .map(Round::describe).toList();
        assertThat(wrong).as("rounds in which a send after both closes did not fail with CHANNEL_ALREADY_CLOSED").isEmpty();
    }

    /**
     * A send while the closes were under way succeeds until the channel closes, and not after: once
     * one has failed as already closed, every later one does too. Any other failure is a reported
     * loss (REQ-SPOOL-OVW-013's reading); another success would hide one.
     */
    @Then("^each time the sends made while the closes were under way returned S_OK or a failure, and none succeeded after one had failed with CHANNEL_ALREADY_CLOSED$")
    public void noSendAfterClosed() {
        assertThat(rounds).as("kit defect: no round was run").isNotEmpty();
        List<String> wrong = rounds.stream().filter(r -> {
            boolean closedSeen = false;
            for (HResult sent : r.sendsDuring()) {
                if (!S_OK.equals(sent) && !sent.failed() || closedSeen && !alreadyClosed(sent)) {
                    return true;
                }
                closedSeen |= alreadyClosed(sent);
            }
            return false;
        }).map(Round::describe).toList();
        assertThat(wrong).as("rounds whose sends returned another success, or went on after CHANNEL_ALREADY_CLOSED").isEmpty();
    }

    /** Every listener handed a pointer is a party, told once whoever closed (REQ-SPOOL-CHAN-018): the second parties many times over. */
    @Then("^each time each of the listeners that only count was told the channel closed once$")
    public void loadToldOnce() {
        assertThat(rounds).as("kit defect: no round was run").isNotEmpty();
        stage.settle();
        var listeners = stage.countingCallbacks();
        assertThat(listeners).as("kit defect: no listener only counts").isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (Round r : rounds) {
            long once = listeners.stream().filter(l -> l.closed(r.channelId()) == 1).count();
            if (once != listeners.size()) {
                wrong.add(r.describe() + "; told once: " + once + " of " + listeners.size() + " listeners that only count");
            }
        }
        assertThat(wrong).as("rounds in which a listener that only counts was not told the close exactly once").isEmpty();
    }

    /** The other side is told, the closer is not (REQ-SPOOL-CHAN-018), whichever party won. */
    @Then("^each time, of \"([^\"]+)\" and \"([^\"]+)\", the one whose close failed was told the channel closed once, and the other was not told$")
    public void toldOnce(String openerName, String listenerName) {
        assertThat(rounds).as("kit defect: no round was run").isNotEmpty();
        stage.settle();
        List<String> wrong = new ArrayList<>();
        for (Round r : rounds) {
            long openerTold = told(openerName, r.channelId());
            long listenerTold = told(listenerName, r.channelId());
            long openerOwed = S_OK.equals(r.openerClose()) ? 0 : 1;
            long listenerOwed = S_OK.equals(r.listenerClose()) ? 0 : 1;
            if (openerTold != openerOwed || listenerTold != listenerOwed) {
                wrong.add(r.describe() + "; \"" + openerName + "\" told " + openerTold + " times, \"" + listenerName + "\" " + listenerTold);
            }
        }
        assertThat(wrong).as("rounds whose ChannelClosed callbacks were not one, to the party that lost the close\n%s",
                stage.history().dump()).isEmpty();
    }

    private long told(String actor, String channelId) {
        return stage.events(actor, SpoolerEvent.Kind.CLOSED).stream()
                .filter(e -> e.event().ref() != null && channelId.equals(e.event().ref().channelId())).count();
    }

    /** As {@link #alreadyClosed}: what a listener may be told instead when the opener closed first (REQ-SPOOL-CHAN-032's reading). */
    private static boolean closedByServer(HResult r) {
        return PrintAsyncNotifyError.CHANNEL_CLOSED_BY_SERVER.is(r, true);
    }

    /** The code part and the error severity; the facility is the implementation's (REQ-SPOOL-CHAN-032's source). */
    private static boolean alreadyClosed(HResult r) {
        return PrintAsyncNotifyError.CHANNEL_ALREADY_CLOSED.is(r, true);
    }
}
