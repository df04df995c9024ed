package notifytck.properties;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import notifytck.kit.Deadline;
import notifytck.kit.History;
import notifytck.spi.SystemUnderTest;
import notifytck.spi.rpc.CallRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcControl;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;

/**
 * One RPC run: calls in progress, and random subscriptions, unsubscriptions, cancels, disconnects
 * and completions, against a model of what each call must, may and must not be told.
 *
 * <p>The model enforces only what a Rule states and accepts every behaviour the documents leave
 * open: a notification already due when the server unsubscribes may still arrive (a real
 * implementation, the Wine fork, delivers it); a subscription made after the client already
 * cancelled or disconnected may be told at once or never (REQ-RPC-NOTIFY-024); the order of a
 * cancel and a disconnect within one call is not judged. The property never does what a caller
 * must not: it subscribes only to kinds not held (a second subscription to a held kind is left
 * open by the document) and unsubscribes one kind at a time, as RpcServerUnsubscribeForNotification
 * asks.
 */
final class CallWorld {
    enum Kind {
        CANCEL(RpcConstants.RPC_NOTIFICATION_CALL_CANCEL, RpcConstants.RPC_CLIENT_CANCEL, "RpcClientCancel"),
        DISCONNECT(RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT, RpcConstants.RPC_CLIENT_DISCONNECT, "RpcClientDisconnect");

        final int bit;
        final int event;
        final String name;

        Kind(int bit, int event, String name) {
            this.bit = bit;
            this.event = event;
            this.name = name;
        }

        static Kind ofEvent(int event) {
            for (Kind k : values()) {
                if (k.event == event) {
                    return k;
                }
            }
            return null;
        }
    }

    record Told(int call, int event) {
        @Override
        public String toString() {
            Kind k = Kind.ofEvent(event);
            return "call " + call + " told " + (k == null ? "event " + event : k.name);
        }
    }

    /** What one kind of notification of one call may come to. */
    private enum Due {
        /** Nothing may arrive. */
        NOTHING,
        /** It must arrive, exactly once. */
        ONCE,
        /** It may arrive, at most once. */
        AT_MOST_ONCE
    }

    private static final class KindModel {
        boolean subscribed;
        boolean everSubscribed;
        boolean happened;
        Due due = Due.NOTHING;
    }

    private static final class CallModel {
        final Map<Kind, KindModel> kinds = new EnumMap<>(Kind.class);
        boolean ended;

        CallModel() {
            for (Kind k : Kind.values()) {
                kinds.put(k, new KindModel());
            }
        }
    }

    private final SystemUnderTest sut = Sut.start();
    private final RpcServerAdapter adapter = sut.rpc();
    private final RpcControl control = sut.rpcControl();
    private final History<Told> history = new History<>();
    private final List<CallRef> calls = new ArrayList<>();
    private final List<CallModel> models = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();

    CallWorld(int count) {
        for (int i = 0; i < count; i++) {
            calls.add(Deadline.call("startCall", () -> control.startCall(false)));
            models.add(new CallModel());
        }
        steps.add(count + " synchronous calls in progress");
    }

    int count() {
        return calls.size();
    }

    boolean ended(int call) {
        return models.get(call).ended;
    }

    /** Subscribes to those of {@code bits}' kinds the call does not hold yet; nothing when it holds them all. */
    void subscribe(int call, int bits) {
        CallModel m = models.get(call);
        int fresh = 0;
        for (Kind k : Kind.values()) {
            if ((bits & k.bit) != 0 && !m.kinds.get(k).subscribed) {
                fresh |= k.bit;
            }
        }
        if (fresh == 0) {
            return;
        }
        int subscribe = fresh;
        steps.add("subscribe call " + call + " for " + bits(subscribe));
        CallRef c = calls.get(call);
        NotificationInfo info = NotificationInfo.callback((handle, event) -> history.record(new Told(call, event)));
        RpcStatus s = Deadline.call("subscribe", () -> adapter.subscribeForNotification(c.dispatchThread(), c.binding(), subscribe,
                RpcConstants.RPC_NOTIFICATION_TYPE_CALLBACK, info));
        expectOk("REQ-RPC-NOTIFY-018", "subscribe", s);
        for (Kind k : Kind.values()) {
            if ((subscribe & k.bit) != 0) {
                KindModel km = m.kinds.get(k);
                km.subscribed = true;
                km.everSubscribed = true;
                if (km.happened && km.due == Due.NOTHING) {
                    // Already cancelled or disconnected: told at once or never (REQ-RPC-NOTIFY-024).
                    km.due = Due.AT_MOST_ONCE;
                }
            }
        }
    }

