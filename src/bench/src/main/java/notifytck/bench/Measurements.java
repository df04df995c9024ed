package notifytck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import notifytck.reference.ReferenceImplementation;
import notifytck.spi.HResult;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.MsmqEvent;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;
import notifytck.spi.spooler.ChannelRef;

/**
 * What JMH's modes do not measure well: timer lateness as percentiles, thread counts, and the heap
 * with very many pending calls and channels, and after they end. Written to measurements.json.
 */
public final class Measurements {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Measurements() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "reports/benchmarks");
        Files.createDirectories(dir);
        ObjectNode out = JSON.createObjectNode();
        out.set("msmqTimeoutLateness", lateness(10_000));
        out.set("msmqPendingThreadsAndHeap", pending(100_000));
        out.set("spoolerChannelsHeap", channels(10_000));
        // The CLI and reference jars are given by the bench module's pom; without them (a run of this class by hand) the ratio is left out.
        String cli = System.getProperty("notifytck.cli.jar");
        String reference = System.getProperty("notifytck.reference.jar");
        if (cli != null && reference != null) {
            out.set("quiesceRatio", QuiesceRatio.measure(Path.of(cli), Path.of(reference), Integer.getInteger("notifytck.ratio.pairs", 5)));
        }
        JSON.writeValue(dir.resolve("measurements.json").toFile(), out);
        System.out.println(JSON.writeValueAsString(out));
    }

    /** 10,000 finite timeouts (0.5 to 1 s) pending at once on the real clock; lateness of each ArrivedError against a ScheduledThreadPoolExecutor with the same delays. */
    static ObjectNode lateness(int calls) throws Exception {
        SystemUnderTest sut = ReferenceImplementation.realTime().start();
        QueueRef queue = sut.msmqControl().openQueue("q", MsmqConstants.MQ_PEEK_ACCESS);
        long[] due = new long[calls];
        long[] fired = new long[calls];
        CountDownLatch all = new CountDownLatch(calls);
        java.util.concurrent.atomic.AtomicInteger arrivedInstead = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < calls; i++) {
            int call = i;
            int timeout = 500 + (i % 500);
            MsmqEvent event = new MsmqEvent() {
                @Override
                public void arrived(QueueRef q) {
                    // The queue stays empty: Arrived is a wrong event, not an early timeout.
                    arrivedInstead.incrementAndGet();
                    all.countDown();
                }

                @Override
                public void arrivedError(QueueRef q, HResult code) {
                    fired[call] = System.nanoTime();
                    all.countDown();
                }
            };
            due[i] = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout);
            HResult r = sut.msmq().enableNotification(queue, event, OptionalInt32.of(MsmqConstants.MQMSG_FIRST), OptionalInt32.of(timeout));
            if (r.failed()) {
                throw new IllegalStateException("EnableNotification: " + r);
            }
        }
        if (!all.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("timeouts did not all fire");
        }
        if (arrivedInstead.get() > 0) {
            throw new IllegalStateException(arrivedInstead.get() + " calls on an empty queue fired Arrived instead of timing out");
        }
        sut.close();
        double[] reference = latenessMillis(due, fired);

        ScheduledThreadPoolExecutor stpe = new ScheduledThreadPoolExecutor(2);
        long[] sdue = new long[calls];
        long[] sfired = new long[calls];
        CountDownLatch sall = new CountDownLatch(calls);
        for (int i = 0; i < calls; i++) {
            int call = i;
            int timeout = 500 + (i % 500);
            sdue[i] = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout);
            stpe.schedule(() -> {
                sfired[call] = System.nanoTime();
                sall.countDown();
            }, timeout, TimeUnit.MILLISECONDS);
        }
        if (!sall.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("ScheduledThreadPoolExecutor's tasks did not all run");
        }
        stpe.shutdown();
        double[] jdk = latenessMillis(sdue, sfired);
        ObjectNode n = JSON.createObjectNode();
        n.put("pendingCalls", calls);
        n.put("referenceP50Ms", pct(reference, 50));
        n.put("referenceP99Ms", pct(reference, 99));
        n.put("referenceMaxMs", pct(reference, 100));
        n.put("scheduledThreadPoolExecutorP50Ms", pct(jdk, 50));
        n.put("scheduledThreadPoolExecutorP99Ms", pct(jdk, 99));
        n.put("scheduledThreadPoolExecutorMaxMs", pct(jdk, 100));
        n.put("earlyFirings", Arrays.stream(reference).filter(x -> x < 0).count());
        return n;
    }

    private static double[] latenessMillis(long[] due, long[] fired) {
        double[] out = new double[due.length];
        for (int i = 0; i < due.length; i++) {
            out[i] = (fired[i] - due[i]) / 1e6;
        }
        Arrays.sort(out);
        return out;
    }

    private static double pct(double[] sorted, int p) {
        int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return Math.round(sorted[Math.max(0, i)] * 100) / 100.0;
    }

    /** 100,000 INFINITE EnableNotification calls pending on one empty queue: threads and heap with them, and after the instance closes. */
    static ObjectNode pending(int calls) {
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long heapBefore = usedHeapAfterGc();
        SystemUnderTest sut = ReferenceImplementation.realTime().start();
        QueueRef queue = sut.msmqControl().openQueue("q", MsmqConstants.MQ_PEEK_ACCESS);
        AtomicLong events = new AtomicLong();
        MsmqEvent count = new MsmqEvent() {
            @Override
            public void arrived(QueueRef q) {
                events.incrementAndGet();
            }

            @Override
            public void arrivedError(QueueRef q, HResult code) {
                events.incrementAndGet();
            }
        };
        for (int i = 0; i < calls; i++) {
            sut.msmq().enableNotification(queue, count, OptionalInt32.of(MsmqConstants.MQMSG_FIRST), OptionalInt32.of(MsmqConstants.INFINITE));
        }
        int threadsWith = ManagementFactory.getThreadMXBean().getThreadCount();
        long heapWith = usedHeapAfterGc();
        sut.close();
        long heapAfter = usedHeapAfterGc();
        ObjectNode n = JSON.createObjectNode();
        n.put("pendingCalls", calls);
        n.put("threadsBefore", threadsBefore);
        n.put("threadsWithPending", threadsWith);
        n.put("heapBeforeMiB", mib(heapBefore));
        n.put("heapWithPendingMiB", mib(heapWith));
        n.put("heapAfterCloseMiB", mib(heapAfter));
        n.put("bytesPerPendingCall", (heapWith - heapBefore) / calls);
        n.put("eventsFired", events.get());
        return n;
    }

    /** 10,000 open channels (the reference's limit): heap with them, and after each is closed and released. */
    static ObjectNode channels(int count) {
        long heapBefore = usedHeapAfterGc();
        SystemUnderTest sut = new ReferenceImplementation().start();
        sut.spoolerControl().installPrinter(sut.spoolerControl().localMachine(), "Laser");
        List<ChannelRef> open = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            open.add(Spoolers.channel(sut));
        }
        long heapWith = usedHeapAfterGc();
        int live = sut.spoolerControl().liveChannelObjects();
        for (ChannelRef c : open) {
            sut.spooler().closeChannel(c, null);
            sut.spooler().release(c);
        }
        int liveAfter = sut.spoolerControl().liveChannelObjects();
        long heapReleased = usedHeapAfterGc();
        sut.close();
        ObjectNode n = JSON.createObjectNode();
        n.put("channels", count);
        n.put("liveChannelObjects", live);
        n.put("liveAfterCloseAndRelease", liveAfter);
        n.put("heapBeforeMiB", mib(heapBefore));
        n.put("heapWithChannelsMiB", mib(heapWith));
        n.put("heapAfterReleaseMiB", mib(heapReleased));
        n.put("bytesPerChannel", (heapWith - heapBefore) / count);
        return n;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mib(long bytes) {
        return Math.round(bytes / 1048576.0 * 10) / 10.0;
    }
}
