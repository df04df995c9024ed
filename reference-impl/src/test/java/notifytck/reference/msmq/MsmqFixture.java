package notifytck.reference.msmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import notifytck.spi.HResult;
import notifytck.spi.msmq.CursorPosition;
import notifytck.spi.msmq.MessageRef;
import notifytck.spi.msmq.MsmqAdapter;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqControl;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;

/** One reference queue manager per test, with shorthands for the calls the tests repeat. */
final class MsmqFixture implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final HResult S_OK = HResult.of(0);
    static final OptionalInt32 FIRST = OptionalInt32.of(MsmqConstants.MQMSG_FIRST);
    static final OptionalInt32 CURRENT = OptionalInt32.of(MsmqConstants.MQMSG_CURRENT);
    static final OptionalInt32 NEXT = OptionalInt32.of(MsmqConstants.MQMSG_NEXT);
    static final OptionalInt32 INFINITE = OptionalInt32.of(MsmqConstants.INFINITE);
    static final OptionalInt32 NOT_GIVEN = OptionalInt32.NOT_GIVEN;

    final ReferenceMsmq msmq;
    final MsmqAdapter api;
    final MsmqControl control;

    MsmqFixture(ReferenceMsmq msmq) {
        this.msmq = msmq;
        this.api = msmq.adapter();
        this.control = msmq.control();
    }

    static MsmqFixture virtual() {
        return new MsmqFixture(ReferenceMsmq.withVirtualClock());
    }

    static OptionalInt32 ms(int millis) {
        return OptionalInt32.of(millis);
    }

    QueueRef peek(String queue) {
        return control.openQueue(queue, MsmqConstants.MQ_PEEK_ACCESS);
    }

    MessageRef put(String queue, String body) {
        return control.putMessage(queue, body);
    }

    HResult enable(QueueRef q, MsmqEvent e, OptionalInt32 cursor, OptionalInt32 timeout) {
        return api.enableNotification(q, e, cursor, timeout);
    }

    /** A call that must succeed. */
    void ok(QueueRef q, MsmqEvent e, OptionalInt32 cursor, OptionalInt32 timeout) {
        assertThat(enable(q, e, cursor, timeout)).isEqualTo(S_OK);
    }

    CursorPosition cursor(QueueRef q) {
        return control.cursor(q);
    }

    void advance(long millis) {
        control.advanceClock(Duration.ofMillis(millis));
    }

    void quiesce() {
        assertThat(control.quiesce(PATIENCE)).as("quiesce").isTrue();
    }

    @Override
    public void close() {
        msmq.close();
    }

    /** What one event object received, with the thread each event ran on. */
    static final class Recorder implements MsmqEvent {
        record Received(QueueRef queue, HResult error, Thread thread, long nanoTime) {
            boolean arrived() {
                return error == null;
            }

            @Override
            public String toString() {
                return (error == null ? "Arrived" : "ArrivedError(" + error.hex() + ")") + " on " + queue.handle();
            }
        }

        private final List<Received> received = new ArrayList<>();
        private Consumer<QueueRef> onArrived = q -> { };
        private CountDownLatch entered;
        private CountDownLatch release;

        Recorder onArrived(Consumer<QueueRef> action) {
            this.onArrived = action;
            return this;
        }

        /** Handlers block until {@link #letGo}, after counting down {@link #awaitEntered}. */
        Recorder holding() {
            entered = new CountDownLatch(1);
            release = new CountDownLatch(1);
            return this;
        }

        void awaitEntered() throws InterruptedException {
            assertThat(entered.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("handler entered").isTrue();
        }

        void letGo() {
            release.countDown();
        }

        @Override
        public void arrived(QueueRef queue) {
            record(new Received(queue, null, Thread.currentThread(), System.nanoTime()));
            onArrived.accept(queue);
        }

        @Override
        public void arrivedError(QueueRef queue, HResult errorCode) {
            record(new Received(queue, errorCode, Thread.currentThread(), System.nanoTime()));
        }

        private void record(Received r) {
            synchronized (this) {
                received.add(r);
            }
            if (entered != null) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        synchronized List<Received> received() {
            return List.copyOf(received);
        }

        /** "Arrived" or the error's hex, in the order received. */
        synchronized List<String> outcomes() {
            List<String> out = new ArrayList<>();
            for (Received r : received) {
                out.add(r.arrived() ? "Arrived" : r.error().hex());
            }
            return out;
        }
    }

    static final String NOT_FOUND = MsmqConstants.MQ_ERROR_MESSAGE_NOT_FOUND.hex();
    static final String IO_TIMEOUT = MsmqConstants.MQ_ERROR_IO_TIMEOUT.hex();
}
