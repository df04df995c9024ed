package notifytck.steps.spooler;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import notifytck.kit.History.Recorded;
import notifytck.kit.spooler.SpoolerEvent;
import notifytck.kit.spooler.SpoolerEvent.Kind;
import notifytck.kit.spooler.SpoolerStage;

/**
 * What callbacks received, judged on the recorded history: the exact sequence (so a duplicate, a
 * loss, a reordering or a late extra fails), the closed event and nothing after it, and threads.
 */
public class ReceiptSteps {
    private final SpoolerStage stage = SpoolerStage.current();

    @Then("^\"([^\"]+)\" receives exactly (\".*)$")
    public void receivesExactly(String actor, String list) {
        exactly(actor, notifytck.steps.Quoted.list(list));
    }

    @Then("^\"([^\"]+)\" receives the numbered notifications \"([^\"]+)\" to \"([^\"]+)\" in that order$")
    public void receivesNumbered(String actor, String from, String to) {
        exactly(actor, Phrases.numbered(from, to));
    }

    @Then("^\"([^\"]+)\" receives nothing$")
    public void receivesNothing(String actor) {
        stage.settle();
        assertThat(stage.received(actor)).as("what \"%s\" received\n%s", actor, stage.history().dump()).isEmpty();
    }

    @Then("^\"([^\"]+)\" is told the channel closed (?:with reason \"([^\"]*)\"|without a reason)$")
    public void toldClosed(String actor, String reason) {
        stage.eventually("\"" + actor + "\" to be told the channel closed", () -> !stage.events(actor, Kind.CLOSED).isEmpty());
        toldOnce(actor, reason);
    }

    /** Where the documents leave it open whether a party is told at all: if it is, it is told right. */
    @Then("^\"([^\"]+)\" is told the channel closed (?:with reason \"([^\"]*)\"|without a reason), or is not told at all$")
    public void toldClosedIfAtAll(String actor, String reason) {
        stage.settle();
        if (!stage.events(actor, Kind.CLOSED).isEmpty()) {
            toldOnce(actor, reason);
        }
    }

    private void toldOnce(String actor, String reason) {
        List<Recorded<SpoolerEvent>> closed = stage.events(actor, Kind.CLOSED);
        String dump = stage.history().dump();
        assertThat(closed).as("ChannelClosed events at \"%s\" (exactly one expected)\n%s", actor, dump).hasSize(1);
        assertThat(closed.get(0).event().payload()).as("the reason \"%s\" was told\n%s", actor, dump).isEqualTo(reason);
        pointerToldWithClose(actor, closed.get(0).event().ref(), dump);
        long closedAt = closed.get(0).seq();
        List<String> after = stage.events(actor, Kind.NOTIFIED).stream().filter(r -> r.seq() > closedAt)
                .map(r -> r.event().payload()).collect(Collectors.toList());
        assertThat(after).as("notifications \"%s\" received after ChannelClosed\n%s", actor, dump).isEmpty();
        List<String> unfinished = stage.events(actor, Kind.NOTIFIED).stream().filter(r -> r.seq() < closedAt)
                .filter(r -> stage.events(actor, Kind.NOTIFY_RETURNED).stream()
                        .noneMatch(ret -> ret.seq() > r.seq() && ret.seq() < closedAt && ret.event().payload().equals(r.event().payload())))
                .map(r -> r.event().payload()).collect(Collectors.toList());
        assertThat(unfinished).as("OnEventNotify calls at \"%s\" still running when ChannelClosed began\n%s", actor, dump).isEmpty();
    }

