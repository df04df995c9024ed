package notifytck.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;

/**
 * RPC call notifications across several calls: nothing for what was not subscribed, nothing for
 * another call, nothing after unsubscribing or after the call's end, at most once per kind.
 */
class RpcNotificationProperties extends PropertiesOnTheSut {
    @BeforeProperty
    void applicable() {
        Sut.require(Mechanism.RPC_CALL_NOTIFICATION, Control.RPC_QUIESCE);
    }

    @Property
    @Tag("REQ-RPC-NOTIFY-010")
    @Tag("REQ-RPC-NOTIFY-012")
    @Tag("REQ-RPC-NOTIFY-013")
    @Tag("REQ-RPC-NOTIFY-021")
    @Tag("REQ-RPC-NOTIFY-008")
    @Tag("REQ-RPC-NOTIFY-018")
    @Tag("REQ-RPC-NOTIFY-024")
    void eachCallIsToldOnlyWhatItSubscribedForAndAtMostOncePerKind(@ForAll("runs") ActionChain<CallWorld> chain) {
        chain.withInvariant("each call told exactly what the model allows", CallWorld::invariant).run();
    }

    @Provide
    Arbitrary<ActionChain<CallWorld>> runs() {
        return Arbitraries.integers().between(1, 3).flatMap(n -> ActionChain.<CallWorld>startWith(() -> new CallWorld(n))
                .withAction(3, onLiveCall((w, c) -> Arbitraries.integers().between(1, 3)
                        .map(bits -> Transformer.<CallWorld>mutate("subscribe " + c + " for " + bits, s -> s.subscribe(c, bits)))))
                .withAction(2, onLiveCall((w, c) -> Arbitraries.of(CallWorld.Kind.class)
                        .map(kind -> Transformer.<CallWorld>mutate("unsubscribe " + c + " from " + kind.name, s -> s.unsubscribe(c, kind)))))
                .withAction(3, anyCall((w, c) -> Arbitraries.just(Transformer.<CallWorld>mutate("cancel " + c, s -> s.cancel(c)))))
                .withAction(3, anyCall((w, c) -> Arbitraries.just(Transformer.<CallWorld>mutate("disconnect " + c, s -> s.disconnect(c)))))
                .withAction(1, onLiveCall((w, c) -> Arbitraries.just(Transformer.<CallWorld>mutate("complete " + c, s -> s.complete(c)))))
                .withMaxTransformations(16));
    }

    private interface PerCall {
        Arbitrary<Transformer<CallWorld>> of(CallWorld w, int call);
    }

    /** An action on a call still in progress (the document leaves calls on an ended one undefined). */
    private static Action.Dependent<CallWorld> onLiveCall(PerCall action) {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(CallWorld w) {
                for (int i = 0; i < w.count(); i++) {
                    if (!w.ended(i)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public Arbitrary<Transformer<CallWorld>> transformer(CallWorld w) {
                return Arbitraries.integers().between(0, w.count() - 1).filter(c -> !w.ended(c)).flatMap(c -> action.of(w, c));
            }
        };
    }

    private static Action.Dependent<CallWorld> anyCall(PerCall action) {
        return w -> Arbitraries.integers().between(0, w.count() - 1).flatMap(c -> action.of(w, c));
    }
}
