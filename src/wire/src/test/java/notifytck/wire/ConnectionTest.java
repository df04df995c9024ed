package notifytck.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The framing: what breaks a connection, and that a waiting call learns why at once. */
class ConnectionTest {
    /** A connection whose other side the test writes by hand. */
    static final class Harness {
        final PipedOutputStream toUs = new PipedOutputStream();
        final PipedInputStream fromUs = new PipedInputStream(1 << 16);
        final Connection connection;

        Harness() throws Exception {
            PipedInputStream in = new PipedInputStream(toUs, 1 << 16);
            PipedOutputStream out = new PipedOutputStream(fromUs);
            connection = new Connection("the program", in, out, (id, type, m, reply) -> reply.ok(null)).start();
        }

        void write(String text) throws Exception {
            toUs.write(text.getBytes(StandardCharsets.UTF_8));
            toUs.flush();
        }

        ObjectNode request() {
            ObjectNode o = Messages.object();
            o.put("type", "start");
            return o;
        }
    }

    @Test
    void aLineThatIsNotJsonBreaksTheConnectionAndAWaitingCallFailsWithIt() throws Exception {
        Harness h = new Harness();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                h.connection.call(h.request(), Duration.ofSeconds(10));
            } catch (WireFailure e) {
                failure.set(e);
            }
        });
        t.start();
        h.write("garbage here\n");
        t.join(5000);
        assertThat(failure.get()).hasMessageContaining("not a JSON object: 'garbage here'");
        assertThat(h.connection.broken()).contains("garbage here");
        assertThatThrownBy(() -> h.connection.call(h.request(), Duration.ofSeconds(1))).hasMessageContaining("garbage here");
    }

    @Test
    void aReplyNobodyWaitsForBreaksTheConnection() throws Exception {
        Harness h = new Harness();
        h.write("{\"re\": 41, \"ok\": null}\n");
        awaitBroken(h);
        assertThat(h.connection.broken()).contains("answered request 41, which is not waiting for an answer");
    }

    @Test
    void aSilentPeerFailsTheCallAfterItsLimitAndSaysWhatHalfLineItWrote() throws Exception {
        Harness h = new Harness();
        h.write("{\"re\": 1, \"ok\"");
        assertThatThrownBy(() -> h.connection.call(h.request(), Duration.ofMillis(300)))
                .hasMessageContaining("did not answer request 1 (start) within 300 ms")
                .hasMessageContaining("wrote part of a line and stopped: '{\"re\": 1, \"ok\"'");
    }

    @Test
    void theEndOfTheStreamInTheMiddleOfALineIsNamed() throws Exception {
        Harness h = new Harness();
        h.write("{\"re\": 1");
        h.toUs.close();
        awaitBroken(h);
        assertThat(h.connection.broken()).contains("closed its output in the middle of a line: '{\"re\": 1'");
    }

    @Test
    void aLineLongerThanTheLimitBreaksTheConnectionWithoutKeepingIt() throws Exception {
        Harness h = new Harness();
        Thread writer = new Thread(() -> {
            try {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'x');
                for (int i = 0; i < 20 && h.connection.broken() == null; i++) {
                    h.toUs.write(chunk);
                }
            } catch (Exception ignored) {
                // the reader closed its end
            }
        });
        writer.setDaemon(true);
        writer.start();
        awaitBroken(h);
        assertThat(h.connection.broken()).contains("a line longer than " + Connection.MAX_LINE + " bytes");
    }

    @Test
    void aMessageThatIsNeitherRequestNorReplyBreaksTheConnection() throws Exception {
        Harness h = new Harness();
        h.write("{\"type\": \"msmq.event.arrived\"}\n");
        awaitBroken(h);
        assertThat(h.connection.broken()).contains("neither a reply");
    }

    @Test
    void aReplyWithAFractionalIdTrailingTextOrATwiceNamedMemberBreaksTheConnection() throws Exception {
        for (String bad : new String[] {"{\"re\": 1.9, \"ok\": null}", "{\"re\": 1, \"ok\": null}{\"re\": 2, \"ok\": null}",
                "{\"re\": 1, \"re\": 2, \"ok\": null}"}) {
            Harness h = new Harness();
            h.write(bad + "\n");
            awaitBroken(h);
            assertThat(h.connection.broken()).as(bad).isNotBlank();
        }
    }

    @Test
    void callbacksMadeDuringACallTheCallerGaveUpOnStillRun() throws Exception {
        Harness h = new Harness();
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(2);
        java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        Thread caller = new Thread(() -> {
            try {
                h.connection.call(h.request(), Duration.ofSeconds(30));
            } catch (WireFailure expected) {
                // interrupted: the kit gave up on the call
            }
        });
        caller.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> h.connection.runDuring(1, () -> {
            first.countDown();
            ran.countDown();
            try {
                // Busy until the caller is interrupted, which is what giving up on the call does.
                new java.util.concurrent.CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(h.connection.runDuring(1, ran::countDown)).isTrue();
        first.await();
        caller.interrupt();
        assertThat(ran.await(5, java.util.concurrent.TimeUnit.SECONDS)).as("the second callback ran although its caller gave up").isTrue();
    }

    private static void awaitBroken(Harness h) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> h.connection.broken() != null);
    }
}
