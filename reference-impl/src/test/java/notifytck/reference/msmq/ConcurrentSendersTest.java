package notifytck.reference.msmq;

import static notifytck.reference.msmq.MsmqFixture.CURRENT;
import static notifytck.reference.msmq.MsmqFixture.FIRST;
import static notifytck.reference.msmq.MsmqFixture.INFINITE;
import static notifytck.reference.msmq.MsmqFixture.NEXT;
import static notifytck.reference.msmq.MsmqFixture.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Senders on several threads, new calls and the clock all racing over many pending calls: each
 * successful call still gets exactly one event, whichever of its outcomes wins.
 */
class ConcurrentSendersTest {
    private static final String[] QUEUES = {"q0", "q1", "q2", "q3"};
    private static final int SENDERS = 8;
    private static final int PUTS_PER_SENDER = 200;

    private final MsmqFixture f = MsmqFixture.virtual();
    private final Set<Thread> eventThreads = ConcurrentHashMap.newKeySet();
    private final List<Counter> infinite = Collections.synchronizedList(new ArrayList<>());
    private final List<Counter> finite = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService clients = Executors.newFixedThreadPool(SENDERS + 3);

    @AfterEach
    void close() throws InterruptedException {
        clients.shutdownNow();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        f.close();
    }

    private void enable(QueueRef q, int i, boolean timed) {
        Counter c = new Counter(eventThreads);
        OptionalInt32 cursor = i % 3 == 0 ? FIRST : i % 3 == 1 ? CURRENT : NEXT;
        f.ok(q, c, cursor, timed ? ms(1 + i % 500) : INFINITE);
        (timed ? finite : infinite).add(c);
    }

    @Test
    void every_pending_call_fires_exactly_once_under_concurrent_senders_callers_and_clock() throws Exception {
        List<QueueRef> objects = new ArrayList<>();
        for (String name : QUEUES) {
            for (int i = 0; i < 25; i++) {
                objects.add(f.peek(name));
            }
        }
        for (int i = 0; i < 4_000; i++) {
            enable(objects.get(i % objects.size()), i, i % 4 == 0);
        }

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> work = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            int sender = s;
            work.add(() -> {
                start.await();
                for (int n = 0; n < PUTS_PER_SENDER; n++) {
                    f.put(QUEUES[(sender + n) % QUEUES.length], "s" + sender + "-" + n);
                }
                return null;
            });
        }
        for (int c = 0; c < 2; c++) {
            int caller = c;
            work.add(() -> {
                start.await();
                for (int n = 0; n < 1_000; n++) {
                    enable(objects.get((caller * 31 + n) % objects.size()), n, n % 2 == 0);
                }
                return null;
            });
        }
        work.add(() -> {
            start.await();
            for (int n = 0; n < 600; n++) {
                f.advance(1);
            }
            return null;
        });
        List<Future<Void>> running = new ArrayList<>();
        for (Callable<Void> w : work) {
            running.add(clients.submit(w));
        }
        start.countDown();
        for (Future<Void> r : running) {
            r.get(60, TimeUnit.SECONDS);
        }

        // Whatever still waits gets its message or its timeout now.
        for (String name : QUEUES) {
            f.put(name, "last");
        }
        f.advance(1_000);
        f.quiesce();

        assertThat(infinite).hasSize(4_000 * 3 / 4 + 1_000).allSatisfy(c -> {
            assertThat(c.arrived.get()).isEqualTo(1);
            assertThat(c.total()).isEqualTo(1);
        });
        assertThat(finite).hasSize(4_000 / 4 + 1_000).allSatisfy(c -> {
            assertThat(c.total()).as("Arrived or IO_TIMEOUT, once").isEqualTo(1);
            assertThat(c.otherErrors.get()).isZero();
        });
        assertThat(f.msmq.pendingNotifications()).isZero();
        assertThat(f.msmq.scheduledTimeouts()).isZero();
        assertThat(eventThreads).allMatch(f.msmq::isEventThread);
        for (String name : QUEUES) {
            assertThat(f.control.messages(name)).as("peeking removes nothing")
                    .hasSize(SENDERS * PUTS_PER_SENDER / QUEUES.length + 1);
        }
    }
}
