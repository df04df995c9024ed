package notifytck.steps.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.util.List;
import notifytck.kit.History.Recorded;
import notifytck.kit.rpc.RpcRecord;
import notifytck.kit.rpc.RpcStage;
import notifytck.spi.rpc.CallRef;

/** What reached the server's notification targets, judged on the history: kind, type, handle, count. */
public class DeliverySteps {
    private final RpcStage stage = RpcStage.current();

    @Then("^\"([^\"]+)\" has been notified of nothing$")
    public void nothing(String name) {
        stage.settle();
        assertThat(stage.deliveredFor(stage.call(name).id())).as("notifications for %s\n%s", name, stage.historyDump()).isEmpty();
    }

    @Then("^\"([^\"]+)\" has been notified of (RpcClient\\w+) by callback with its (binding|async) handle$")
    public void byCallback(String name, String event, String which) {
        CallRef c = stage.call(name);
        Recorded<RpcRecord> only = exactlyOne(name);
        String expectedHandle = which.equals("binding") ? c.binding().handle() : c.async().handle();
        assertThat(only.event().kind()).as("how %s was notified", name).isEqualTo(RpcRecord.Kind.CALLBACK);
        assertThat(only.event().event()).as("the callback's Event parameter").isEqualTo(RpcPhrases.event(event));
        assertThat(only.event().detail()).as("the handle the routine was given (%s handle of %s)", which, name).isEqualTo(expectedHandle);
    }

    @Then("^\"([^\"]+)\" has been notified of (RpcClient\\w+) then (RpcClient\\w+) by (APC|callback)$")
    public void twoInOrder(String name, String first, String second, String method) {
        List<Recorded<RpcRecord>> got = atLeast(name, 2);
        RpcRecord.Kind kind = method.equals("APC") ? RpcRecord.Kind.APC : RpcRecord.Kind.CALLBACK;
        assertThat(got).as("notifications for %s\n%s", name, stage.historyDump()).hasSize(2);
        assertThat(got).allSatisfy(r -> assertThat(r.event().kind()).isEqualTo(kind));
        assertThat(got.stream().map(r -> r.event().event()).toList()).as("Event parameters, in order")
                .containsExactly(RpcPhrases.event(first), RpcPhrases.event(second));
    }

    /** The document promises each subscribed notification, not the order of a cancel and a disconnect of one call. */
    @Then("^\"([^\"]+)\" has been notified of (RpcClient\\w+) and (RpcClient\\w+), in either order, by (APC|callback)$")
    public void twoInAnyOrder(String name, String first, String second, String method) {
        List<Recorded<RpcRecord>> got = atLeast(name, 2);
        RpcRecord.Kind kind = method.equals("APC") ? RpcRecord.Kind.APC : RpcRecord.Kind.CALLBACK;
        assertThat(got).as("notifications for %s\n%s", name, stage.historyDump()).hasSize(2);
        assertThat(got).allSatisfy(r -> assertThat(r.event().kind()).isEqualTo(kind));
        assertThat(got.stream().map(r -> r.event().event()).toList()).as("Event parameters, in any order")
                .containsExactlyInAnyOrder(RpcPhrases.event(first), RpcPhrases.event(second));
    }

    /** A notification the document neither promises nor forbids, limited only by "no more than once per call". */
    @Then("^\"([^\"]+)\" has been notified of (RpcClient\\w+) by callback at most once, and of nothing else$")
    public void atMostOnce(String name, String event) {
        stage.settle();
        List<Recorded<RpcRecord>> got = stage.deliveredFor(stage.call(name).id());
        assertThat(got).as("notifications for %s (at most one)\n%s", name, stage.historyDump()).hasSizeLessThanOrEqualTo(1);
        got.forEach(r -> {
            assertThat(r.event().kind()).as("how %s was notified", name).isEqualTo(RpcRecord.Kind.CALLBACK);
            assertThat(r.event().event()).as("the callback's Event parameter").isEqualTo(RpcPhrases.event(event));
        });
    }

    /** The completion port carries no type; whether it gets one packet per kind, or one in all, the document leaves open. */
    @Then("^\"([^\"]+)\" has been notified of one or two completion packets$")
    public void oneOrTwoPackets(String name) {
        List<Recorded<RpcRecord>> got = atLeast(name, 1);
        assertThat(got).as("notifications for %s\n%s", name, stage.historyDump()).hasSizeBetween(1, 2)
                .allSatisfy(r -> assertThat(r.event().kind()).isEqualTo(RpcRecord.Kind.PACKET));
    }

