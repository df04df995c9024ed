package notifytck.kit.spooler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.spi.HResult;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.NotificationData;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRef;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.SpoolerAdapter;
import org.junit.jupiter.api.Test;

/** The kit keeps the callers' obligations of the "Notification Channel" page (REQ-SPOOL-CHAN-026, 027, 029). */
class ChannelClientTest {
    private static final ChannelRef REF = new ChannelRef("p1", "c1");

    /** Counts what reaches the implementation; CloseChannel can be made to block. */
    static final class CountingAdapter implements SpoolerAdapter {
        final AtomicInteger calls = new AtomicInteger();
        volatile CountDownLatch closeEntered = new CountDownLatch(1);
        volatile CountDownLatch closeMayReturn;

        @Override
        public ChannelCreation createPrintAsyncNotifyChannel(CallerContext caller, ChannelRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HResult unregisterForPrintAsyncNotifications(RegistrationRef registration) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HResult sendNotification(ChannelRef channel, NotificationData data) {
            calls.incrementAndGet();
            return HResult.of(0);
        }

        @Override
        public HResult closeChannel(ChannelRef channel, NotificationData reason) {
            calls.incrementAndGet();
            closeEntered.countDown();
            CountDownLatch l = closeMayReturn;
            if (l != null) {
                try {
                    l.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return HResult.of(0);
        }

        @Override
        public long addRef(ChannelRef channel) {
            calls.incrementAndGet();
            return 2;
        }

        @Override
        public long release(ChannelRef channel) {
            calls.incrementAndGet();
            return 0;
        }

        @Override
        public HResult queryInterface(ChannelRef channel, UUID iid) {
            calls.incrementAndGet();
            return iid.equals(IID_IUNKNOWN) ? HResult.of(0) : HResult.of(0x80004002);
        }
    }

    @Test
    void refusesEveryCallAfterTheChannelClosedCallbackReturned() {
        CountingAdapter adapter = new CountingAdapter();
        ChannelClient client = new ChannelClient(adapter, REF);
        client.channelClosedReturned();
        assertThatThrownBy(() -> client.close(null)).isInstanceOf(CallerObligationBreach.class).hasMessageContaining("REQ-SPOOL-CHAN-026");
        assertThatThrownBy(client::release).hasMessageContaining("REQ-SPOOL-CHAN-026");
        assertThatThrownBy(() -> client.send(null)).hasMessageContaining("REQ-SPOOL-CHAN-026");
        assertThat(adapter.calls).hasValue(0);
    }

    @Test
    void refusesCloseAndReleaseFromInsideChannelClosed() {
        CountingAdapter adapter = new CountingAdapter();
        ChannelClient client = new ChannelClient(adapter, REF);
        ChannelClient.enterChannelClosed();
        try {
            assertThatThrownBy(() -> client.close(null)).hasMessageContaining("REQ-SPOOL-CHAN-029");
            assertThatThrownBy(client::release).hasMessageContaining("REQ-SPOOL-CHAN-029");
        } finally {
            ChannelClient.leaveChannelClosed();
        }
        assertThat(adapter.calls).hasValue(0);
    }

    @Test
    void theForegroundAndTheCallbackNeverCloseAtOnce() throws Exception {
        CountingAdapter adapter = new CountingAdapter();
        adapter.closeMayReturn = new CountDownLatch(1);
        ChannelClient client = new ChannelClient(adapter, REF);
        CompletableFuture<HResult> first = CompletableFuture.supplyAsync(() -> client.close(null));
        assertThat(adapter.closeEntered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> client.close(null)).hasMessageContaining("REQ-SPOOL-CHAN-027");
        assertThatThrownBy(client::release).hasMessageContaining("REQ-SPOOL-CHAN-027");
        adapter.closeMayReturn.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(HResult.of(0));
        assertThat(adapter.calls).hasValue(1);
    }

    @Test
    void countsReferencesSoTheLastReleaseEndsThePointer() {
        CountingAdapter adapter = new CountingAdapter();
        ChannelClient client = new ChannelClient(adapter, REF);
        client.addRef();
        assertThat(client.queryInterface(SpoolerAdapter.IID_IPRINT_ASYNC_NOTIFY_CALLBACK).failed()).isTrue();
        client.release();
        client.release();
        assertThat(client.isFinished()).isTrue();
        assertThatThrownBy(client::release).hasMessageContaining("REQ-SPOOL-CHAN-030");
    }

    @Test
    void aGrantedQueryAddsAReferenceToBalance() {
        CountingAdapter adapter = new CountingAdapter();
        ChannelClient client = new ChannelClient(adapter, REF);
        assertThat(client.queryInterface(SpoolerAdapter.IID_IUNKNOWN).succeeded()).isTrue();
        client.release();
        assertThat(client.isFinished()).isFalse();
        client.release();
        assertThat(client.isFinished()).isTrue();
    }
}
