package notifytck.reference.fax;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.DesktopRef;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.SessionRef;
import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/** One reference fax service per test, with shorthands for the calls the tests repeat. */
final class FaxFixture implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final int START = 0x0400 + 0x100;

    final ReferenceFax fax;
    final FaxAdapter api;
    final FaxControl control;

    FaxFixture() {
        this(new ReferenceFax());
    }

    FaxFixture(ReferenceFax fax) {
        this.fax = fax;
        this.api = fax.adapter();
        this.control = fax.control();
    }

    /** A user logged on with one client and one window on the interactive desktop. */
    final class Desk {
        final SessionRef session;
        final FaxClient client;
        final Recorder recorder;
        final WindowRef window;

        Desk(String user) {
            this(user, new Recorder());
        }

        Desk(String user, Recorder recorder) {
            this.session = control.logon(user);
            this.client = control.startClient(session);
            this.recorder = recorder;
            this.window = control.createWindow(client, control.defaultDesktop(session), recorder);
        }

        FaxResult register() {
            return api.faxInitializeEventQueue(client, null, 0, window, START);
        }

        FaxResult logoffRegistration() {
            return api.faxInitializeEventQueue(client, null, 1, window, 0);
        }
    }

    WindowRef window(FaxClient client, DesktopRef desktop, Recorder recorder) {
        return control.createWindow(client, desktop, recorder);
    }

    void quiesce() {
        assertThat(control.quiesce(PATIENCE)).as("quiesce").isTrue();
    }

    @Override
    public void close() {
        fax.close();
    }

    /** One message as the procedure saw it. */
    record Received(int message, long wParam, long lParam, Thread thread) {
        Received(int message, long wParam, long lParam) {
            this(message, wParam, lParam, null);
        }

        Received layout() {
            return new Received(message, wParam, lParam, null);
        }
    }

    /** What a window's procedure was called with, and whether it was ever entered twice at once. */
    static class Recorder implements WindowProcedure {
        private final List<Received> received = new ArrayList<>();
        private final AtomicInteger inside = new AtomicInteger();
        private final AtomicBoolean overlapped = new AtomicBoolean();
        private volatile Reaction reaction = (w, m) -> { };

        interface Reaction {
            void react(WindowRef window, int message) throws Exception;
        }

        Recorder reacting(Reaction reaction) {
            this.reaction = reaction;
            return this;
        }

        @Override
        public void onMessage(WindowRef window, int message, long wParam, long lParam) {
            if (inside.incrementAndGet() > 1) {
                overlapped.set(true);
            }
            try {
                synchronized (this) {
                    received.add(new Received(message, wParam, lParam, Thread.currentThread()));
                }
                reaction.react(window, message);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                inside.decrementAndGet();
            }
        }

        synchronized List<Received> received() {
            return List.copyOf(received);
        }

        /** Message, wParam and lParam only. */
        List<Received> layouts() {
            return received().stream().map(Received::layout).toList();
        }

        List<Integer> messages() {
            return received().stream().map(Received::message).toList();
        }

        boolean overlapped() {
            return overlapped.get();
        }
    }

    /** A procedure whose next message blocks until let go, after saying it entered. */
    static final class Holder {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        void hold() throws InterruptedException {
            entered.countDown();
            release.await();
        }

        void awaitEntered() throws InterruptedException {
            assertThat(entered.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("procedure entered").isTrue();
        }

        void letGo() {
            release.countDown();
        }
    }

    /** A completion port that keeps its packets. */
    static final class Port implements CompletionPort {
        record Packet(long key, int eventId, int deviceId, int jobId) {
        }

        private final List<Packet> packets = new ArrayList<>();

        @Override
        public synchronized void post(long completionKey, int eventId, int deviceId, int jobId) {
            packets.add(new Packet(completionKey, eventId, deviceId, jobId));
        }

        synchronized List<Packet> packets() {
            return List.copyOf(packets);
        }
    }
}
