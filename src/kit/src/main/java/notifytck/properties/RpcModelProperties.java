package notifytck.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import notifytck.kit.CurrentRun;
import notifytck.model.rpc.RpcWorld.From;
import notifytck.model.rpc.RpcWorld.Kind;
import notifytck.model.rpc.RpcWorld.Method;
import notifytck.model.rpc.RpcWorld.Packet;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;

/**
 * The RPC model against the selected implementation: random runs over several synchronous and
 * asynchronous calls, subscriptions by every method for each kind and both, from the dispatch
 * thread or a worker thread, with the binding or NULL, completion packets with small and large
 * bytes, keys and overlapped values, cancels and disconnects (twice, before and after subscribing,
 * after the call ended), unsubscriptions, completions and aborts, questions to the runtime, and a
 * NotificationInfo reused after subscribing; methods beyond the enumeration too. After every action every observable must be one the
 * model allows.
 */
class RpcModelProperties extends PropertiesOnTheSut {
    @BeforeProperty
    void applicable() {
        Sut.require(Mechanism.RPC_CALL_NOTIFICATION, Control.RPC_QUIESCE);
    }

    @Property
    @RpcModelRules
    void everyObservableIsOneTheModelAllows(@ForAll("runs") ActionChain<RpcModelRun> first, @ForAll("runs") ActionChain<RpcModelRun> second,
                                            @ForAll("runs") ActionChain<RpcModelRun> third, @ForAll("runs") ActionChain<RpcModelRun> fourth) {
        eachAgainstTheModel(RpcModelRun::compare, first, second, third, fourth);
    }

    /*
     * Every action is independent of the state: it draws a pick (0 = the newest call or
     * subscription it applies to) that the run resolves when it applies the action (jqwik's issue
     * 428: state-reading actions shrink poorly).
     */
    @Provide
    Arbitrary<ActionChain<RpcModelRun>> runs() {
        Arbitrary<Integer> picks = Arbitraries.integers().between(0, 5);
        return ActionChain.startWith(RpcModelRun::new)
                .withAction(2, independent(Arbitraries.of(true, false)
                        .map(a -> Transformer.mutate("start " + (a ? "an asynchronous" : "a synchronous") + " call", r -> r.start(a)))))
                .withAction(6, independent(Combinators.combine(picks, bits(), methods(), Arbitraries.of(From.class), packets())
                        .as((k, b, m, f, p) -> Transformer.mutate("subscribe call " + k + " for bits " + Integer.toUnsignedString(b) + " by " + m.text
                                + (m == Method.IOC ? " (" + p + ")" : "") + ", " + f.text, r -> r.subscribe(k, b, m, f, p)))))
                .withAction(2, independent(Combinators.combine(picks, Arbitraries.of(Kind.class))
                        .as((k, kind) -> Transformer.mutate("unsubscribe call " + k + " from " + kind.eventName, r -> r.unsubscribe(k, kind)))))
                // Every value of one bit or none the unsubscribe page refuses (values of several bits are the caller's to avoid, REQ-RPC-NOTIFY-027).
                .withAction(1, independent(Combinators.combine(picks, Arbitraries.of(0, 4, 8, 256, 0x8000_0000))
                        .as((k, b) -> Transformer.mutate("unsubscribe call " + k + " from bits " + Integer.toUnsignedString(b), r -> r.unsubscribeUnsupported(k, b)))))
                .withAction(4, independent(Combinators.combine(picks, Arbitraries.of(Kind.class))
                        .as((k, kind) -> Transformer.mutate((kind == Kind.CANCEL ? "the client cancels call " : "the client disconnects from call ") + k,
                                r -> r.happens(k, kind)))))
                .withAction(1, independent(Combinators.combine(picks, Arbitraries.of(true, false))
                        .as((k, abort) -> Transformer.mutate((abort ? "abort call " : "complete call ") + k, r -> r.end(k, abort)))))
                .withAction(2, independent(Combinators.combine(picks, Arbitraries.of(true, false))
                        .as((k, cancel) -> Transformer.mutate((cancel ? "test call " : "ask whether the client left call ") + k, r -> r.ask(k, cancel)))))
                .withAction(1, independent(Combinators.combine(picks, Arbitraries.of(true, false))
                        .as((k, free) -> Transformer.mutate((free ? "free" : "overwrite") + " the NotificationInfo of subscription " + k,
                                r -> r.reuseInfo(k, free)))))
                .withMaxTransformations(28);
    }

    /** Whether the implementation is judged by the Windows Vista statements (REQ-RPC-NOTIFY-001, 002): when it claims Vista or no platform. */
    static boolean vista() {
        String p = CurrentRun.implementation().platform();
        return p == null || p.isBlank() || p.strip().equals("windows-vista");
    }

    /**
     * Notification: each kind and both; on Vista also none, unknown bits alone and beside a kind, and
     * the top bit, one draw in five, so that a subscription seldom breaks two checks at once (the
     * document orders none of them, so such a refusal names no single rule).
     */
    private static Arbitrary<Integer> bits() {
        Arbitrary<Integer> valid = Arbitraries.of(1, 2, 3);
        return vista() ? Arbitraries.frequencyOf(Tuple.of(4, valid), Tuple.of(1, Arbitraries.of(0, 4, 6, 256, 0x80000000))) : valid;
    }

    /**
     * Every method; None (Vista) one draw in ten, and a value beyond the enumeration (6, 0xFFFFFFFF)
     * one in ten (REQ-RPC-NOTIFY-028, on every platform).
     */
    private static Arbitrary<Method> methods() {
        Arbitrary<Method> real = Arbitraries.of(Method.CALLBACK, Method.EVENT, Method.APC, Method.IOC);
        Arbitrary<Method> beyond = Arbitraries.of(Method.NUMBER_6, Method.NUMBER_FFFFFFFF);
        return vista() ? Arbitraries.frequencyOf(Tuple.of(8, real), Tuple.of(1, Arbitraries.just(Method.NONE)), Tuple.of(1, beyond))
                : Arbitraries.frequencyOf(Tuple.of(9, real), Tuple.of(1, beyond));
    }

    /** A completion packet: bytes, key and overlapped small, at 32 bits and beyond (a key and an OVERLAPPED* are pointer-sized). */
    private static Arbitrary<Packet> packets() {
        return Combinators.combine(Arbitraries.of(0, 1, 12, 65_536, Integer.MAX_VALUE, -1),
                Arbitraries.of(0L, 1L, 77L, 0xFFFF_FFFFL, 0x1_0000_0005L, Long.MAX_VALUE, -1L),
                Arbitraries.of(0L, 64L, 4096L, 0x7_0000_0040L, -1L)).as(Packet::new);
    }
}
