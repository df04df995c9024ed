package notifytck.model.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import notifytck.model.Mismatch;
import notifytck.model.Worlds;
import notifytck.model.rpc.RpcWorld.From;
import notifytck.model.rpc.RpcWorld.Kind;
import notifytck.model.rpc.RpcWorld.Method;
import notifytck.model.rpc.RpcWorld.Packet;
import org.junit.jupiter.api.Test;

/** The RPC model read against its document, one clause at a time. */
class RpcWorldTest {
    private static final int CANCEL = Kind.CANCEL.bit;
    private static final int DISCONNECT = Kind.DISCONNECT.bit;
    private static final Packet PACKET = new Packet(12, 0x1_0000_0005L, 4096);

    private final RpcWorld w = new RpcWorld();

    private String expected(String key) {
        return w.expectations().get(key).allowed();
    }

    private String rule(String key) {
        return w.expectations().get(key).rule();
    }

    @Test
    void eachRefusalNamesItsRuleAndFixesItsCodeOnlyWhenOneCheckFails() {
        int c = w.startCall(false);
        w.subscribe(1, c, 4, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        w.subscribe(2, c, CANCEL, Method.NONE, From.DISPATCH_THREAD, PACKET);
        w.subscribe(3, c, CANCEL | DISCONNECT, Method.EVENT, From.DISPATCH_THREAD, PACKET);
        w.subscribe(4, c, CANCEL, Method.CALLBACK, From.WORKER_THREAD_NULL_BINDING, PACKET);
        w.subscribe(5, c, 0, Method.NONE, From.DISPATCH_THREAD, PACKET);
        assertThat(expected(RpcWorld.codeKey(1))).isEqualTo("RPC_S_CANNOT_SUPPORT");
        assertThat(rule(RpcWorld.codeKey(1))).isEqualTo("REQ-RPC-NOTIFY-001");
        assertThat(expected(RpcWorld.codeKey(2))).isEqualTo("RPC_S_INVALID_ARG");
        assertThat(rule(RpcWorld.codeKey(2))).isEqualTo("REQ-RPC-NOTIFY-002");
        assertThat(expected(RpcWorld.subscriptionKey(3))).isEqualTo(RpcWorld.REFUSED);
        assertThat(w.expectations()).doesNotContainKey(RpcWorld.codeKey(3));
        assertThat(rule(RpcWorld.subscriptionKey(4))).isEqualTo("REQ-RPC-NOTIFY-016");
        // Two checks fail and the document orders neither: refused, with either check's code.
        assertThat(expected(RpcWorld.subscriptionKey(5))).isEqualTo(RpcWorld.REFUSED);
        assertThat(w.expectations().get(RpcWorld.codeKey(5)).allows("RPC_S_CANNOT_SUPPORT")).isTrue();
        assertThat(w.expectations().get(RpcWorld.codeKey(5)).allows("RPC_S_INVALID_ARG")).isTrue();
        assertThat(w.expectations().get(RpcWorld.codeKey(5)).allows("RPC_S_NO_CALL_ACTIVE")).isFalse();
        // A refused call subscribed nothing: the cancel reaches none of its targets.
        w.happens(c, Kind.CANCEL);
        assertThat(expected(RpcWorld.totalKey(4))).isEqualTo("0");
        assertThat(rule(RpcWorld.totalKey(4))).isEqualTo("REQ-RPC-NOTIFY-016");
        assertThat(expected(RpcWorld.signalKey(3))).isEqualTo("0");
    }

    @Test
    void aMethodBeyondTheEnumerationIsRefusedUnder028AndLeavesTheKindFree() {
        int c = w.startCall(false);
        w.subscribe(1, c, CANCEL, Method.NUMBER_6, From.DISPATCH_THREAD, PACKET);
        w.subscribe(2, c, CANCEL | DISCONNECT, Method.NUMBER_FFFFFFFF, From.DISPATCH_THREAD, PACKET);
        for (int n = 1; n <= 2; n++) {
            assertThat(expected(RpcWorld.subscriptionKey(n))).isEqualTo(RpcWorld.REFUSED);
            assertThat(rule(RpcWorld.subscriptionKey(n))).isEqualTo("REQ-RPC-NOTIFY-028");
            // The document names no code for it.
            assertThat(w.expectations()).doesNotContainKey(RpcWorld.codeKey(n));
        }
        assertThat(RpcWorld.accepts(CANCEL, Method.NUMBER_6, From.DISPATCH_THREAD)).isFalse();
        // The kind is still free: a valid subscription now is accepted and hears the cancel once; the refused targets nothing.
        w.subscribe(3, c, CANCEL, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        assertThat(expected(RpcWorld.subscriptionKey(3))).isEqualTo(RpcWorld.ACCEPTED);
        // Were it refused, the refusal before it left the kind taken: that is 028's, not the callback method's.
        assertThat(rule(RpcWorld.subscriptionKey(3))).isEqualTo("REQ-RPC-NOTIFY-028");
        w.happens(c, Kind.CANCEL);
        assertThat(expected(RpcWorld.totalKey(3))).isEqualTo("1");
        assertThat(expected(RpcWorld.totalKey(1))).isEqualTo("0");
        assertThat(rule(RpcWorld.totalKey(1))).isEqualTo("REQ-RPC-NOTIFY-028");
    }

    @Test
    void anUnsupportedUnsubscribeIsRefusedAndTheSubscriptionStillHears() {
        int c = w.startCall(false);
        w.subscribe(1, c, CANCEL, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        w.unsubscribeUnsupported(2, c);
        assertThat(expected(RpcWorld.unsubscriptionKey(2))).isEqualTo("RPC_S_CANNOT_SUPPORT");
        assertThat(rule(RpcWorld.unsubscriptionKey(2))).isEqualTo("REQ-RPC-NOTIFY-027");
        w.happens(c, Kind.CANCEL);
        assertThat(expected(RpcWorld.totalKey(1))).isEqualTo("1");
        w.unsubscribe(4, c, Kind.CANCEL);
        w.end(c);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.unsubscribeUnsupported(3, c)).hasMessageContaining("in progress");
    }

    @Test
    void aCallStartedUnderItsOwnNumberIsJudgedAloneAsIfTheOthersHadStarted() {
        w.startCall(7, false);
        w.subscribe(71, 7, CANCEL, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        w.happens(7, Kind.CANCEL);
        assertThat(expected(RpcWorld.subscriptionKey(71))).isEqualTo(RpcWorld.ACCEPTED);
        assertThat(expected(RpcWorld.totalKey(71))).isEqualTo("1");
        assertThat(expected(RpcWorld.argumentKey(71, Kind.CANCEL))).isEqualTo(RpcWorld.handleText(7, false));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.startCall(7, true)).hasMessageContaining("call #7");
    }

    @Test
    void aCancelReachesTheTargetThatHoldsItOnceAndNoOtherCallsTarget() {
        int c1 = w.startCall(false);
        int c2 = w.startCall(true);
        w.subscribe(1, c1, CANCEL, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        w.subscribe(2, c2, CANCEL | DISCONNECT, Method.APC, From.WORKER_THREAD, PACKET);
        w.happens(c1, Kind.CANCEL);
        w.happens(c1, Kind.CANCEL);
        assertThat(expected(RpcWorld.countKey(1, Kind.CANCEL))).isEqualTo("1");
        assertThat(expected(RpcWorld.argumentKey(1, Kind.CANCEL))).isEqualTo(RpcWorld.handleText(c1, false));
        assertThat(rule(RpcWorld.onceKey(1, Kind.CANCEL))).isEqualTo("REQ-RPC-NOTIFY-021");
        assertThat(expected(RpcWorld.totalKey(2))).isEqualTo("0");
        assertThat(rule(RpcWorld.totalKey(2))).isEqualTo("REQ-RPC-NOTIFY-010");
        w.happens(c2, Kind.DISCONNECT);
        assertThat(expected(RpcWorld.countKey(2, Kind.DISCONNECT))).isEqualTo("1");
        assertThat(expected(RpcWorld.argumentKey(2, Kind.DISCONNECT))).isEqualTo(RpcWorld.NAMED_THREAD);
        assertThat(rule(RpcWorld.countKey(2, Kind.DISCONNECT))).isEqualTo("REQ-RPC-NOTIFY-006");
    }

    @Test
    void aRefusedCallForAHeldKindLeavesItWithItsHolderAndNamesItselfIfTheHolderIsNotTold() {
        int c = w.startCall(false);
        w.subscribe(1, c, CANCEL, Method.APC, From.DISPATCH_THREAD, PACKET);
        w.subscribe(2, c, CANCEL, Method.NONE, From.DISPATCH_THREAD, PACKET);
        assertThat(expected(RpcWorld.subscriptionKey(2))).isEqualTo(RpcWorld.REFUSED);
        assertThat(w.held(c)).containsExactly(Kind.CANCEL);
        w.happens(c, Kind.CANCEL);
        assertThat(expected(RpcWorld.countKey(1, Kind.CANCEL))).isEqualTo("1");
        assertThat(rule(RpcWorld.countKey(1, Kind.CANCEL))).isEqualTo("REQ-RPC-NOTIFY-002");
        assertThat(rule(RpcWorld.totalKey(1))).isEqualTo("REQ-RPC-NOTIFY-002");
        assertThat(expected(RpcWorld.totalKey(2))).isEqualTo("0");
    }

    @Test
    void aKindNotHeldOrUnsubscribedMustNotComeAndTheRuleSaysWhich() {
        int c = w.startCall(false);
        w.subscribe(1, c, CANCEL, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        w.happens(c, Kind.DISCONNECT);
        assertThat(rule(RpcWorld.totalKey(1))).isEqualTo("REQ-RPC-NOTIFY-013");
        int d = w.startCall(false);
        w.subscribe(2, d, CANCEL, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        w.unsubscribe(1, d, Kind.CANCEL);
        w.happens(d, Kind.CANCEL);
        assertThat(expected(RpcWorld.unsubscriptionKey(1))).isEqualTo("RPC_S_OK");
        assertThat(expected(RpcWorld.totalKey(2))).isEqualTo("0");
        assertThat(rule(RpcWorld.totalKey(2))).isEqualTo("REQ-RPC-NOTIFY-012");
    }

    @Test
    void aLateSubscriptionIsToldAtOnceOrNeverButNotAgainAfterAnEarlierOneWasTold() {
        int c = w.startCall(false);
        w.happens(c, Kind.CANCEL);
        Worlds<RpcWorld> worlds = new Worlds<>(w);
        worlds.branch(x -> x.subscribe(1, c, CANCEL, Method.CALLBACK, From.DISPATCH_THREAD, PACKET));
        assertThat(worlds.size()).isEqualTo(2);
        Map<String, String> told = new HashMap<>(Map.of(RpcWorld.subscriptionKey(1), RpcWorld.ACCEPTED, RpcWorld.totalKey(1), "1",
                RpcWorld.countKey(1, Kind.CANCEL), "1", RpcWorld.onceKey(1, Kind.CANCEL), RpcWorld.AT_MOST,
                RpcWorld.argumentKey(1, Kind.CANCEL), RpcWorld.handleText(c, false)));
        assertThat(worlds.observe(told)).isEmpty();
        worlds.each(RpcWorld::settle);
        worlds.branch(x -> x.unsubscribe(1, c, Kind.CANCEL));
        worlds.branch(x -> x.subscribe(2, c, CANCEL, Method.CALLBACK, From.DISPATCH_THREAD, PACKET));
        assertThat(worlds.size()).as("told once already: never again").isEqualTo(1);
        Map<String, String> again = new HashMap<>(told);
        again.put(RpcWorld.totalKey(2), "1");
        Mismatch m = worlds.observe(again).orElseThrow();
        assertThat(m.rule()).isEqualTo("REQ-RPC-NOTIFY-021");
    }

    @Test
    void aLateSubscriptionForBothKindsHoldsBothInEveryWorld() {
        int c = w.startCall(false);
        w.happens(c, Kind.DISCONNECT);
        List<RpcWorld> after = w.subscribe(1, c, CANCEL | DISCONNECT, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        assertThat(after).hasSize(2);
        after.forEach(x -> assertThat(x.held(c)).containsExactlyInAnyOrder(Kind.DISCONNECT, Kind.CANCEL));
        // Told the disconnect at once, the world still expects the cancel to come.
        after.get(1).happens(c, Kind.CANCEL);
        assertThat(after.get(1).expectations().get(RpcWorld.totalKey(1)).allowed()).isEqualTo("2");
        // Refusing a valid subscription for both kinds breaks REQ-RPC-NOTIFY-004, not the status rule.
        assertThat(after.get(0).expectations().get(RpcWorld.subscriptionKey(1)).rule()).isEqualTo("REQ-RPC-NOTIFY-004");
    }

    @Test
    void aNotificationStillInFlightWhenTheServerUnsubscribesMayArriveOrNot() {
        int c = w.startCall(false);
        w.subscribe(1, c, CANCEL, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        w.happens(c, Kind.CANCEL);
        List<RpcWorld> after = w.unsubscribe(1, c, Kind.CANCEL);
        assertThat(after).hasSize(2);
        assertThat(after.get(0).expectations().get(RpcWorld.totalKey(1)).allowed()).isEqualTo("1");
        assertThat(after.get(1).expectations().get(RpcWorld.totalKey(1)).allowed()).isEqualTo("0");
        assertThat(after.get(1).expectations().get(RpcWorld.totalKey(1)).rule()).isEqualTo("REQ-RPC-NOTIFY-012");
        // Settled first, it was delivered: the unsubscription changes nothing.
        RpcWorld settled = new RpcWorld();
        int d = settled.startCall(false);
        settled.subscribe(1, d, CANCEL, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        settled.happens(d, Kind.CANCEL);
        settled.settle();
        assertThat(settled.unsubscribe(1, d, Kind.CANCEL)).hasSize(1);
    }

    @Test
    void aCompletionPortToldOfBothKindsMayPostOnePacketOrTwoWithTheWholeKey() {
        int c = w.startCall(true);
        w.subscribe(1, c, CANCEL | DISCONNECT, Method.IOC, From.DISPATCH_THREAD, PACKET);
        w.happens(c, Kind.CANCEL);
        List<RpcWorld> after = w.happens(c, Kind.DISCONNECT);
        assertThat(after).hasSize(2);
        // A packet per kind (preferred), or the first standing for both.
        assertThat(after.get(0).expectations().get(RpcWorld.signalKey(1)).allowed()).isEqualTo("2");
        assertThat(after.get(1).expectations().get(RpcWorld.signalKey(1)).allowed()).isEqualTo("1");
        assertThat(expected(RpcWorld.packetKey(1))).isEqualTo("bytes 12, key 4294967301, overlapped 4096");
        assertThat(rule(RpcWorld.packetKey(1))).isEqualTo("REQ-RPC-NOTIFY-007");
    }

    @Test
    void aNullBindingOnTheDispatchThreadNamesThatCallAndAReusedInfoChangesNothing() {
        int c1 = w.startCall(false);
        int c2 = w.startCall(false);
        w.subscribe(1, c2, CANCEL, Method.EVENT, From.DISPATCH_THREAD_NULL_BINDING, PACKET);
        assertThat(expected(RpcWorld.codeKey(1))).isEqualTo("RPC_S_OK");
        w.happens(c1, Kind.CANCEL);
        assertThat(expected(RpcWorld.signalKey(1))).isEqualTo("0");
        assertThat(rule(RpcWorld.signalKey(1))).isEqualTo("REQ-RPC-NOTIFY-015");
        w.infoReused(1);
        w.happens(c2, Kind.CANCEL);
        assertThat(expected(RpcWorld.signalKey(1))).isEqualTo("1");
        assertThat(rule(RpcWorld.signalKey(1))).isEqualTo("REQ-RPC-NOTIFY-017");
        assertThat(expected(RpcWorld.overwriterKey(1))).isEqualTo("0");
        // A count above what is due is the extra's rule, not the missing one's.
        assertThat(w.expectations().get(RpcWorld.signalKey(1)).ruleFor("2")).isEqualTo("REQ-RPC-NOTIFY-021");
    }

    @Test
    void theRuntimeAnswersWhatTheClientDidAndNothingAfterTheEnd() {
        int c = w.startCall(true);
        w.testCancel(1, c);
        w.askDisconnected(2, c);
        assertThat(expected(RpcWorld.testKey(1))).isEqualTo("RPC_S_CALL_IN_PROGRESS");
        assertThat(expected(RpcWorld.testKey(2))).isEqualTo("connected");
        w.happens(c, Kind.CANCEL);
        w.happens(c, Kind.DISCONNECT);
        w.testCancel(3, c);
        w.askDisconnected(4, c);
        assertThat(expected(RpcWorld.testKey(3))).isEqualTo("RPC_S_OK");
        assertThat(expected(RpcWorld.testKey(4))).isEqualTo("disconnected");
        int d = w.startCall(true);
        w.subscribe(5, d, DISCONNECT, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        w.unsubscribe(1, d, Kind.DISCONNECT);
        w.end(d);
        w.happens(d, Kind.DISCONNECT);
        assertThat(expected(RpcWorld.totalKey(5))).isEqualTo("0");
        assertThat(rule(RpcWorld.totalKey(5))).isEqualTo("REQ-RPC-NOTIFY-012");
    }

    @Test
    void notificationsQueuedIsWhatReachedTheServerOfTheKindOrOfTheCallAndADroppedOneIsNotCounted() {
        int c = w.startCall(false);
        w.subscribe(1, c, CANCEL | DISCONNECT, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        w.happens(c, Kind.CANCEL);
        w.happens(c, Kind.DISCONNECT);
        w.settle();
        w.unsubscribe(1, c, Kind.CANCEL);
        assertThat(w.expectations().get(RpcWorld.queuedKey(1)).allows("1")).as("the kind's").isTrue();
        assertThat(w.expectations().get(RpcWorld.queuedKey(1)).allows("2")).as("the call's").isTrue();
        assertThat(w.expectations().get(RpcWorld.queuedKey(1)).allows("0")).isFalse();
        assertThat(rule(RpcWorld.queuedKey(1))).isEqualTo("REQ-RPC-NOTIFY-026");
        // In flight when unsubscribed: delivered and counted, or dropped and not counted.
        RpcWorld f = new RpcWorld();
        int d = f.startCall(false);
        f.subscribe(1, d, CANCEL, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        f.happens(d, Kind.CANCEL);
        List<RpcWorld> after = f.unsubscribe(1, d, Kind.CANCEL);
        assertThat(after.get(0).expectations().get(RpcWorld.queuedKey(1)).allowed()).isEqualTo("1");
        assertThat(after.get(1).expectations().get(RpcWorld.queuedKey(1)).allowed()).isEqualTo("0");
        // Told to an earlier subscription: counted from the call's start (1) or from this subscription's (0).
        RpcWorld r = new RpcWorld();
        int e = r.startCall(false);
        r.subscribe(1, e, CANCEL, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        r.happens(e, Kind.CANCEL);
        r.settle();
        r.unsubscribe(1, e, Kind.CANCEL);
        r.subscribe(2, e, CANCEL, Method.CALLBACK, From.DISPATCH_THREAD, PACKET);
        r.unsubscribe(2, e, Kind.CANCEL);
        assertThat(r.expectations().get(RpcWorld.queuedKey(2)).allows("1")).isTrue();
        assertThat(r.expectations().get(RpcWorld.queuedKey(2)).allows("0")).isTrue();
        assertThat(r.expectations().get(RpcWorld.queuedKey(2)).allows("2")).isFalse();
    }
}
