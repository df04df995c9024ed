package notifytck.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;

/**
 * The MSMQ model against the selected implementation: random runs over two queues, several queue
 * objects per queue (every access type, uninitialized, closed), messages put, received, locked and
 * allowed to be peeked while locked, cursors put anywhere, every cursor value, every kind of
 * timeout, and virtual time. After every action every observable must be one the model allows; a
 * difference names the rule that fixes it.
 */
class MsmqModelProperties extends PropertiesOnTheSut {
    @BeforeProperty
    void applicable() {
        Sut.require(Mechanism.MSMQ, Control.MSMQ_VIRTUAL_CLOCK, Control.MSMQ_QUIESCE);
    }

    @Property
    @MsmqModelRules
    void everyObservableIsOneTheModelAllows(@ForAll("runs") ActionChain<MsmqModelRun> first, @ForAll("runs") ActionChain<MsmqModelRun> second,
                                            @ForAll("runs") ActionChain<MsmqModelRun> third, @ForAll("runs") ActionChain<MsmqModelRun> fourth) {
        eachAgainstTheModel(MsmqModelRun::compare, first, second, third, fourth);
    }

    /*
     * Every action is independent of the state: it draws a pick (0 = the newest queue object or
     * message it applies to) that the run resolves when it applies the action. Actions that look at
     * the state to choose shrink poorly in jqwik (its issue 428); a pick shrinks to 0 and an action
     * removed during shrinking leaves the later picks meaning "the newest" still.
     */
    @Provide
    Arbitrary<ActionChain<MsmqModelRun>> runs() {
        Arbitrary<Integer> picks = Arbitraries.integers().between(0, 7);
        return ActionChain.startWith(MsmqModelRun::new)
                .withAction(2, independent(Combinators.combine(Arbitraries.of(MsmqModelRun.QUEUES), MsmqDraws.accesses())
                        .as((q, a) -> Transformer.mutate("open " + q + " with access 0x" + Integer.toHexString(a), r -> r.open(q, a)))))
                .withAction(1, independent(Arbitraries.of(MsmqModelRun.QUEUES)
                        .map(q -> Transformer.mutate("an uninitialized queue object on " + q, r -> r.openUninitialized(q)))))
                .withAction(1, independent(picks.map(k -> Transformer.mutate("close queue object " + k, r -> r.close(k)))))
                .withAction(4, independent(Arbitraries.of(MsmqModelRun.QUEUES)
                        .map(q -> Transformer.mutate("put a message in " + q, r -> r.put(q)))))
                .withAction(3, independent(picks.map(k -> Transformer.mutate("remove message " + k, r -> r.remove(k, false)))))
                .withAction(2, independent(picks.map(k -> Transformer.mutate("remove message " + k + " of those a cursor stands on",
                        r -> r.remove(k, true)))))
                .withAction(3, independent(Combinators.combine(picks, Arbitraries.of(true, false))
                        .as((k, l) -> Transformer.mutate((l ? "lock message " : "unlock message ") + k, r -> r.lock(k, l)))))
                .withAction(1, independent(Combinators.combine(picks, Arbitraries.of(true, false))
                        .as((k, a) -> Transformer.mutate("allow peek when locked, message " + k + ": " + a, r -> r.peekWhenLocked(k, a)))))
                .withAction(2, independent(Combinators.combine(picks, Arbitraries.integers().between(-2, 7))
                        .as((k, p) -> Transformer.mutate("position cursor of queue object " + k + " (" + p + ")", r -> r.position(k, p)))))
                .withAction(6, independent(Combinators.combine(picks, Arbitraries.integers().between(0, 9).map(n -> n < 9),
                                MsmqDraws.cursors(), MsmqDraws.timeouts())
                        .as((k, e, c, t) -> Transformer.mutate("queue object " + k + ": EnableNotification(" + (e ? "event" : "null") + ", cursor "
                                + MsmqDraws.cursorText(c) + ", timeout " + MsmqDraws.timeoutText(t) + ")", r -> r.enable(k, e, c, t)))))
                .withAction(2, independent(MsmqDraws.advances().map(ms -> Transformer.mutate("advance " + ms + " ms", r -> r.advance(ms)))))
                .withAction(2, independent(Arbitraries.of(-1, 0).map(h -> Transformer.mutate(h < 0 ? "advance to 1 ms before the next due time"
                        : "advance to the next due time", r -> r.advanceToDue(h)))))
                .withMaxTransformations(32);
    }
}
