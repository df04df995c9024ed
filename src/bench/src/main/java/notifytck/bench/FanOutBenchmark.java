package notifytck.bench;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import notifytck.reference.ReferenceImplementation;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Ordered fan-out: one sender, L listeners, each op sends a batch and waits until every listener
 * has every notification. The reference spooler (per-receiver serial lanes on a fixed pool, bounded
 * queues) against the JDK's SubmissionPublisher with L subscribers on the common pool. Per-delivery
 * cost = time per op / (batch × L); the summary divides them. Both sides' listeners count on a
 * LongAdder: one shared AtomicLong measured the listeners' own contention for it (the reference's
 * two delivery threads against the publisher's one pool thread) more than the fan-out.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FanOutBenchmark {
    @Param({"1", "100", "10000"})
    public int listeners;

    private SystemUnderTest sut;
    private ChannelRef channel;
    private final LongAdder referenceDelivered = new LongAdder();
    private SubmissionPublisher<String> publisher;
    private final LongAdder publisherDelivered = new LongAdder();

    /** Notifications per op: deliveries per op stay near 1,000 to 10,000, and within the spooler's bounded queue (1,000). */
    public static int batch(int listeners) {
        return Math.max(1, Math.min(500, 10_000 / listeners));
    }

    @Setup(Level.Trial)
    public void setUp() {
        sut = new ReferenceImplementation().start();
        sut.spoolerControl().installPrinter(sut.spoolerControl().localMachine(), "Laser");
        Spoolers.listeners(sut, listeners, referenceDelivered);
        channel = Spoolers.channel(sut);
        publisher = new SubmissionPublisher<>(ForkJoinPool.commonPool(), 1024);
        for (int i = 0; i < listeners; i++) {
            publisher.subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription s) {
                    s.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String item) {
                    publisherDelivered.increment();
                }

                @Override
                public void onError(Throwable t) {
                    // Not expected.
                }

                @Override
                public void onComplete() {
                    // Not measured.
                }
            });
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        publisher.close();
        sut.close();
    }

    @Benchmark
    public long referenceSpooler() {
        int n = batch(listeners);
        long target = referenceDelivered.sum() + (long) n * listeners;
        for (int i = 0; i < n; i++) {
            var r = sut.spooler().sendNotification(channel, new NotificationData(Spoolers.TYPE, "n" + i));
            if (r.failed()) {
                throw new IllegalStateException("send failed: " + r);
            }
        }
        return awaitCount(referenceDelivered, target);
    }

    @Benchmark
    public long submissionPublisher() {
        int n = batch(listeners);
        long target = publisherDelivered.sum() + (long) n * listeners;
        for (int i = 0; i < n; i++) {
            publisher.submit("n" + i);
        }
        return awaitCount(publisherDelivered, target);
    }

    private static long awaitCount(LongAdder counter, long target) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (counter.sum() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("deliveries stopped at " + counter.sum() + " of " + target);
            }
            LockSupport.parkNanos(2_000);
        }
        return counter.sum();
    }
}
