package notifytck.properties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.kit.Timeouts;
import notifytck.spi.HResult;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/**
 * One timeout run on the virtual clock: EnableNotification calls with random timeouts, message
 * arrivals and clock advances, against a model of what each call must fire and when.
 */
final class TimeoutWorld {
    /** An event as an event object recorded it. */
    record Fired(int call, String what) {
        @Override
        public String toString() {
            return "call " + call + ": " + what;
        }
    }

    /** The model of one EnableNotification call. */
    private static final class Pending {
        final int id;
        final long enabledAt;
        final int timeout;
        String expected;

        Pending(int id, long enabledAt, int timeout) {
            this.id = id;
            this.enabledAt = enabledAt;
            this.timeout = timeout;
        }

        boolean finite() {
            return timeout != MsmqConstants.INFINITE && timeout > 0;
        }
    }

    private final SystemUnderTest sut = Sut.start();
    private final MsmqAdapter adapter = sut.msmq();
    private final MsmqControl control = sut.msmqControl();
    private final QueueRef queue = Deadline.call("openQueue", () -> control.openQueue("q", MsmqConstants.MQ_PEEK_ACCESS));
    private final History<Fired> history = new History<>();
    private final List<Pending> calls = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private long now;
    private int messages;

    void enable(int timeout) {
        Pending p = new Pending(calls.size(), now, timeout);
        calls.add(p);
        steps.add("at " + now + " ms: EnableNotification #" + p.id + " with timeout " + (timeout == MsmqConstants.INFINITE ? "INFINITE" : timeout));
        MsmqEvent event = new MsmqEvent() {
            @Override
            public void arrived(QueueRef q) {
                history.record(new Fired(p.id, "Arrived"));
            }

            @Override
            public void arrivedError(QueueRef q, HResult code) {
                history.record(new Fired(p.id, "ArrivedError " + code.hex()));
            }
        };
        HResult r = Deadline.call("EnableNotification", () -> adapter.enableNotification(queue, event,
                OptionalInt32.of(MsmqConstants.MQMSG_FIRST), OptionalInt32.of(timeout)));
        if (!r.equals(HResult.of(0))) {
            throw PropertyFailures.fail("REQ-MSMQ-ENABLE-004", "EnableNotification returned " + r, steps, history.dump());
        }
        if (messages > 0) {
            p.expected = "Arrived";
        } else if (timeout == 0) {
            p.expected = "ArrivedError " + MsmqConstants.MQ_ERROR_MESSAGE_NOT_FOUND.hex();
        }
    }

    void put() {
        steps.add("at " + now + " ms: a message arrives");
        Deadline.call("putMessage", () -> control.putMessage("q", "m" + messages));
        messages++;
        for (Pending p : calls) {
            if (p.expected == null) {
                p.expected = "Arrived";
            }
        }
    }

    void advance(int ms) {
        steps.add("advance " + ms + " ms to " + (now + ms));
        Deadline.call("advanceClock", () -> {
            control.advanceClock(Duration.ofMillis(ms));
            return null;
        });
        now += ms;
        for (Pending p : calls) {
            if (p.expected == null && p.finite() && p.enabledAt + p.timeout <= now) {
                p.expected = "ArrivedError " + MsmqConstants.MQ_ERROR_IO_TIMEOUT.hex();
            }
        }
    }

    /** After every action: exactly what the model says has fired, nothing more, nothing missing. */
    void invariant() {
        notifytck.kit.Settling.quiesce("quiesce", control::quiesce, () -> String.join("\n", steps) + "\n" + history.dump());
        for (Pending p : calls) {
            List<String> got = history.where(f -> f.call() == p.id).stream().map(r -> r.event().what()).toList();
            List<String> expected = p.expected == null ? List.of() : List.of(p.expected);
            if (!got.equals(expected)) {
                throw PropertyFailures.fail(violated(p, got, expected), "at " + now + " ms call #" + p.id + " (enabled at " + p.enabledAt + " ms, timeout "
                        + (p.timeout == MsmqConstants.INFINITE ? "INFINITE" : p.timeout) + ") fired " + got + ", expected " + expected,
                        steps, history.dump());
            }
        }
    }

    /** The one rule a wrong outcome breaks: once per call, then the rule for the call's timeout. */
    private static String violated(Pending p, List<String> got, List<String> expected) {
        if (got.size() > 1) {
            return "REQ-MSMQ-ENABLE-021";
        }
        if (p.timeout == 0) {
            return "REQ-MSMQ-ENABLE-015";
        }
        if (p.timeout == MsmqConstants.INFINITE) {
            return "REQ-MSMQ-ENABLE-018";
        }
        boolean arrival = expected.contains("Arrived") || got.contains("Arrived");
        return arrival ? "REQ-MSMQ-ENABLE-017" : "REQ-MSMQ-ENABLE-016";
    }
}
