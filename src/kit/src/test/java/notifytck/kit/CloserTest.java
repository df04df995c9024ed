package notifytck.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloserTest {
    @Test
    void everyCleanUpRunsInReverseAndAFailedAssertionIsRethrownAfterTheLast() {
        Closer closer = new Closer();
        List<String> ran = new ArrayList<>();
        closer.register(() -> ran.add("first registered"));
        closer.register(() -> {
            ran.add("asserts");
            throw new AssertionError("a held callback never returned");
        });
        closer.register(() -> {
            ran.add("throws");
            throw new IllegalStateException("best effort");
        });
        assertThatThrownBy(closer::closeAll).isInstanceOf(AssertionError.class).hasMessage("a held callback never returned");
        assertThat(ran).containsExactly("throws", "asserts", "first registered");
        closer.closeAll(); // nothing left, nothing thrown
    }
}
