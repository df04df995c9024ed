package notifytck.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Found by SpoolerOrderingProperties: hold, hold again, let go must free the first waiter. */
class GateTest {
    @Test
    void closingAClosedGateKeepsItsWaitersReleasable() throws Exception {
        Gate g = new Gate();
        g.close();
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> g.pass(Duration.ofSeconds(5)));
        g.close();
        g.open();
        assertThat(waiter.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anOpenGateCanBeClosedAgain() {
        Gate g = new Gate();
        g.close();
        g.open();
        g.close();
        assertThat(g.isClosed()).isTrue();
        assertThat(g.pass(Duration.ofMillis(10))).isFalse();
    }
}
