package notifytck.steps.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import notifytck.kit.AllAtOnce;
import notifytck.kit.Deadline;
import notifytck.kit.Timeouts;
import notifytck.kit.rpc.RpcStage;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter.Unsubscription;
import notifytck.spi.rpc.RpcStatus;

/**
 * The client cancelling a call at the moment the server unsubscribes from the cancel: state that
 * changes while the cancel is on its way. Either the cancel was queued before the unsubscription,
 * which then counts it and it arrives, or it was not, and it never arrives. Made again on a call of
 * its own each round; the two are released by a spin ({@link AllAtOnce#runSpinStarted}), since
 * the window a runtime may leave open is a few statements wide.
 */
public class UnsubscribeRaceSteps {
    private final RpcStage stage = RpcStage.current();
    /** Per call, what its unsubscription reported in NotificationsQueued, in the order the rounds ran. */
    private final Map<String, Integer> queued = new LinkedHashMap<>();
    /** The rounds' calls, still in progress until they are judged. */
    private final List<CallRef> calls = new java.util.ArrayList<>();

    @When("^(\\d+) times in turn, a call starts, the server subscribes for call cancel on it by callback, "
            + "and the client cancels it at the moment the server unsubscribes from call cancel$")
    public void cancelWhileUnsubscribing(int rounds) {
        for (int n = 1; n <= rounds; n++) {
            CallRef c = Deadline.call("RpcControl.startCall", () -> stage.control().startCall(false));
            NotificationInfo info = NotificationInfo.callback(stage.routine(c.id()));
            RpcStatus s = stage.runtimeCall("RpcServerSubscribeForNotification(call cancel, callback) for " + c.id(), c.binding().handle(),
                    () -> stage.adapter().subscribeForNotification(c.dispatchThread(), c.binding(), RpcConstants.RPC_NOTIFICATION_CALL_CANCEL,
                            RpcConstants.RPC_NOTIFICATION_TYPE_CALLBACK, info));
            assertThat(s).as("precondition: round %d's subscription", n).isEqualTo(RpcStatus.RPC_S_OK);
            Unsubscription[] u = new Unsubscription[1];
            AllAtOnce.runSpinStarted("party of round " + n, List.of(
                    () -> stage.control().clientCancels(c),
                    () -> u[0] = stage.adapter().unsubscribeForNotification(c.dispatchThread(), c.binding(), RpcConstants.RPC_NOTIFICATION_CALL_CANCEL)),
                    Timeouts.call().toMillis(), stage::historyDump);
            assertThat(u[0]).as("round %d's unsubscription", n).isNotNull();
            assertThat(u[0].status()).as("what round %d's unsubscription of a subscribed kind returned", n).isEqualTo(RpcStatus.RPC_S_OK);
            queued.put(c.id(), u[0].notificationsQueued());
            calls.add(c);
        }
    }

    /** Judged once everything due has arrived: a cancel told after an unsubscription that did not count it is one too many. */
    @Then("^each of those calls received exactly as many cancels as its unsubscription reported queued$")
    public void receivedAsQueued() {
        stage.settle();
        List<String> wrong = new java.util.ArrayList<>();
        for (CallRef c : calls) {
            List<notifytck.kit.History.Recorded<notifytck.kit.rpc.RpcRecord>> got = stage.deliveredFor(c.id());
            int counted = queued.get(c.id());
            if (got.size() != counted) {
                wrong.add(c.id() + ": the unsubscription reported " + counted + " queued, the server received " + got.size());
            }
            // Each notification that did arrive is the cancel, by the callback, with the call's binding handle.
            got.stream().map(notifytck.kit.History.Recorded::event)
                    .filter(r -> r.kind() != notifytck.kit.rpc.RpcRecord.Kind.CALLBACK || r.event() != RpcConstants.RPC_CLIENT_CANCEL
                            || !c.binding().handle().equals(r.detail()))
                    .forEach(r -> wrong.add(c.id() + ": received " + r + ", not RpcClientCancel by callback with its binding handle"));
        }
        assertThat(wrong).as("calls cancelled while the server unsubscribed whose count was not what arrived, of %d", queued.size()).isEmpty();
        // Completed only now: whether a counted notification still arrives after its call completed is not this rule's question.
        for (CallRef c : calls) {
            Deadline.call("RpcControl.completeCall", () -> {
                stage.control().completeCall(c);
                return null;
            });
        }
    }
}
