package notifytck.properties;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeProperty;
import notifytck.properties.MsmqConcurrentRun.Op;
import notifytck.properties.MsmqConcurrentRun.Setup;
import notifytck.properties.MsmqConcurrentRun.Step;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.OptionalInt32;

/**
 * The MSMQ model judged over real threads: EnableNotification calls on queue objects of one queue
 * race other clients' messages. Whatever order they took effect in, each call
 * has one event, the one the model gives for some order that real time allows (see
 * {@link MsmqConcurrentRun}); a message that arrives while a call is being made is not lost to it.
 */
class MsmqConcurrencyProperties extends PropertiesOnTheSut {
    @BeforeProperty
    void applicable() {
        Sut.require(Mechanism.MSMQ, Control.MSMQ_VIRTUAL_CLOCK, Control.MSMQ_QUIESCE);
    }

    @Property
    @MsmqModelRules
    void callsRacingMessagesEachGetTheEventSomeOrderAllows(@ForAll("rounds") List<Round> rounds) {
        // Four rounds a try, each on an instance of its own: a race needs many chances to show, and a round is cheap.
        for (Round r : rounds) {
            new MsmqConcurrentRun().run(r.setup(), fitted(r.setup(), r.threads()));
        }
    }

    /** One set-up and the threads that race on it. */
    record Round(Setup setup, List<List<Step>> threads) {}

    @Provide
    Arbitrary<List<Round>> rounds() {
        return Combinators.combine(setups(), threads()).as(Round::new).list().ofSize(4);
    }

    /** Steps draw their queue object freely; they are fitted to the queue objects the set-up has (and one MQMSG_NEXT per object). */
    private static List<List<Step>> fitted(Setup setup, List<List<Step>> threads) {
        java.util.Set<Integer> advanced = new java.util.HashSet<>();
        return threads.stream().map(steps -> steps.stream().map(s -> {
            if (s.op() == Op.PUT) {
                return s;
            }
            int object = 1 + (s.target() - 1) % setup.objects();
            boolean next = s.cursor().given() && s.cursor().value() == MsmqConstants.MQMSG_NEXT;
            // One MQMSG_NEXT per queue object at once: each call advances the cursor in the call and searches after it returns,
            // so two may advance, advance, search, search, which no order of whole calls gives; a second becomes MQMSG_CURRENT.
            OptionalInt32 cursor = next && !advanced.add(object) ? OptionalInt32.of(MsmqConstants.MQMSG_CURRENT) : s.cursor();
            return new Step(Op.ENABLE, object, cursor, s.timeout());
        }).toList()).toList();
    }

    private static Arbitrary<Setup> setups() {
        Arbitrary<Long> advance = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0L)), Tuple.of(2, Arbitraries.longs().between(1, 60)),
                Tuple.of(1, Arbitraries.just(100_000L)));
        // An empty queue half the time: that is where calls wait, and where a racing message must end the wait.
        Arbitrary<Integer> count = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0)), Tuple.of(1, Arbitraries.just(1)), Tuple.of(1, Arbitraries.just(2)));
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 9).map(n -> n < 3).list().ofSize(2),
                        count, advance)
                .as((objects, locked, messages, ms) -> new Setup(objects, messages, locked.subList(0, messages), ms));
    }

    private static Arbitrary<List<List<Step>>> threads() {
        Arbitrary<OptionalInt32> timeouts = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(OptionalInt32.NOT_GIVEN)),
                Tuple.of(2, Arbitraries.just(OptionalInt32.of(0))),
                Tuple.of(2, Arbitraries.just(OptionalInt32.of(MsmqConstants.INFINITE))),
                Tuple.of(2, Arbitraries.integers().between(1, 50).map(OptionalInt32::of)));
        Arbitrary<Step> enable = Combinators.combine(Arbitraries.integers().between(1, 3), MsmqDraws.cursors(), timeouts)
                .as((o, c, t) -> new Step(Op.ENABLE, o, c, t));
        Arbitrary<Step> step = Arbitraries.frequencyOf(Tuple.of(4, enable),
                Tuple.of(3, Arbitraries.just(new Step(Op.PUT, 0, OptionalInt32.NOT_GIVEN, OptionalInt32.NOT_GIVEN))));
        // Two or three threads of one or two steps: at most 90 orders to try.
        return step.list().ofMinSize(1).ofMaxSize(2).list().ofMinSize(2).ofMaxSize(3);
    }
}