    /**
     * ChannelClosed's first argument is the channel that closed, as the told party knows it
     * (REQ-SPOOL-CHAN-018's reading): the opener its own pointer, a listener that was handed a
     * pointer with its notifications one of those pointers (the same channel through another
     * party's pointer is not the listener's). A unidirectional listener, handed none, is not
     * judged on it.
     */
    private void pointerToldWithClose(String actor, notifytck.spi.spooler.ChannelRef told, String dump) {
        Set<notifytck.spi.spooler.ChannelRef> pointers = stage.events(actor, Kind.NOTIFIED).stream().map(r -> r.event().ref())
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Set<String> handed = pointers.stream().map(notifytck.spi.spooler.ChannelRef::channelId).collect(Collectors.toSet());
        boolean opener = stage.actor(actor).hasOwn();
        if (!opener && handed.isEmpty()) {
            return;
        }
        assertThat(told).as("the channel pointer passed to \"%s\"'s ChannelClosed\n%s", actor, dump).isNotNull();
        // The opener of this very channel is told with its own pointer, even when answers came to it on that channel.
        if (opener && (told.channelId().equals(stage.actor(actor).own().ref().channelId()) || !handed.contains(told.channelId()))) {
            assertThat(told.handle()).as("the pointer passed to \"%s\"'s ChannelClosed is the one it opened\n%s", actor, dump)
                    .isEqualTo(stage.actor(actor).own().ref().handle());
        } else {
            assertThat(handed).as("the channel named in \"%s\"'s ChannelClosed is one it was handed\n%s", actor, dump)
                    .contains(told.channelId());
            // Its own pointer to it, not another party's to the same channel (the opener's, say): the
            // listener may compare it with the one it holds, or Release through it.
            assertThat(pointers).as("the pointer passed to \"%s\"'s ChannelClosed is one it was handed with a notification\n%s", actor, dump)
                    .contains(told);
        }
    }

    @Then("^\"([^\"]+)\" receives \"([^\"]*)\" and \"([^\"]*)\" on different channels$")
    public void onDifferentChannels(String actor, String first, String second) {
        exactly(actor, List.of(first, second));
        List<Recorded<SpoolerEvent>> got = stage.events(actor, Kind.NOTIFIED);
        String dump = stage.history().dump();
        assertThat(got).allSatisfy(r -> assertThat(r.event().ref()).as("channel handed with \"%s\"\n%s", r.event().payload(), dump).isNotNull());
        assertThat(got.get(0).event().ref().channelId()).as("the channels handed with \"%s\" and \"%s\"\n%s", first, second, dump)
                .isNotEqualTo(got.get(1).event().ref().channelId());
    }

    /** One callback object registered twice is two listeners: each registration is handed the notification, with a pointer of its own. */
    @Then("^\"([^\"]+)\" receives \"([^\"]*)\" twice, through two different pointers$")
    public void twiceThroughTwoPointers(String actor, String payload) {
        stage.eventually("\"" + actor + "\" to receive \"" + payload + "\" twice",
                () -> stage.received(actor).stream().filter(payload::equals).count() >= 2);
        stage.settle();
        String dump = stage.history().dump();
        List<Recorded<SpoolerEvent>> got = stage.events(actor, Kind.NOTIFIED);
        assertThat(got).as("what \"%s\" received\n%s", actor, dump).extracting(r -> r.event().payload()).containsExactly(payload, payload);
        assertThat(got).allSatisfy(r -> assertThat(r.event().ref()).as("a pointer handed with \"%s\"\n%s", payload, dump).isNotNull());
        assertThat(got.get(0).event().ref()).as("the two pointers handed to \"%s\"\n%s", actor, dump).isNotEqualTo(got.get(1).event().ref());
        assertThat(got.get(0).event().ref().channelId()).as("the channel behind both pointers handed to \"%s\"\n%s", actor, dump)
                .isEqualTo(got.get(1).event().ref().channelId());
    }

    /** The party that closed through one of its pointers is told through another: the pointer it closed through is the closer's. */
    @Then("^\"([^\"]+)\" was told through the other pointer, not the one it closed$")
    public void toldThroughTheOtherPointer(String actor) {
        List<Recorded<SpoolerEvent>> closed = stage.events(actor, Kind.CLOSED);
        assertThat(closed).as("ChannelClosed events at \"%s\"\n%s", actor, stage.history().dump()).hasSize(1);
        assertThat(closed.get(0).event().ref()).as("the pointer \"%s\" was told through; it closed through the last one it was handed\n%s", actor,
                stage.history().dump()).isNotEqualTo(stage.actor(actor).lastGiven().ref());
    }

    @Then("^\"([^\"]+)\" is not told the channel closed$")
    public void notToldClosed(String actor) {
        stage.settle();
        assertThat(stage.events(actor, Kind.CLOSED)).as("ChannelClosed events at \"%s\", which closed the channel itself\n%s",
                actor, stage.history().dump()).isEmpty();
    }

