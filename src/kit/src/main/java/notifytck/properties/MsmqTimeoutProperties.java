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
import notifytck.spi.msmq.MsmqConstants;

/**
 * Timeouts of EnableNotification on the virtual clock: arrivals, clock advances and timeouts of
 * 0, finite and INFINITE drawn at random; each call fires exactly one event, the right one, no
 * earlier and no later than the model says.
 */
class MsmqTimeoutProperties extends PropertiesOnTheSut {
    @BeforeProperty
    void applicable() {
        Sut.require(Mechanism.MSMQ, Control.MSMQ_VIRTUAL_CLOCK, Control.MSMQ_QUIESCE);
    }

    @Property
    @Tag("REQ-MSMQ-ENABLE-004")
    @Tag("REQ-MSMQ-ENABLE-015")
    @Tag("REQ-MSMQ-ENABLE-016")
    @Tag("REQ-MSMQ-ENABLE-017")
    @Tag("REQ-MSMQ-ENABLE-018")
    @Tag("REQ-MSMQ-ENABLE-021")
    void eachCallFiresExactlyTheRightEventAtTheRightTime(@ForAll("runs") ActionChain<TimeoutWorld> chain) {
        chain.withInvariant("exactly the events the model says, by now", TimeoutWorld::invariant).run();
    }

    @Provide
    Arbitrary<ActionChain<TimeoutWorld>> runs() {
        return ActionChain.startWith(TimeoutWorld::new)
                .withAction(3, enable())
                .withAction(1, Action.just(Transformer.mutate("a message arrives", TimeoutWorld::put)))
                .withAction(3, advance())
                .withMaxTransformations(16);
    }

    private static Action.Independent<TimeoutWorld> enable() {
        Arbitrary<Integer> timeouts = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(MsmqConstants.INFINITE)),
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 400)));
        return () -> timeouts.map(t -> Transformer.mutate("enable with timeout " + (t == MsmqConstants.INFINITE ? "INFINITE" : t),
                w -> w.enable(t)));
    }

    private static Action.Independent<TimeoutWorld> advance() {
        return () -> Arbitraries.integers().between(1, 300).map(ms -> Transformer.mutate("advance " + ms + " ms", w -> w.advance(ms)));
    }
}
