package notifytck.steps.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import notifytck.kit.Deadline;
import notifytck.kit.rpc.RpcStage;
import java.util.List;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.RpcStatus;

/** Calls in progress and what their clients and the server do to them (SUT control). */
public class CallSteps {
    private final RpcStage stage = RpcStage.current();

    @Given("^an? (synchronous|asynchronous) call \"([^\"]+)\" is in progress$")
    public void callInProgress(String kind, String name) {
        CallRef c = Deadline.call("RpcControl.startCall", () -> stage.control().startCall(kind.equals("asynchronous")));
        assertThat(c.asynchronous()).as("the call %s is %s", name, kind).isEqualTo(kind.equals("asynchronous"));
        stage.call(name, c);
    }

    @Given("^(\\d+) synchronous calls are in progress$")
    public void manyCalls(int n) {
        for (int i = 1; i <= n; i++) {
            callInProgress("synchronous", "call-" + i);
        }
    }

    @When("^the client cancels \"([^\"]+)\"$")
    public void cancels(String name) {
        CallRef c = stage.call(name);
        stage.action("the client cancels " + name, () -> stage.control().clientCancels(c));
    }

    @When("^the client cancels each of them$")
    public void cancelsEach() {
        stage.callNames().forEach(this::cancels);
    }

    /**
     * A second party for each call: {@code threads} client threads each cancel (or disconnect from)
     * every call, in the same order, meeting before each call at a barrier they spin on, so that a
     * call's cancels arrive within a few hundred nanoseconds of each other (threads merely started
     * together drift apart by many calls at once, and then only the first of each call is ever
     * contended). Rounds of 50 calls, each one recorded action whose deadline is the round's budget,
     * so a hang shows within a round.
     */
    @When("^the client (cancels|disconnects from) each of them from (\\d+) threads at once, every thread doing so to every call$")
    public void eachFromThreads(String what, int threads) {
        boolean cancel = what.equals("cancels");
        List<String> names = stage.callNames();
        for (int from = 0; from < names.size(); from += 50) {
            List<CallRef> round = names.subList(from, Math.min(names.size(), from + 50)).stream().map(stage::call).toList();
            java.time.Duration budget = notifytck.kit.Timeouts.batch(round.size() * threads);
            java.util.concurrent.atomic.AtomicInteger arrived = new java.util.concurrent.atomic.AtomicInteger();
            long giveUp = System.nanoTime() + budget.toNanos();
            List<notifytck.kit.AllAtOnce.Party> parties = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parties.add(() -> {
                    for (int k = 0; k < round.size(); k++) {
                        arrived.incrementAndGet();
                        if (!awaitAll(arrived, threads * (k + 1), giveUp)) {
                            return; // another party failed or hung; AllAtOnce reports it
                        }
                        if (cancel) {
                            stage.control().clientCancels(round.get(k));
                        } else {
                            stage.control().clientDisconnects(round.get(k));
                        }
                    }
                });
            }
            stage.action("the client " + what + " calls " + (from + 1) + " to " + (from + round.size()) + " from " + threads + " threads at once",
                    budget.plus(notifytck.kit.Timeouts.call()),
                    () -> notifytck.kit.AllAtOnce.run("client thread", parties, budget.toMillis(), stage::historyDump));
        }
    }

    /** Spins until {@code counter} reaches {@code all}; false if interrupted or past {@code giveUp} (a spin, not a park: both must go at once). */
    private static boolean awaitAll(java.util.concurrent.atomic.AtomicInteger counter, int all, long giveUp) {
        while (counter.get() < all) {
            if (Thread.currentThread().isInterrupted() || System.nanoTime() - giveUp > 0) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }

    @When("^the client disconnects from \"([^\"]+)\"$")
    public void disconnects(String name) {
        CallRef c = stage.call(name);
        stage.action("the client disconnects from " + name, () -> stage.control().clientDisconnects(c));
    }

    @Given("^the server's APC and callback routines hold every notification until they are let go$")
    public void holdRoutines() {
        stage.holdRoutines();
    }

    @When("^the server's routine is busy with a notification for \"([^\"]+)\"$")
    public void routineBusy(String call) {
        stage.awaitRoutineBusyWith(call);
    }

    @When("^the server's routines are let go$")
    public void letRoutinesGo() {
        stage.letRoutinesGo();
    }

    @When("^the server (completes|aborts) \"([^\"]+)\"$")
    public void ends(String how, String name) {
        CallRef c = stage.call(name);
        stage.ledger().mayEnd(c.id());
        stage.action("the server " + how + " " + name, () -> {
            if (how.equals("completes")) {
                stage.control().completeCall(c);
            } else {
                stage.control().abortCall(c);
            }
        });
    }

    @When("^the server tests \"([^\"]+)\" for a cancel$")
    public void testCancel(String name) {
        CallRef c = stage.call(name);
        stage.runtimeCall("RpcServerTestCancel(" + name + ")", c.binding().handle(),
                () -> stage.adapter().testCancel(c.dispatchThread(), c.binding()));
    }

    @Then("^the server finds the client of \"([^\"]+)\" (connected|disconnected)$")
    public void inquire(String name, String state) {
        CallRef c = stage.call(name);
        boolean gone = Deadline.call("RpcServerInqCallAttributes(" + name + ")",
                () -> stage.adapter().isClientDisconnected(c.dispatchThread(), c.binding()));
        assertThat(gone).as("IsClientDisconnected for %s\n%s", name, stage.historyDump()).isEqualTo(state.equals("disconnected"));
    }

    @Then("^the call fails with an RPC_S_ status other than RPC_S_OK$")
    public void failsSomehow() {
        assertThat(stage.lastStatus()).as("the last runtime call succeeded (RPC_S_OK) where the rule has it refused with an RPC_S_ error\n%s",
                stage.historyDump()).isNotEqualTo(RpcStatus.RPC_S_OK);
    }

    /** Where a related page or a real implementation shows a second defensible answer, both are accepted. */
    @Then("^the call returns RPC_S_OK \\(0\\) or (RPC_S_[A-Z_]+) \\((\\d+)\\)$")
    public void returnsEither(String name, int value) {
        RpcStatus other = RpcStatus.named(name);
        if (other.value() != value) {
            throw new IllegalArgumentException("feature defect: " + name + " is " + other.value() + " in winerror.h, the feature says " + value);
        }
        assertThat(stage.lastStatus()).as("the last runtime call's status\n%s", stage.historyDump()).isIn(RpcStatus.RPC_S_OK, other);
    }

    @Then("^the call returns (RPC_S_[A-Z_]+) \\((\\d+)\\)$")
    public void returns(String name, int value) {
        RpcStatus expected = RpcStatus.named(name);
        if (expected.value() != value) {
            throw new IllegalArgumentException("feature defect: " + name + " is " + expected.value() + " in winerror.h, the feature says " + value);
        }
        assertThat(stage.lastStatus()).as("the last runtime call's status\n%s", stage.historyDump()).isEqualTo(expected);
    }
}
