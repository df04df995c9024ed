package notifytck.steps.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import notifytck.kit.Deadline;
import notifytck.kit.Timeouts;
import notifytck.kit.rpc.RpcStage;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/** RpcServerSubscribeForNotification and RpcServerUnsubscribeForNotification, as the server makes them. */
public class SubscriptionSteps {
    private static final Pattern IOC = Pattern.compile("completion port(?: with bytes (\\d+), key (\\d+) and overlapped (\\d+))?");
    private static final Pattern EVENT = Pattern.compile("event \"([^\"]+)\"");
    private static final Pattern APC = Pattern.compile("APC(?: to thread \"([^\"]+)\")?");
    /** The union passed for another call, reused as it now is (it names an event since the server overwrote it). */
    private static final Pattern SAME_INFO = Pattern.compile("event, with the NotificationInfo it passed for \"([^\"]+)\"");
    /** A NotificationType the enumeration does not define (a DWORD, written unsigned), with a routine in the union. */
    private static final Pattern NUMBERED = Pattern.compile("method number (\\d+), with a callback's NotificationInfo");

    private final RpcStage stage = RpcStage.current();

    @When("^the server (subscribes|has subscribed) for (.+?) (?:on \"([^\"]+)\"(?:( from a worker thread)| from the dispatch thread of \"([^\"]+)\")?|with a NULL binding on (?:the dispatch thread of \"([^\"]+)\"|a worker thread)) by (.+)$")
    public void subscribe(String tense, String bits, String onCall, String fromWorker, String fromDispatchOf, String dispatchOf, String method) {
        String callName = onCall != null ? onCall : dispatchOf;
        CallRef call = callName != null ? stage.call(callName) : stage.call(stage.callNames().get(0));
        ServerThread thread;
        BindingRef binding;
        if (onCall != null) {
            binding = call.binding();
            // The explicit binding names the call, whichever thread the server calls from: its own dispatch
            // thread, a worker, or another call's dispatch thread.
            thread = fromWorker != null ? worker() : fromDispatchOf != null ? stage.call(fromDispatchOf).dispatchThread() : call.dispatchThread();
        } else {
            binding = null;
            thread = dispatchOf != null ? call.dispatchThread() : worker();
        }
        int notification = RpcPhrases.bits(bits);
        int[] type = new int[1];
        NotificationInfo info = info(method, call.id(), type);
        stage.rememberInfo(call.id(), info);
        RpcStatus s = stage.runtimeCall("RpcServerSubscribeForNotification(" + bits + ", " + method + ") for " + call.id(),
                call.binding().handle(), () -> stage.adapter().subscribeForNotification(thread, binding, notification, type[0], info));
        if (s.equals(RpcStatus.RPC_S_OK)) {
            stage.ledger().subscribed(call.id(), notification);
        }
        if (tense.equals("has subscribed") && !s.equals(RpcStatus.RPC_S_OK)) {
            throw new AssertionError("precondition: the subscription returned " + s + "\n" + stage.historyDump());
        }
    }

    @When("^the server subscribes for (call cancel|client disconnect) on each of them by callback, from (\\d+) threads at once$")
    public void subscribeConcurrently(String kind, int threads) {
        int bit = RpcPhrases.bits(kind);
        List<String> names = stage.callNames();
        List<RpcStatus> statuses = atOnce(threads, names, name -> {
            CallRef c = stage.call(name);
            NotificationInfo info = NotificationInfo.callback(stage.routine(c.id()));
            return stage.runtimeCall("RpcServerSubscribeForNotification(" + kind + ") for " + c.id(), c.binding().handle(),
                    () -> stage.adapter().subscribeForNotification(c.dispatchThread(), c.binding(),
                            bit, RpcConstants.RPC_NOTIFICATION_TYPE_CALLBACK, info));
        });
        for (int i = 0; i < names.size(); i++) {
            expectOk("subscribing " + names.get(i), statuses.get(i));
            stage.ledger().subscribed(stage.call(names.get(i)).id(), bit);
        }
    }

    @When("^the server unsubscribes from call cancel on each of them, from (\\d+) threads at once$")
    public void unsubscribeConcurrently(int threads) {
        List<String> names = stage.callNames();
        List<RpcStatus> statuses = atOnce(threads, names, name -> {
            CallRef c = stage.call(name);
            return stage.runtimeCall("RpcServerUnsubscribeForNotification(call cancel) for " + c.id(), c.binding().handle(),
                    () -> stage.adapter().unsubscribeForNotification(c.dispatchThread(), c.binding(),
                            RpcConstants.RPC_NOTIFICATION_CALL_CANCEL).status());
        });
        for (int i = 0; i < names.size(); i++) {
            expectOk("unsubscribing " + names.get(i), statuses.get(i));
            stage.ledger().unsubscribed(stage.call(names.get(i)).id(), RpcConstants.RPC_NOTIFICATION_CALL_CANCEL);
        }
    }

