package notifytck.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.OptionalInt32;

/**
 * The values MSMQ actions draw: every cursor action and values outside them, every access type
 * the constants name, and timeouts of every kind the document distinguishes (not given, 0,
 * INFINITE, a few milliseconds, seconds).
 */
final class MsmqDraws {
    private MsmqDraws() {}

    static Arbitrary<OptionalInt32> cursors() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(OptionalInt32.NOT_GIVEN)),
                Tuple.of(2, Arbitraries.just(OptionalInt32.of(MsmqConstants.MQMSG_FIRST))),
                Tuple.of(3, Arbitraries.just(OptionalInt32.of(MsmqConstants.MQMSG_CURRENT))),
                Tuple.of(3, Arbitraries.just(OptionalInt32.of(MsmqConstants.MQMSG_NEXT))),
                Tuple.of(1, Arbitraries.of(3, -1, 0x10, Integer.MIN_VALUE, Integer.MAX_VALUE).map(OptionalInt32::of)));
    }

    static Arbitrary<OptionalInt32> timeouts() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(OptionalInt32.NOT_GIVEN)),
                Tuple.of(3, Arbitraries.just(OptionalInt32.of(0))),
                Tuple.of(2, Arbitraries.just(OptionalInt32.of(MsmqConstants.INFINITE))),
                Tuple.of(3, Arbitraries.integers().between(1, 50).map(OptionalInt32::of)),
                // Seconds, and past 16 bits of milliseconds (65,536 ms and more).
                Tuple.of(1, Arbitraries.integers().between(1000, 65_535).map(OptionalInt32::of)),
                Tuple.of(2, Arbitraries.integers().between(65_536, 200_000).map(OptionalInt32::of)));
    }

    static Arbitrary<Integer> accesses() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(MsmqConstants.MQ_PEEK_ACCESS)),
                Tuple.of(2, Arbitraries.just(MsmqConstants.MQ_PEEK_ADMIN_ACCESS)),
                Tuple.of(1, Arbitraries.of(MsmqConstants.MQ_RECEIVE_ACCESS, MsmqConstants.MQ_SEND_ACCESS,
                        MsmqConstants.MQ_RECEIVE_ACCESS | MsmqConstants.MQ_ADMIN_ACCESS, MsmqConstants.MQ_ADMIN_ACCESS)));
    }

    static Arbitrary<Long> advances() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(1, 60)),
                Tuple.of(1, Arbitraries.longs().between(1000, 100_000)),
                // Past 2^31 - 1 ms: INFINITE is not the largest signed timeout.
                Tuple.of(1, Arbitraries.just(1L << 31)));
    }

    static String cursorText(OptionalInt32 c) {
        if (!c.given()) {
            return "(not given)";
        }
        return switch (c.value()) {
            case MsmqConstants.MQMSG_FIRST -> "MQMSG_FIRST";
            case MsmqConstants.MQMSG_CURRENT -> "MQMSG_CURRENT";
            case MsmqConstants.MQMSG_NEXT -> "MQMSG_NEXT";
            default -> String.valueOf(c.value());
        };
    }

    static String timeoutText(OptionalInt32 t) {
        return !t.given() ? "(not given)" : t.value() == MsmqConstants.INFINITE ? "INFINITE" : t.value() + " ms";
    }
}
