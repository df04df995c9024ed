package notifytck.steps.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import notifytck.kit.AllAtOnce;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.kit.Timeouts;
import notifytck.kit.rpc.RpcRecord;
import notifytck.kit.rpc.RpcStage;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcStatus;

/**
 * Two server threads subscribing at the same moment, each on a call of its own and each for the
 * other kind: second parties that differ in a value. Each subscription must cover its own call and
 * its own kind, whatever the other thread is doing. Made again on two calls of their own each round;
 * the two are released by a spin ({@link AllAtOnce#runSpinStarted}), since what two subscriptions
 * could share in a runtime is touched for a few statements only.
 */
public class SubscribeRaceSteps {
    private final RpcStage stage = RpcStage.current();
    /** Each round's two calls and the event of the kind subscribed on each, in the order the rounds ran. */
    private final Map<CallRef, Integer> subscribed = new LinkedHashMap<>();

    @When("^(\\d+) times in turn, two calls start and the server subscribes on both at the same moment by callback, "
            + "for call cancel on the first and client disconnect on the second; then the client cancels and disconnects from both$")
    public void subscribeAtOnce(int rounds) {
        for (int n = 1; n <= rounds; n++) {
            CallRef first = Deadline.call("RpcControl.startCall", () -> stage.control().startCall(false));
            CallRef second = Deadline.call("RpcControl.startCall", () -> stage.control().startCall(false));
            RpcStatus[] s = new RpcStatus[2];
            AllAtOnce.runSpinStarted("subscriber of round " + n, List.of(
                    () -> s[0] = subscribe(first, RpcConstants.RPC_NOTIFICATION_CALL_CANCEL),
                    () -> s[1] = subscribe(second, RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT)),
                    Timeouts.call().toMillis(), stage::historyDump);
            assertThat(s).as("round %d's two subscriptions", n).containsOnly(RpcStatus.RPC_S_OK);
            subscribed.put(first, RpcConstants.RPC_CLIENT_CANCEL);
            subscribed.put(second, RpcConstants.RPC_CLIENT_DISCONNECT);
            for (CallRef c : List.of(first, second)) {
                Deadline.call("RpcControl.clientCancels and clientDisconnects " + c.id(), () -> {
                    stage.control().clientCancels(c);
                    stage.control().clientDisconnects(c);
                    return null;
                });
            }
        }
    }

    private RpcStatus subscribe(CallRef c, int kind) {
        return stage.adapter().subscribeForNotification(c.dispatchThread(), c.binding(), kind, RpcConstants.RPC_NOTIFICATION_TYPE_CALLBACK,
                NotificationInfo.callback(stage.routine(c.id())));
    }

    @Then("^each of those calls was notified once, by callback with its binding handle, of the kind subscribed on it and of nothing else$")
    public void eachItsOwnKind() {
        assertThat(subscribed).as("kit defect: no calls were made").isNotEmpty();
        stage.settle();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<CallRef, Integer> e : subscribed.entrySet()) {
            CallRef c = e.getKey();
            List<RpcRecord> got = stage.deliveredFor(c.id()).stream().map(History.Recorded::event).toList();
            boolean right = got.size() == 1 && got.get(0).kind() == RpcRecord.Kind.CALLBACK && got.get(0).event() == e.getValue()
                    && c.binding().handle().equals(got.get(0).detail());
            if (!right) {
                wrong.add(c.id() + " (subscribed for " + (e.getValue() == RpcConstants.RPC_CLIENT_CANCEL ? "call cancel" : "client disconnect")
                        + "): received " + got);
            }
        }
        assertThat(wrong).as("calls, of %d, not told exactly their own kind once", subscribed.size()).isEmpty();
        // The server's obligation before it ends a call (REQ-RPC-NOTIFY-011): unsubscribe, then complete.
        for (Map.Entry<CallRef, Integer> e : subscribed.entrySet()) {
            CallRef c = e.getKey();
            int kind = e.getValue() == RpcConstants.RPC_CLIENT_CANCEL ? RpcConstants.RPC_NOTIFICATION_CALL_CANCEL
                    : RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT;
            Deadline.call("RpcServerUnsubscribeForNotification and RpcControl.completeCall for " + c.id(), () -> {
                RpcStatus s = stage.adapter().unsubscribeForNotification(c.dispatchThread(), c.binding(), kind).status();
                if (!RpcStatus.RPC_S_OK.equals(s)) {
                    throw new AssertionError("unsubscribing " + c.id() + " from the kind it holds returned " + s);
                }
                stage.control().completeCall(c);
                return null;
            });
        }
    }
}
