package notifytck.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
 * Ordering, exactly once, nothing after ChannelClosed, queued notifications dropped by a close:
 * several channels, concurrent senders, listeners held and let go at random points, and from 1 to
 * 48 listeners of two users, some unregistering between two sends of one sender; in half the runs
 * one channel is per-user.
 */
class SpoolerOrderingProperties extends PropertiesOnTheSut {
    @BeforeProperty
    void applicable() {
        Sut.require(Mechanism.SPOOLER, Control.SPOOLER_QUIESCE);
    }

    @Property(shrinking = net.jqwik.api.ShrinkingMode.FULL)
    @Tag("REQ-SPOOL-OVW-015")
    @Tag("REQ-SPOOL-OVW-013")
    @Tag("REQ-SPOOL-CHAN-020")
    @Tag("REQ-SPOOL-CHAN-016")
    @Tag("REQ-SPOOL-CHAN-018")
    @Tag("REQ-SPOOL-CHAN-032")
    @Tag("REQ-SPOOL-OVW-017")
    @Tag("REQ-SPOOL-CHAN-008")
    void everyListenerSeesEachChannelInOrderOnceAndNothingAfterTheClose(@ForAll("runs") ActionChain<OrderingWorld> chain) {
        OrderingWorld end = chain.withInvariant("no duplicate, no phantom, order kept, nothing after close", OrderingWorld::invariant).run();
        end.settleAndCheckComplete();
    }

    @Provide
    Arbitrary<ActionChain<OrderingWorld>> runs() {
        // Listeners from 1 to 48: an implementation may fan a send out one way below some width and
        // another way above it (the reference's is 16), and the kit cannot know where.
        // C0 per-user in half the runs: the filter too may be applied one way to a few listeners and
        // another way to many.
        return Combinators.combine(Arbitraries.integers().between(1, 48), Arbitraries.integers().between(1, 3), Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .flatAs((listeners, channels, bidi, perUser) -> ActionChain.<OrderingWorld>startWith(() -> new OrderingWorld(listeners, channels, bidi, perUser))
                        .withAction(4, burst())
                        .withAction(2, hold())
                        .withAction(2, letGo())
                        .withAction(1, close())
                        .withAction(4, narrowingSend())
                        .withMaxTransformations(12));
    }

    private static Action.Dependent<OrderingWorld> burst() {
        return w -> Combinators.combine(Arbitraries.integers().between(0, w.channelCount() - 1),
                        Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 6))
                .as((c, threads, count) -> Transformer.mutate("burst on C" + c + ": " + threads + "x" + count, s -> s.burst(c, threads, count)));
    }

    private static Action.Dependent<OrderingWorld> hold() {
        return w -> Arbitraries.integers().between(0, w.listenerCount() - 1).map(l -> Transformer.mutate("hold L" + l, s -> s.hold(l)));
    }

    private static Action.Dependent<OrderingWorld> letGo() {
        return w -> Arbitraries.integers().between(0, w.listenerCount() - 1).map(l -> Transformer.mutate("let go L" + l, s -> s.letGo(l)));
    }

    private static Action.Dependent<OrderingWorld> narrowingSend() {
        return w -> Combinators.combine(Arbitraries.integers().between(0, w.channelCount() - 1), Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(1, 47), Arbitraries.integers().between(1, 4))
                .as((c, before, n, after) -> Transformer.mutate("on C" + c + ": send " + before + ", unregister up to " + n + ", send " + after,
                        s -> s.narrowingSend(c, before, n, after)));
    }

    private static Action.Dependent<OrderingWorld> close() {
        return w -> Arbitraries.integers().between(0, w.channelCount() - 1).map(c -> Transformer.mutate("close C" + c, s -> s.close(c)));
    }
}
