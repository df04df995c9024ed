package notifytck.reference.rpc;

import static notifytck.reference.rpc.RpcFixture.APC;
import static notifytck.reference.rpc.RpcFixture.BOTH;
import static notifytck.reference.rpc.RpcFixture.CALLBACK;
import static notifytck.reference.rpc.RpcFixture.CANCEL;
import static notifytck.reference.rpc.RpcFixture.DISCONNECT;
import static notifytck.reference.rpc.RpcFixture.EVENT;
import static notifytck.reference.rpc.RpcFixture.IOC;
import static notifytck.reference.rpc.RpcFixture.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcServerAdapter.Unsubscription;
import notifytck.spi.rpc.RpcStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

/** Many calls, many threads subscribing, unsubscribing, cancelling and disconnecting at once. */
class ConcurrentCallsTest {
    private static final int CALLS = 100;
    private static final int THREADS = 12;

    private final RpcFixture f = new RpcFixture();
    private final Set<Thread> deliveryThreads = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    private final CyclicBarrier start = new CyclicBarrier(THREADS);

    @AfterEach
    void close() {
        threads.shutdownNow();
        f.close();
    }

    /** Runs {@code work} on every test thread at once, thread number as the argument, and waits for all. */
    private void onEveryThread(ThreadWork work) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int n = t;
            done.add(threads.submit(() -> {
                start.await();
                work.run(n);
                return null;
            }));
        }
        for (Future<?> d : done) {
            d.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    interface ThreadWork {
        void run(int thread) throws Exception;
    }

    private static List<Integer> shuffled(int seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    @RepeatedTest(3)
    void a_hundred_calls_subscribed_and_cancelled_from_many_threads_tell_each_target_once() throws Exception {
        List<CallRef> calls = new ArrayList<>();
        List<Tally> onCancel = new ArrayList<>();
        List<Tally> onDisconnect = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            calls.add(i % 2 == 0 ? f.sync() : f.async());
            onCancel.add(new Tally(deliveryThreads));
            onDisconnect.add(new Tally(deliveryThreads));
        }
        onEveryThread(t -> {
            for (int i = t; i < CALLS; i += THREADS) {
                CallRef c = calls.get(i);
                Tally cancel = onCancel.get(i);
                Tally disconnect = onDisconnect.get(i);
                switch (i % 4) {
                    case 0 -> {
                        f.ok(c, CANCEL, EVENT, NotificationInfo.event(cancel));
                        f.ok(c, DISCONNECT, EVENT, NotificationInfo.event(disconnect));
                    }
                    case 1 -> f.ok(c, BOTH, APC, NotificationInfo.apc(cancel, f.control.workerThread()));
                    case 2 -> {
                        f.ok(c, CANCEL, IOC, NotificationInfo.ioc(cancel, i, i, i));
                        f.ok(c, DISCONNECT, CALLBACK, NotificationInfo.callback(disconnect));
                    }
                    default -> f.ok(c, BOTH, CALLBACK, NotificationInfo.callback(cancel));
                }
            }
        });
        onEveryThread(t -> {
            for (int i : shuffled(t)) {
                f.control.clientCancels(calls.get(i));
                f.control.clientDisconnects(calls.get(i));
            }
        });
        f.quiesce();

        for (int i = 0; i < CALLS; i++) {
            Tally cancel = onCancel.get(i);
            Tally disconnect = onDisconnect.get(i);
            switch (i % 4) {
                case 0, 2 -> {
                    assertThat(cancel.total()).as("call %d, cancel target", i).isEqualTo(1);
                    assertThat(disconnect.total()).as("call %d, disconnect target", i).isEqualTo(1);
                    if (i % 4 == 2) {
                        assertThat(disconnect.disconnects.get()).isEqualTo(1);
                    }
                }
                default -> {
                    assertThat(cancel.cancels.get()).as("call %d", i).isEqualTo(1);
                    assertThat(cancel.disconnects.get()).as("call %d", i).isEqualTo(1);
                    assertThat(disconnect.total()).isZero();
                }
            }
        }
        assertThat(deliveryThreads).isNotEmpty().allMatch(f.rpc::isDeliveryThread);
        // A lane retires just after its last target returned, so this may take a moment.
        await().pollInSameThread().atMost(PATIENCE).until(() -> f.rpc.activeLanes() == 0);
    }

    @RepeatedTest(3)
    void subscribing_while_the_client_cancels_tells_each_at_most_once() throws Exception {
        List<CallRef> calls = new ArrayList<>();
        List<Tally> targets = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            calls.add(f.sync());
            targets.add(new Tally(deliveryThreads));
        }
        onEveryThread(t -> {
            for (int i : shuffled(t)) {
                if (i % THREADS == t) {
                    f.ok(calls.get(i), BOTH, CALLBACK, NotificationInfo.callback(targets.get(i)));
                } else {
                    f.control.clientCancels(calls.get(i));
                }
            }
        });
        f.quiesce();
        for (int i = 0; i < CALLS; i++) {
            assertThat(targets.get(i).total()).as("call %d", i).isLessThanOrEqualTo(1);
            assertThat(f.api.testCancel(calls.get(i).dispatchThread(), null)).isEqualTo(RpcStatus.RPC_S_OK);
        }
        // The cancel has happened on every call; subscribing now does not replay it.
        for (int i = 0; i < CALLS; i++) {
            f.control.clientCancels(calls.get(i));
        }
        f.quiesce();
        int told = targets.stream().mapToInt(Tally::total).sum();
        for (int i = 0; i < CALLS; i++) {
            assertThat(targets.get(i).total()).as("call %d", i).isLessThanOrEqualTo(1);
        }
        assertThat(targets.stream().mapToInt(Tally::total).sum()).isEqualTo(told);
    }

    @RepeatedTest(3)
    void unsubscribing_while_the_client_cancels_either_delivers_or_counts_never_both() throws Exception {
        List<CallRef> calls = new ArrayList<>();
        List<Tally> targets = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            CallRef c = f.async();
            Tally tally = new Tally(deliveryThreads);
            calls.add(c);
            targets.add(tally);
            f.ok(c, BOTH, CALLBACK, NotificationInfo.callback(tally));
        }
        int[] queued = new int[CALLS];
        onEveryThread(t -> {
            for (int i : shuffled(t)) {
                CallRef c = calls.get(i);
                if (i % THREADS == t) {
                    Unsubscription u = f.api.unsubscribeForNotification(c.dispatchThread(), null, BOTH);
                    assertThat(u.status()).isEqualTo(RpcStatus.RPC_S_OK);
                    queued[i] = u.notificationsQueued();
                    f.control.completeCall(c);
                } else if (i % 2 == 0) {
                    f.control.clientCancels(c);
                } else {
                    f.control.clientDisconnects(c);
                }
            }
        });
        f.quiesce();
        for (int i = 0; i < CALLS; i++) {
            // One kind happens to each call: its notification ran (queued, counted), or was dropped or never due (not counted).
            assertThat(queued[i]).as("call %d: NotificationsQueued is what reached the server", i).isEqualTo(targets.get(i).total());
        }
        assertThat(deliveryThreads).allMatch(f.rpc::isDeliveryThread);
    }
}
