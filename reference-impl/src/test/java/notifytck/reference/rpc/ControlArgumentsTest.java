package notifytck.reference.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import notifytck.spi.rpc.AsyncHandleRef;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.ServerThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bad argument to the control is the kit's bug: it throws, naming what was wrong. */
class ControlArgumentsTest {
    private final RpcFixture f = new RpcFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void a_null_call_is_named() {
        assertThatThrownBy(() -> f.control.clientCancels(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null").hasMessageContaining("clientCancels");
        assertThatThrownBy(() -> f.control.clientDisconnects(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> f.control.completeCall(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> f.control.abortCall(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
    }

    @Test
    void an_unknown_or_forged_call_is_named() {
        CallRef bogus = new CallRef("bogus-call", new BindingRef("bogus-binding"), null, new ServerThread("t"));
        assertThatThrownBy(() -> f.control.clientCancels(bogus)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bogus-call");
        assertThatThrownBy(() -> f.control.completeCall(bogus)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bogus-call");
        CallRef real = f.sync();
        CallRef forged = new CallRef(real.id(), new BindingRef("other-binding"), null, real.dispatchThread());
        assertThatThrownBy(() -> f.control.clientDisconnects(forged)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other-binding");
        try (RpcFixture other = new RpcFixture()) {
            CallRef theirs = other.async();
            assertThatThrownBy(() -> f.control.abortCall(theirs)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(theirs.id());
        }
    }

    @Test
    void ending_a_call_twice_or_aborting_a_synchronous_one_is_named() {
        CallRef sync = f.sync();
        assertThatThrownBy(() -> f.control.abortCall(sync)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(sync.id()).hasMessageContaining("synchronous");
        f.control.completeCall(sync);
        assertThatThrownBy(() -> f.control.completeCall(sync)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(sync.id()).hasMessageContaining("already");
        CallRef async = f.control.startCall(true);
        f.control.abortCall(async);
        assertThatThrownBy(() -> f.control.completeCall(async)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(async.id());
        // The client may still act on an ended call; nothing happens.
        f.control.clientCancels(async);
        f.control.clientDisconnects(sync);
    }

    @Test
    void handles_are_distinct_and_name_their_instance() {
        CallRef a = f.sync();
        CallRef b = f.async();
        assertThat(List.of(a.id(), b.id())).doesNotHaveDuplicates();
        assertThat(a.async()).isNull();
        assertThat(b.async()).isEqualTo(new AsyncHandleRef(b.async().handle()));
        assertThat(f.control.workerThread()).isNotEqualTo(f.control.workerThread())
                .isNotEqualTo(a.dispatchThread());
    }
}