    @Then("^\"([^\"]+)\" is given (a|no) channel to answer on$")
    public void givenChannel(String actor, String which) {
        stage.settle();
        List<Recorded<SpoolerEvent>> got = stage.events(actor, Kind.NOTIFIED);
        String dump = stage.history().dump();
        assertThat(got).as("notifications at \"%s\"\n%s", actor, dump).isNotEmpty();
        for (Recorded<SpoolerEvent> r : got) {
            if (which.equals("no")) {
                assertThat(r.event().ref()).as("channel handed with \"%s\" (unidirectional: none)\n%s", r.event().payload(), dump).isNull();
            } else {
                assertThat(r.event().ref()).as("channel handed with \"%s\"\n%s", r.event().payload(), dump).isNotNull();
                assertThat(stage.typeOfChannel(r.event().ref().channelId()))
                        .as("the channel handed with \"%s\" is the one its opener opened\n%s", r.event().payload(), dump).isPresent();
            }
        }
    }

    @Then("^\"([^\"]+)\" is handed its own channel pointer with each answer$")
    public void ownPointer(String actor) {
        stage.settle();
        String own = stage.actor(actor).own().ref().handle();
        List<Recorded<SpoolerEvent>> got = stage.events(actor, Kind.NOTIFIED);
        assertThat(got).isNotEmpty();
        for (Recorded<SpoolerEvent> r : got) {
            assertThat(r.event().ref()).as("pointer handed to the opener with the answer \"%s\"", r.event().payload()).isNotNull();
            assertThat(r.event().ref().handle()).as("pointer handed to the opener with \"%s\"", r.event().payload()).isEqualTo(own);
        }
    }

    @Then("^no callback ran on a thread that called the spooler$")
    public void callbacksOnOtherThreads() {
        stage.settle();
        List<Recorded<SpoolerEvent>> all = stage.all();
        Set<String> callers = all.stream().filter(r -> r.event().kind() == Kind.CALL_RETURNED)
                .map(Recorded::thread).collect(Collectors.toSet());
        List<Recorded<SpoolerEvent>> onCallerThreads = all.stream()
                .filter(r -> r.event().kind() == Kind.NOTIFIED || r.event().kind() == Kind.CLOSED)
                .filter(r -> callers.contains(r.thread())).collect(Collectors.toList());
        assertThat(all.stream().anyMatch(r -> r.event().kind() == Kind.NOTIFIED)).as("some callback ran").isTrue();
        assertThat(onCallerThreads).as("callbacks that ran on a thread that made a spooler call\n%s", stage.history().dump()).isEmpty();
    }

    @Then("^the send returned while \"([^\"]+)\" was still busy with \"([^\"]*)\"$")
    public void sendReturnedWhileBusy(String actor, String payload) {
        List<Recorded<SpoolerEvent>> all = stage.all();
        Recorded<SpoolerEvent> lastSend = null;
        for (Recorded<SpoolerEvent> r : all) {
            if (r.event().kind() == Kind.CALL_RETURNED && "SendNotification".equals(r.event().call())) {
                lastSend = r;
            }
        }
        String dump = stage.history().dump();
        assertThat(lastSend).as("a SendNotification returned\n%s", dump).isNotNull();
        long sentAt = lastSend.seq();
        assertThat(all).as("\"%s\" entered OnEventNotify for \"%s\" before the send returned\n%s", actor, payload, dump)
                .anyMatch(r -> is(r, actor, Kind.NOTIFIED, payload) && r.seq() < sentAt);
        assertThat(all).as("\"%s\" had not returned from \"%s\" when the send returned\n%s", actor, payload, dump)
                .noneMatch(r -> is(r, actor, Kind.NOTIFY_RETURNED, payload) && r.seq() < sentAt);
    }

    private static boolean is(Recorded<SpoolerEvent> r, String actor, Kind kind, String payload) {
        return r.event().kind() == kind && r.event().actor().equals(actor) && payload.equals(r.event().payload());
    }

    private void exactly(String actor, List<String> expected) {
        stage.eventually("\"" + actor + "\" to receive " + expected, () -> stage.received(actor).size() >= expected.size());
        assertThat(stage.received(actor)).as("what \"%s\" received, in order\n%s", actor, stage.history().dump())
                .containsExactlyElementsOf(expected);
    }
}
