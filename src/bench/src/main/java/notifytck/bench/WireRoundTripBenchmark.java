package notifytck.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import notifytck.reference.ReferenceImplementation;
import notifytck.spi.HResult;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.msmq.MsmqConstants;
import notifytck.spi.msmq.OptionalInt32;
import notifytck.spi.msmq.QueueRef;
import notifytck.wire.client.WireImplementation;
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
 * One call over the wire against the same call in process: EnableNotification with a null event,
 * which the reference refuses at once, so the figure is the protocol's round trip (encode, pipe,
 * Serve's dispatch, the reply, decode and check) and not the implementation's work. The served
 * reference runs in a JVM of its own, started as --sut-command starts it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WireRoundTripBenchmark {
    private SystemUnderTest inProcess;
    private QueueRef inProcessQueue;
    private WireImplementation wire;
    private SystemUnderTest overWire;
    private QueueRef wireQueue;

    @Setup(Level.Trial)
    public void setUp() {
        inProcess = new ReferenceImplementation().start();
        inProcessQueue = inProcess.msmqControl().openQueue("q", MsmqConstants.MQ_PEEK_ACCESS);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        wire = WireImplementation.command(java + " -cp " + System.getProperty("java.class.path")
                + " notifytck.wire.serve.Serve --sut " + ReferenceImplementation.class.getName(), Duration.ofSeconds(10));
        overWire = wire.start();
        wireQueue = overWire.msmqControl().openQueue("q", MsmqConstants.MQ_PEEK_ACCESS);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        overWire.close();
        wire.close();
        inProcess.close();
    }

    @Benchmark
    public HResult inProcessCall() {
        return inProcess.msmq().enableNotification(inProcessQueue, null, OptionalInt32.NOT_GIVEN, OptionalInt32.NOT_GIVEN);
    }

    @Benchmark
    public HResult wireCall() {
        return overWire.msmq().enableNotification(wireQueue, null, OptionalInt32.NOT_GIVEN, OptionalInt32.NOT_GIVEN);
    }
}
