package notifytck.properties;

import java.util.ArrayList;
import java.util.List;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.kit.Timeouts;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;

/**
 * One RPC run: calls in progress, and random subscriptions, unsubscriptions, cancels, disconnects
 * and completions, against a model of what each call may be told and how often.
 */
final class CallWorld {
    record Told(int call, int event) {
        @Override
        public String toString() {
            return "call " + call + " told " + (event == RpcConstants.RPC_CLIENT_CANCEL ? "RpcClientCancel" : "RpcClientDisconnect");
        }
    }

    private static final class Model {
        int subscribed;
        boolean cancelled;
        boolean disconnected;
        boolean ended;
        final List<Integer> expected = new ArrayList<>();
    }

    private final SystemUnderTest sut = Sut.start();
    private final RpcServerAdapter adapter = sut.rpc();
    private final RpcControl control = sut.rpcControl();
    private final History<Told> history = new History<>();
    private final List<CallRef> calls = new ArrayList<>();
    private final List<Model> models = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();

    CallWorld(int count) {
        for (int i = 0; i < count; i++) {
            calls.add(Deadline.call("startCall", () -> control.startCall(false)));
            models.add(new Model());
        }
        steps.add(count + " synchronous calls in progress");
    }

    int count() {
        return calls.size();
    }

    boolean ended(int call) {
        return models.get(call).ended;
    }

    void subscribe(int call, int bits) {
        steps.add("subscribe call " + call + " for " + bits(bits));
        CallRef c = calls.get(call);
        NotificationInfo info = NotificationInfo.callback((handle, event) -> history.record(new Told(call, event)));
        RpcStatus s = Deadline.call("subscribe", () -> adapter.subscribeForNotification(c.dispatchThread(), c.binding(), bits,
                RpcConstants.RPC_NOTIFICATION_TYPE_CALLBACK, info));
        expectOk("subscribe", s);
        models.get(call).subscribed |= bits;
    }

    void unsubscribe(int call, int bits) {
        steps.add("unsubscribe call " + call + " from " + bits(bits));
        CallRef c = calls.get(call);
        RpcStatus s = Deadline.call("unsubscribe", () -> adapter.unsubscribeForNotification(c.dispatchThread(), c.binding(), bits).status());
        expectOk("unsubscribe", s);
        models.get(call).subscribed &= ~bits;
    }

    void cancel(int call) {
        steps.add("the client cancels call " + call);
        Deadline.call("clientCancels", () -> {
            control.clientCancels(calls.get(call));
            return null;
        });
        Model m = models.get(call);
        if (!m.cancelled && !m.ended && (m.subscribed & RpcConstants.RPC_NOTIFICATION_CALL_CANCEL) != 0) {
            m.expected.add(RpcConstants.RPC_CLIENT_CANCEL);
        }
        m.cancelled = true;
    }

    void disconnect(int call) {
        steps.add("the client disconnects from call " + call);
        Deadline.call("clientDisconnects", () -> {
            control.clientDisconnects(calls.get(call));
            return null;
        });
        Model m = models.get(call);
        if (!m.disconnected && !m.ended && (m.subscribed & RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT) != 0) {
            m.expected.add(RpcConstants.RPC_CLIENT_DISCONNECT);
        }
        m.disconnected = true;
    }

    /** Completes a call, unsubscribing first as the document requires of the server. */
    void complete(int call) {
        Model m = models.get(call);
        if (m.subscribed != 0) {
            unsubscribe(call, m.subscribed);
        }
        steps.add("the server completes call " + call);
        Deadline.call("completeCall", () -> {
            control.completeCall(calls.get(call));
            return null;
        });
        m.ended = true;
    }

    /** After every action: each call told exactly what the model allows, in order, and nothing else. */
    void invariant() {
        notifytck.kit.Settling.quiesce("quiesce", control::quiesce, () -> String.join("\n", steps) + "\n" + history.dump());
        for (int i = 0; i < calls.size(); i++) {
            int call = i;
            List<Integer> got = history.where(t -> t.call() == call).stream().map(r -> r.event().event()).toList();
            if (!got.equals(models.get(i).expected)) {
                throw PropertyFailures.fail("call " + i + " was told " + got + ", expected " + models.get(i).expected
                        + " (4 = RpcClientCancel, 3 = RpcClientDisconnect)", steps, history.dump());
            }
        }
    }

    private void expectOk(String what, RpcStatus s) {
        if (!s.equals(RpcStatus.RPC_S_OK)) {
            throw PropertyFailures.fail(what + " returned " + s, steps, history.dump());
        }
    }

    private static String bits(int bits) {
        return switch (bits) {
            case 1 -> "client disconnect";
            case 2 -> "call cancel";
            default -> "client disconnect and call cancel";
        };
    }
}