    @Then("^\"([^\"]+)\" has been notified of two completion packets$")
    public void twoPackets(String name) {
        List<Recorded<RpcRecord>> got = atLeast(name, 2);
        assertThat(got).as("notifications for %s\n%s", name, stage.historyDump()).hasSize(2)
                .allSatisfy(r -> assertThat(r.event().kind()).isEqualTo(RpcRecord.Kind.PACKET));
    }

    @Then("^\"([^\"]+)\" has been notified of (RpcClient\\w+) by APC on thread \"([^\"]+)\"$")
    public void byApc(String name, String event, String thread) {
        Recorded<RpcRecord> only = exactlyOne(name);
        assertThat(only.event().kind()).as("how %s was notified", name).isEqualTo(RpcRecord.Kind.APC);
        assertThat(only.event().event()).as("the APC's Event parameter").isEqualTo(RpcPhrases.event(event));
        assertThat(only.event().detail()).as("the thread the APC ran on").isEqualTo(thread);
    }

    @Then("^\"([^\"]+)\" has been notified of one completion packet with bytes (\\d+), key (\\d+) and overlapped (\\d+)$")
    public void onePacket(String name, String bytes, String key, String overlapped) {
        Recorded<RpcRecord> only = exactlyOne(name);
        assertThat(only.event().kind()).as("how %s was notified", name).isEqualTo(RpcRecord.Kind.PACKET);
        assertThat(only.event().detail()).as("the packet").isEqualTo("bytes " + Integer.toUnsignedString(Integer.parseUnsignedInt(bytes))
                + ", key " + Long.toUnsignedString(Long.parseUnsignedLong(key)) + ", overlapped " + Long.toUnsignedString(Long.parseUnsignedLong(overlapped)));
    }

    @Then("^event \"([^\"]+)\" has been signalled once$")
    public void signalledOnce(String event) {
        stage.eventually("event \"" + event + "\" to be set", () -> !stage.setsOf(event).isEmpty());
        assertThat(stage.setsOf(event)).as("times event \"%s\" was set\n%s", event, stage.historyDump()).hasSize(1);
    }

    /** After a second subscription to a held kind, which the document leaves open: either target, once in all. */
    @Then("^the cancel of \"([^\"]+)\" has been told once in all, by the callback or by event \"([^\"]+)\"$")
    public void toldOnceEitherWay(String name, String event) {
        stage.eventually("the cancel of " + name + " to be told", () -> !stage.deliveredFor(stage.call(name).id()).isEmpty()
                || !stage.setsOf(event).isEmpty());
        stage.settle();
        List<Recorded<RpcRecord>> callbacks = stage.deliveredFor(stage.call(name).id()).stream()
                .filter(r -> r.event().kind() == RpcRecord.Kind.CALLBACK).toList();
        int sets = stage.setsOf(event).size();
        if (stage.lastStatus().equals(notifytck.spi.rpc.RpcStatus.RPC_S_ALREADY_REGISTERED)) {
            // Refused: the second subscription subscribed nothing, so its event stays quiet.
            assertThat(sets).as("times event \"%s\" was set after its subscription was refused\n%s", event, stage.historyDump()).isZero();
        }
        assertThat(callbacks.size() + sets).as("callbacks (%d) plus times event \"%s\" was set (%d): one notification per call and kind\n%s",
                callbacks.size(), event, sets, stage.historyDump()).isEqualTo(1);
        callbacks.forEach(r -> assertThat(r.event().event()).as("the callback's Event parameter").isEqualTo(RpcPhrases.event("RpcClientCancel")));
    }

    /** Either target may carry it (REQ-RPC-NOTIFY-025's reading), but it must be carried once: neither dropped nor doubled. */
    @Then("^the cancel of \"([^\"]+)\" has been told once in all, by APC or by callback$")
    public void toldOnceByApcOrCallback(String name) {
        stage.settle();
        List<Recorded<RpcRecord>> got = atLeast(name, 1);
        assertThat(got).as("notifications for %s: one cancel, by the APC or by the callback\n%s", name, stage.historyDump()).hasSize(1);
        assertThat(got.get(0).event().kind()).as("how %s was notified", name).isIn(RpcRecord.Kind.APC, RpcRecord.Kind.CALLBACK);
        assertThat(got.get(0).event().event()).as("the notification's Event parameter").isEqualTo(RpcPhrases.event("RpcClientCancel"));
    }

