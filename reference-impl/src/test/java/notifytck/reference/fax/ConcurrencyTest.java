package notifytck.reference.fax;

import static notifytck.reference.fax.FaxFixture.START;
import static notifytck.spi.fax.FaxConstants.FEI_DIALING;
import static notifytck.spi.fax.FaxConstants.WM_ENDSESSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import notifytck.reference.fax.FaxFixture.Received;
import notifytck.reference.fax.FaxFixture.Recorder;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.ServiceAccount;
import notifytck.spi.fax.SessionRef;
import notifytck.spi.fax.WindowRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hundreds of windows, events raised from several threads at once, on a fixed few threads. */
class ConcurrencyTest {
    private static final int SESSIONS = 10;
    private static final int WINDOWS_PER_SESSION = 40;
    private static final int RAISERS = 4;
    private static final int EVENTS_PER_RAISER = 50;

    private final FaxFixture f = new FaxFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void every_window_gets_every_event_once_in_one_order_on_the_fixed_pool() throws Exception {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        List<Recorder> recorders = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            SessionRef session = f.control.logon("user" + s);
            FaxClient client = f.control.startClient(session);
            for (int w = 0; w < WINDOWS_PER_SESSION; w++) {
                Recorder r = new Recorder();
                recorders.add(r);
                WindowRef window = f.control.createWindow(client, f.control.defaultDesktop(session), r);
                assertThat(f.api.faxInitializeEventQueue(client, null, 0, window, START)).isEqualTo(FaxResult.OK);
            }
        }
        assertThat(Thread.getAllStackTraces().keySet().stream().filter(f.fax::isWindowThread).count())
                .as("four hundred windows, and only the pool's threads").isEqualTo(ReferenceFax.WINDOW_THREADS);

        ExecutorService raisers = Executors.newFixedThreadPool(RAISERS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < RAISERS; t++) {
                int device = t;
                done.add(raisers.submit(() -> {
                    go.await();
                    for (int job = 0; job < EVENTS_PER_RAISER; job++) {
                        f.control.raiseEvent(FEI_DIALING, device, job);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> d : done) {
                d.get(FaxFixture.PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            raisers.shutdownNow();
        }
        f.quiesce();

        List<Received> first = recorders.get(0).layouts();
        assertThat(first).hasSize(RAISERS * EVENTS_PER_RAISER);
        for (int device = 0; device < RAISERS; device++) {
            int d = device;
            assertThat(first.stream().filter(r -> r.wParam() == d).map(Received::lParam).toList())
                    .as("device %d's events in the order raised", d).isSorted().hasSize(EVENTS_PER_RAISER);
        }
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        for (Recorder r : recorders) {
            assertThat(r.layouts()).as("every window sees the events in one order").isEqualTo(first);
            assertThat(r.overlapped()).isFalse();
            r.received().forEach(x -> threads.add(x.thread()));
        }
        assertThat(threads).hasSizeLessThanOrEqualTo(ReferenceFax.WINDOW_THREADS).allMatch(f.fax::isWindowThread);
        assertThat(f.fax.windowThreadsStarted()).isEqualTo(ReferenceFax.WINDOW_THREADS);
    }

    @Test
    void sessions_logging_off_concurrently_while_events_flow() throws Exception {
        f.control.configureService(ServiceAccount.user("faxsvc"));
        List<SessionRef> sessions = new ArrayList<>();
        List<Recorder> recorders = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            SessionRef session = f.control.logon("user" + s);
            FaxClient client = f.control.startClient(session);
            sessions.add(session);
            for (int w = 0; w < 20; w++) {
                Recorder r = new Recorder();
                r.reacting((window, m) -> {
                    if (m == WM_ENDSESSION) {
                        f.api.faxInitializeEventQueue(client, null, 1, window, 0);
                    }
                });
                recorders.add(r);
                WindowRef window = f.control.createWindow(client, f.control.defaultDesktop(session), r);
                assertThat(f.api.faxInitializeEventQueue(client, null, 0, window, START)).isEqualTo(FaxResult.OK);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS + 1);
        try {
            Future<?> events = pool.submit(() -> {
                for (int job = 0; job < 200; job++) {
                    f.control.raiseEvent(FEI_DIALING, 0, job);
                }
            });
            List<Future<Boolean>> logoffs = new ArrayList<>();
            for (SessionRef s : sessions) {
                logoffs.add(pool.submit(() -> f.control.logoff(s)));
            }
            Set<Boolean> results = new HashSet<>();
            for (Future<Boolean> l : logoffs) {
                results.add(l.get(FaxFixture.PATIENCE.toSeconds(), TimeUnit.SECONDS));
            }
            events.get(FaxFixture.PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(results).containsOnly(true);
        } finally {
            pool.shutdownNow();
        }
        f.quiesce();
        for (Recorder r : recorders) {
            assertThat(r.messages()).containsOnlyOnce(WM_ENDSESSION);
            // WM_ENDSESSION is sent, so it may overtake posted messages; those keep their order.
            assertThat(r.received().stream().filter(x -> x.message() != WM_ENDSESSION).map(Received::lParam).toList())
                    .isSorted().doesNotHaveDuplicates();
            assertThat(r.overlapped()).isFalse();
        }
    }
}
