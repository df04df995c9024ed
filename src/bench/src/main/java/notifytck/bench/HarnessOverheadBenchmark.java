package notifytck.bench;

import java.util.concurrent.TimeUnit;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.reference.ReferenceImplementation;
import notifytck.spi.HResult;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the kit adds to one call into the implementation: the hand-off to a caller thread under a
 * deadline (so a hung implementation cannot hang the kit) and the history record. The call is
 * EnableNotification with a null event, which the reference refuses at once with E_INVALIDARG.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HarnessOverheadBenchmark {
    private SystemUnderTest sut;
    private QueueRef queue;
    private History<String> history;

    @Setup(Level.Trial)
    public void setUp() {
        sut = new ReferenceImplementation().start();
        queue = sut.msmqControl().openQueue("q", MsmqConstants.MQ_PEEK_ACCESS);
    }

    /** A fresh history per iteration: it keeps everything, as a scenario's does. */
    @Setup(Level.Iteration)
    public void freshHistory() {
        history = new History<>();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sut.close();
    }

    private HResult call() {
        return sut.msmq().enableNotification(queue, null, OptionalInt32.NOT_GIVEN, OptionalInt32.NOT_GIVEN);
    }

    @Benchmark
    public HResult directSpiCall() {
        return call();
    }

    @Benchmark
    public HResult throughTheKitsHarness() {
        HResult r = Deadline.call("EnableNotification", this::call);
        history.record("q EnableNotification -> " + r);
        return r;
    }
}
