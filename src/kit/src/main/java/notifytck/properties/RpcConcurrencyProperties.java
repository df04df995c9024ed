package notifytck.properties;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeProperty;
import notifytck.model.rpc.RpcWorld.From;
import notifytck.model.rpc.RpcWorld.Kind;
import notifytck.model.rpc.RpcWorld.Method;
import notifytck.model.rpc.RpcWorld.Packet;
import notifytck.properties.RpcConcurrentRun.Op;
import notifytck.properties.RpcConcurrentRun.Plan;
import notifytck.properties.RpcConcurrentRun.Step;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;

/**
 * The RPC model judged over real threads: two to four calls, each driven by a server thread of its
 * own at the same time as the others and as the client's cancels and disconnects, with no settling
 * between steps. Subscribing and unsubscribing from many threads at once must be safe, each
 * subscription must serve its own call, nothing may arrive for a kind the server has left (beyond
 * what was already in flight), and each kind at most once per call.
 */
class RpcConcurrencyProperties extends PropertiesOnTheSut {
    @BeforeProperty
    void applicable() {
        Sut.require(Mechanism.RPC_CALL_NOTIFICATION, Control.RPC_QUIESCE);
    }

    @Property
    @RpcModelRules
    // And REQ-RPC-NOTIFY-020: subscribing and unsubscribing from many threads at once.
    @Tag("REQ-RPC-NOTIFY-020")
    void callsDrivenAtOnceAreEachToldWhatTheModelAllows(@ForAll("threads") List<Plan> plans) {
        new RpcConcurrentRun().run(plans);
    }

    /**
     * Volume, not variety: the calls' book is what a race corrupts, and a lost entry shows in a few
     * of some thousands of calls (blind round 15's rpc-binding-map-unsync).
     */
    @Property
    @Tag("REQ-RPC-NOTIFY-020")
    void callsArrivingAtOnceEachKeepTheirOwnBinding(@ForAll @IntRange(min = 2, max = 8) int threads,
            @ForAll @IntRange(min = 64, max = 512) int callsEach) {
        new RpcCallStorm().run(threads, callsEach);
    }

    @Provide
    Arbitrary<List<Plan>> threads() {
        Arbitrary<Step> subscribe = Combinators.combine(Arbitraries.of(1, 2, 3),
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Method.CALLBACK)), Tuple.of(1, Arbitraries.of(Method.EVENT, Method.APC, Method.IOC))),
                        Arbitraries.of(From.DISPATCH_THREAD, From.DISPATCH_THREAD_NULL_BINDING, From.WORKER_THREAD))
                .as((bits, method, from) -> new Step(Op.SUBSCRIBE, bits, method, from, new Packet(bits, 0x1_0000_0000L + bits, 64), null, false));
        Arbitrary<Step> other = Arbitraries.of(Kind.class).flatMap(kind -> Arbitraries.of(
                new Step(Op.UNSUBSCRIBE, 0, null, null, null, kind, false),
                new Step(Op.CANCEL, 0, null, null, null, null, false),
                new Step(Op.DISCONNECT, 0, null, null, null, null, false),
                new Step(Op.TEST_CANCEL, 0, null, null, null, null, false),
                new Step(Op.ASK_DISCONNECTED, 0, null, null, null, null, false),
                new Step(Op.END, 0, null, null, null, null, kind == Kind.CANCEL)));
        Arbitrary<Step> step = Arbitraries.frequencyOf(Tuple.of(2, subscribe), Tuple.of(3, other));
        Arbitrary<Plan> plan = Combinators.combine(Arbitraries.of(false, true), step.list().ofMinSize(1).ofMaxSize(8)).as(Plan::new);
        return plan.list().ofMinSize(2).ofMaxSize(4);
    }
}