    /**
     * A thread runs one APC at a time: while the held routine is still busy with the first call's
     * notification, nothing reaches the second call through that thread. Watched for the quiet window
     * (the routine is held, so the implementation cannot be quiesced meanwhile).
     */
    @Then("^\"([^\"]+)\" is not notified while the server's routine is busy with \"([^\"]+)\"$")
    public void notWhileBusy(String name, String busyWith) {
        staysAt(name, 0, "nothing for " + name + " while the routine is busy with " + busyWith);
        stage.awaitRoutineBusyWith(busyWith);
    }

    /**
     * The same for a call's second notification to the thread: while the held routine is busy with
     * the call's first, nothing more of that call starts (watched for the quiet window).
     */
    @Then("^\"([^\"]+)\" is notified of nothing more while the server's routine is busy with it$")
    public void nothingMoreWhileBusy(String name) {
        // Counted when the routine was last seen busy with the call, before anything more happened to it.
        Integer running = stage.deliveredWhenBusy(name);
        if (running == null) {
            throw new IllegalStateException("the scenario must first wait until the server's routine is busy with a notification for " + name);
        }
        staysAt(name, running, "nothing more for " + name + " while the routine is busy with its first notification");
        stage.awaitRoutineBusyWith(name);
    }

    /**
     * The call's notifications stay at {@code count} for the quiet window: the routine is held, so
     * the implementation cannot be quiesced meanwhile.
     */
    private void staysAt(String name, int count, String what) {
        String id = stage.call(name).id();
        java.time.Duration quiet = notifytck.kit.Timeouts.quietWindow();
        org.awaitility.Awaitility.await(what).during(quiet).atMost(quiet.plusSeconds(2)).pollInterval(java.time.Duration.ofMillis(5))
                .until(() -> stage.deliveredFor(id).size() == count);
    }

    /** Accepted, the subscription holds the kind it was free to take; refused (1711), it took nothing at all. */
    @Then("^\"([^\"]+)\" has been notified of (RpcClient\\w+) by callback once if that subscription was accepted, and of nothing if it was refused$")
    public void byCallbackIfAccepted(String name, String event) {
        boolean refused = stage.lastStatus().equals(notifytck.spi.rpc.RpcStatus.RPC_S_ALREADY_REGISTERED);
        if (refused) {
            stage.settle();
            assertThat(stage.deliveredFor(stage.call(name).id())).as("notifications for %s, whose subscription was refused with 1711\n%s", name,
                    stage.historyDump()).isEmpty();
            return;
        }
        Recorded<RpcRecord> only = exactlyOne(name);
        assertThat(only.event().kind()).as("how %s was notified", name).isEqualTo(RpcRecord.Kind.CALLBACK);
        assertThat(only.event().event()).as("the callback's Event parameter").isEqualTo(RpcPhrases.event(event));
    }

    @Then("^event \"([^\"]+)\" has not been signalled$")
    public void notSignalled(String event) {
        stage.settle();
        assertThat(stage.setsOf(event)).as("times event \"%s\" was set\n%s", event, stage.historyDump()).isEmpty();
    }

    @Then("^each of them has been notified of (RpcClientCancel|RpcClientDisconnect) by callback once, with its own binding handle$")
    public void each(String event) {
        // One wait for all of them, rather than a quiet window per call.
        stage.eventually("every call to be notified", () -> stage.callNames().stream()
                .allMatch(n -> !stage.deliveredFor(stage.call(n).id()).isEmpty()));
        for (String name : stage.callNames()) {
            byCallback(name, event, "binding");
        }
    }

    @Then("^none of them has been notified of anything$")
    public void noneOfThem() {
        stage.settle();
        for (String name : stage.callNames()) {
            assertThat(stage.deliveredFor(stage.call(name).id())).as("notifications for %s\n%s", name, stage.historyDump()).isEmpty();
        }
    }

    @Then("^no notification ran on a thread that called the runtime$")
    public void notOnCallerThreads() {
        stage.settle();
        List<String> callers = stage.callerThreads();
        assertThat(stage.deliveries()).as("notifications delivered").isNotEmpty();
        assertThat(stage.deliveries()).as("notifications that ran on a thread that made a call or action\n%s", stage.historyDump())
                .noneMatch(r -> callers.contains(r.thread()));
    }

    private Recorded<RpcRecord> exactlyOne(String name) {
        List<Recorded<RpcRecord>> got = atLeast(name, 1);
        assertThat(got).as("notifications for %s (exactly one expected)\n%s", name, stage.historyDump()).hasSize(1);
        return got.get(0);
    }

    private List<Recorded<RpcRecord>> atLeast(String name, int n) {
        String id = stage.call(name).id();
        stage.eventually(n + " notification(s) for " + name, () -> stage.deliveredFor(id).size() >= n);
        return stage.deliveredFor(id);
    }
}