    /** Unsubscribes from one kind, if held: the unsubscribe page takes kinds one at a time. */
    void unsubscribe(int call, Kind kind) {
        KindModel km = models.get(call).kinds.get(kind);
        if (!km.subscribed) {
            return;
        }
        steps.add("unsubscribe call " + call + " from " + kind.name);
        CallRef c = calls.get(call);
        RpcStatus s = Deadline.call("unsubscribe", () -> adapter.unsubscribeForNotification(c.dispatchThread(), c.binding(), kind.bit).status());
        expectOk("REQ-RPC-NOTIFY-012", "unsubscribe", s);
        km.subscribed = false;
        if (km.due == Due.ONCE) {
            // Due but perhaps not delivered yet: it may still arrive (in flight), or not.
            km.due = Due.AT_MOST_ONCE;
        }
    }

    void cancel(int call) {
        happens(call, Kind.CANCEL, "the client cancels call " + call, () -> control.clientCancels(calls.get(call)));
    }

    void disconnect(int call) {
        happens(call, Kind.DISCONNECT, "the client disconnects from call " + call, () -> control.clientDisconnects(calls.get(call)));
    }

    private void happens(int call, Kind kind, String step, Runnable action) {
        steps.add(step);
        Deadline.call(step, () -> {
            action.run();
            return null;
        });
        CallModel m = models.get(call);
        KindModel km = m.kinds.get(kind);
        if (!km.happened && !m.ended && km.subscribed && km.due == Due.NOTHING) {
            km.due = Due.ONCE;
        }
        km.happened = true;
    }

    /** Completes a call, unsubscribing first (kind by kind) as the document requires of the server. */
    void complete(int call) {
        CallModel m = models.get(call);
        for (Kind k : Kind.values()) {
            unsubscribe(call, k);
        }
        steps.add("the server completes call " + call);
        Deadline.call("completeCall", () -> {
            control.completeCall(calls.get(call));
            return null;
        });
        m.ended = true;
    }

    /** After every action, once settled: each kind of each call told as the model allows, and blamed on the one rule it breaks. */
    void invariant() {
        notifytck.kit.Settling.quiesce("quiesce", control::quiesce, () -> String.join("\n", steps) + "\n" + history.dump());
        for (int i = 0; i < calls.size(); i++) {
            int call = i;
            List<Integer> got = history.where(t -> t.call() == call).stream().map(r -> r.event().event()).toList();
            for (int event : got) {
                if (Kind.ofEvent(event) == null) {
                    throw PropertyFailures.fail("REQ-RPC-NOTIFY-008", "call " + i + " was told event " + event
                            + ", which is neither RpcClientCancel (4) nor RpcClientDisconnect (3)", steps, history.dump());
                }
            }
            for (Kind k : Kind.values()) {
                KindModel km = models.get(i).kinds.get(k);
                long n = got.stream().filter(e -> e == k.event).count();
                String told = "call " + i + " was told " + k.name + " " + n + " time(s)";
                if (n > 1) {
                    throw PropertyFailures.fail("REQ-RPC-NOTIFY-021", told + "; at most once per kind", steps, history.dump());
                }
                if (n == 1 && km.due == Due.NOTHING) {
                    String rule = !km.happened ? "REQ-RPC-NOTIFY-010" : !km.everSubscribed ? "REQ-RPC-NOTIFY-013" : "REQ-RPC-NOTIFY-012";
                    String why = !km.happened ? "; it never happened to this call"
                            : !km.everSubscribed ? "; the server never subscribed for it" : "; it happened after the server unsubscribed or ended the call";
                    throw PropertyFailures.fail(rule, told + why, steps, history.dump());
                }
                if (n == 0 && km.due == Due.ONCE) {
                    throw PropertyFailures.fail("REQ-RPC-NOTIFY-008", told + "; it happened while subscribed by callback, so the routine must be called",
                            steps, history.dump());
                }
            }
        }
    }

    private void expectOk(String rule, String what, RpcStatus s) {
        if (!s.equals(RpcStatus.RPC_S_OK)) {
            throw PropertyFailures.fail(rule, what + " returned " + s, steps, history.dump());
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
