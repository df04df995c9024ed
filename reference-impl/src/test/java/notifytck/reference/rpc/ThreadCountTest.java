package notifytck.reference.rpc;

import static notifytck.reference.rpc.RpcFixture.APC;
import static notifytck.reference.rpc.RpcFixture.BOTH;
import static notifytck.reference.rpc.RpcFixture.CALLBACK;
import static notifytck.reference.rpc.RpcFixture.CANCEL;
import static notifytck.reference.rpc.RpcFixture.EVENT;
import static notifytck.reference.rpc.RpcFixture.IOC;
import static notifytck.reference.rpc.RpcFixture.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Calls in progress and subscriptions are entries in maps, not threads: a few hundred of them add
 * only the fixed delivery pool, and every notification runs there.
 */
class ThreadCountTest {
    private static final int CALLS = 400;

    private final Set<Thread> before = liveThreads();
    private final RpcFixture f = new RpcFixture();
    private final Set<Thread> deliveryThreads = ConcurrentHashMap.newKeySet();

    @AfterEach
    void close() {
        f.close();
    }

    private static Set<Thread> liveThreads() {
        return new HashSet<>(Thread.getAllStackTraces().keySet());
    }

    private void assertThreadGrowthBounded() {
        Set<Thread> grown = liveThreads();
        grown.removeAll(before);
        assertThat(grown).as("threads started since the test began")
                .hasSizeLessThanOrEqualTo(ReferenceRpc.DELIVERY_THREADS)
                .allMatch(t -> t.getName().startsWith(ReferenceRpc.DELIVERY_THREAD_NAME_PREFIX));
    }

    @Test
    void hundreds_of_subscribed_calls_in_progress_add_no_threads() {
        List<CallRef> calls = new ArrayList<>();
        List<Tally> targets = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            CallRef c = i % 2 == 0 ? f.sync() : f.async();
            Tally t = new Tally(deliveryThreads);
            calls.add(c);
            targets.add(t);
            switch (i % 4) {
                case 0 -> f.ok(c, CANCEL, EVENT, NotificationInfo.event(t));
                case 1 -> f.ok(c, BOTH, APC, NotificationInfo.apc(t, f.control.workerThread()));
                case 2 -> f.ok(c, CANCEL, IOC, NotificationInfo.ioc(t, 1, 2, 3));
                default -> f.ok(c, BOTH, CALLBACK, NotificationInfo.callback(t));
            }
        }
        assertThreadGrowthBounded();

        for (CallRef c : calls) {
            f.control.clientCancels(c);
        }
        f.quiesce();
        assertThat(targets).allSatisfy(t -> assertThat(t.total()).isEqualTo(1));
        assertThat(deliveryThreads).isNotEmpty().allMatch(f.rpc::isDeliveryThread);
        assertThat(f.rpc.deliveryThreadsStarted()).isEqualTo(ReferenceRpc.DELIVERY_THREADS);
        // A lane retires just after its last target returned, so this may take a moment.
        await().pollInSameThread().atMost(PATIENCE).until(() -> f.rpc.activeLanes() == 0);
        assertThreadGrowthBounded();

        for (CallRef c : calls) {
            f.control.completeCall(c);
        }
        assertThreadGrowthBounded();
    }
}