    /** Runs {@code call} for every name on {@code threads} threads released together; statuses in name order. */
    private List<RpcStatus> atOnce(int threads, List<String> names, java.util.function.Function<String, RpcStatus> call) {
        RpcStatus[] statuses = new RpcStatus[names.size()];
        List<notifytck.kit.AllAtOnce.Party> parties = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int at = i;
            parties.add(() -> statuses[at] = call.apply(names.get(at)));
        }
        notifytck.kit.AllAtOnce.run("server thread", threads, parties, Timeouts.call().toMillis() * 2, stage::historyDump);
        return java.util.Arrays.asList(statuses);
    }

    private void expectOk(String what, RpcStatus s) {
        if (!s.equals(RpcStatus.RPC_S_OK)) {
            throw new AssertionError(what + " returned " + s + "\n" + stage.historyDump());
        }
    }

    @When("^the server unsubscribes from (.+?) on \"([^\"]+)\"$")
    public void unsubscribe(String bits, String name) {
        CallRef c = stage.call(name);
        int notification = RpcPhrases.bits(bits);
        RpcServerAdapter.Unsubscription[] out = new RpcServerAdapter.Unsubscription[1];
        RpcStatus s = stage.runtimeCall("RpcServerUnsubscribeForNotification(" + bits + ") for " + c.id(), c.binding().handle(), () -> {
            out[0] = stage.adapter().unsubscribeForNotification(c.dispatchThread(), c.binding(), notification);
            return out[0] == null ? null : out[0].status();
        });
        if (s.equals(RpcStatus.RPC_S_OK)) {
            stage.ledger().unsubscribed(c.id(), notification);
        }
        lastUnsubscribed = new Unsubscribed(c.id(), notification, out[0] == null ? -1 : out[0].notificationsQueued());
    }

    /** The last unsubscribe of this scenario: the call, the kind, and the NotificationsQueued it reported. */
    private record Unsubscribed(String call, int kind, int queued) {}

    private Unsubscribed lastUnsubscribed;

    /**
     * NotificationsQueued (REQ-RPC-NOTIFY-026): "queued for the call" read as the kind's or every
     * kind's. The scenario has let everything due arrive before it unsubscribed, so the count is
     * what the server received, and the history says how many that was.
     */
    @Then("^the unsubscribe reported as many notifications queued as \"([^\"]+)\" received of that kind, or of every kind$")
    public void queuedAsReceived(String name) {
        assertThat(lastUnsubscribed).as("an unsubscribe in this scenario").isNotNull();
        assertThat(lastUnsubscribed.call()).as("the call the last unsubscribe was for").isEqualTo(stage.call(name).id());
        stage.settle();
        int event = lastUnsubscribed.kind() == RpcConstants.RPC_NOTIFICATION_CALL_CANCEL ? RpcConstants.RPC_CLIENT_CANCEL : RpcConstants.RPC_CLIENT_DISCONNECT;
        java.util.List<notifytck.kit.History.Recorded<notifytck.kit.rpc.RpcRecord>> all = stage.deliveredFor(lastUnsubscribed.call());
        long ofKind = all.stream().filter(r -> r.event().event() == event).count();
        assertThat(java.util.List.of(ofKind, (long) all.size())).as("NotificationsQueued the unsubscribe reported: %d; notifications %s received"
                + " of that kind, and of every kind\n%s", lastUnsubscribed.queued(), name, stage.historyDump()).contains((long) lastUnsubscribed.queued());
    }

    @When("^the server overwrites the NotificationInfo it passed with event \"([^\"]+)\"$")
    public void overwrite(String event) {
        String call = stage.call(stage.callNames().get(0)).id();
        stage.lastInfo(call).overwriteWith(NotificationInfo.event(stage.event(event, call)));
    }

    @When("^the server frees the NotificationInfo it passed$")
    public void free() {
        stage.lastInfo(stage.call(stage.callNames().get(0)).id()).clear();
    }

    /** A server thread the control made; a control that hands back none cannot stand for "another thread" (PIT found the kit never looked). */
    private ServerThread worker() {
        ServerThread t = Deadline.call("RpcControl.workerThread", () -> stage.control().workerThread());
        if (t == null) {
            throw new AssertionError("RpcControl.workerThread() returned no thread");
        }
        return t;
    }

    /** The NotificationInfo for a method phrase, and the RPC_NOTIFICATION_TYPES value it stands for. */
    private NotificationInfo info(String method, String call, int[] type) {
        Matcher m;
        if (method.equals("callback")) {
            type[0] = RpcConstants.RPC_NOTIFICATION_TYPE_CALLBACK;
            return NotificationInfo.callback(stage.routine(call));
        }
        if (method.equals("no method")) {
            type[0] = RpcConstants.RPC_NOTIFICATION_TYPE_NONE;
            return new NotificationInfo();
        }
        if ((m = NUMBERED.matcher(method)).matches()) {
            type[0] = Integer.parseUnsignedInt(m.group(1));
            return NotificationInfo.callback(stage.routine(call));
        }
        if ((m = SAME_INFO.matcher(method)).matches()) {
            type[0] = RpcConstants.RPC_NOTIFICATION_TYPE_EVENT;
            return stage.lastInfo(stage.call(m.group(1)).id());
        }
        if ((m = EVENT.matcher(method)).matches()) {
            type[0] = RpcConstants.RPC_NOTIFICATION_TYPE_EVENT;
            return NotificationInfo.event(stage.event(m.group(1), call));
        }
        if ((m = APC.matcher(method)).matches()) {
            type[0] = RpcConstants.RPC_NOTIFICATION_TYPE_APC;
            return NotificationInfo.apc(stage.apc(call), new ServerThread(m.group(1) == null ? "alertable" : m.group(1)));
        }
        if ((m = IOC.matcher(method)).matches()) {
            type[0] = RpcConstants.RPC_NOTIFICATION_TYPE_IOC;
            // dwNumberOfBytesTransferred is a DWORD, the key and the OVERLAPPED* pointer-sized: written unsigned.
            int bytes = m.group(1) == null ? 0 : Integer.parseUnsignedInt(m.group(1));
            long key = m.group(2) == null ? 0 : Long.parseUnsignedLong(m.group(2));
            long overlapped = m.group(3) == null ? 0 : Long.parseUnsignedLong(m.group(3));
            return NotificationInfo.ioc(stage.port(call), bytes, key, overlapped);
        }
        throw new IllegalArgumentException("unknown notification method words: \"" + method + "\"");
    }
}
