package notifytck.reference.rpc;

import static notifytck.reference.rpc.RpcFixture.APC;
import static notifytck.reference.rpc.RpcFixture.CALLBACK;
import static notifytck.reference.rpc.RpcFixture.CANCEL;
import static notifytck.reference.rpc.RpcFixture.DISCONNECT;
import static notifytck.reference.rpc.RpcFixture.EVENT;
import static notifytck.reference.rpc.RpcFixture.IOC;
import static org.assertj.core.api.Assertions.assertThat;

import notifytck.reference.rpc.RpcFixture.Recorder;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.ServerThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RPC copies the union during the call; what the caller does to it afterwards changes nothing. */
class CopiedInfoTest {
    private final RpcFixture f = new RpcFixture();
    private final Recorder other = new Recorder();
    private final ServerThread otherThread = f.control.workerThread();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void changing_or_clearing_the_union_after_subscribing_changes_nothing() {
        CallRef call = f.async();
        ServerThread apcThread = f.control.workerThread();
        Recorder event = new Recorder();
        Recorder apc = new Recorder();
        Recorder port = new Recorder();
        Recorder routine = new Recorder();

        NotificationInfo eventInfo = event.asEvent();
        f.ok(call, CANCEL, EVENT, eventInfo);
        eventInfo.overwriteWith(other.asEvent());

        NotificationInfo apcInfo = apc.asApc(apcThread);
        f.ok(call, DISCONNECT, APC, apcInfo);
        apcInfo.overwriteWith(other.asApc(otherThread));

        f.control.clientCancels(call);
        f.control.clientDisconnects(call);
        f.quiesce();
        assertThat(event.what()).containsExactly("set");
        assertThat(apc.what()).containsExactly("apc(" + apcThread.id() + ",Disconnect)");

        CallRef second = f.sync();
        NotificationInfo iocInfo = port.asIoc(7, 8, 9);
        f.ok(second, CANCEL, IOC, iocInfo);
        iocInfo.overwriteWith(other.asIoc(70, 80, 90));
        NotificationInfo routineInfo = routine.asCallback();
        f.ok(second, DISCONNECT, CALLBACK, routineInfo);
        routineInfo.clear();

        f.control.clientCancels(second);
        f.control.clientDisconnects(second);
        f.quiesce();
        assertThat(port.what()).containsExactly("ioc(7,8,9)");
        assertThat(routine.what()).containsExactly("callback(" + second.binding().handle() + ",Disconnect)");
        assertThat(other.what()).isEmpty();
    }

    @Test
    void one_union_reused_for_several_subscriptions_keeps_each_as_it_was() {
        CallRef a = f.sync();
        CallRef b = f.sync();
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        NotificationInfo info = first.asIoc(1, 1, 1);
        f.ok(a, CANCEL, IOC, info);
        info.overwriteWith(second.asIoc(2, 2, 2));
        f.ok(b, CANCEL, IOC, info);
        info.clear();
        f.control.clientCancels(b);
        f.control.clientCancels(a);
        f.quiesce();
        assertThat(first.what()).containsExactly("ioc(1,1,1)");
        assertThat(second.what()).containsExactly("ioc(2,2,2)");
    }
}
