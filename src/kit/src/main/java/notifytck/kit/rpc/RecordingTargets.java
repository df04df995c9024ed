package notifytck.kit.rpc;

import notifytck.kit.History;
import notifytck.spi.rpc.NotificationTargets;

/** The kit's notification targets: each records what reached it, naming the call it was given for; routines can be held. */
final class RecordingTargets {
    private final History<RpcRecord> history;
    final HeldRoutines held = new HeldRoutines();

    RecordingTargets(History<RpcRecord> history) {
        this.history = history;
    }

    NotificationTargets.EventObject event(String name, String call) {
        return () -> history.record(new RpcRecord(RpcRecord.Kind.EVENT_SET, call, name, -1, null));
    }

    NotificationTargets.ApcRoutine apc(String call) {
        return (thread, event) -> {
            history.record(new RpcRecord(RpcRecord.Kind.APC, call, null, event, thread == null ? null : thread.id()));
            held.arrived(call);
        };
    }

    NotificationTargets.CompletionPort port(String call) {
        return (bytes, key, overlapped) -> history.record(new RpcRecord(RpcRecord.Kind.PACKET, call, null, -1,
                // A DWORD and two pointer-sized values: written unsigned, as the server gave them.
                "bytes " + Integer.toUnsignedString(bytes) + ", key " + Long.toUnsignedString(key) + ", overlapped " + Long.toUnsignedString(overlapped)));
    }

    NotificationTargets.NotificationRoutine routine(String call) {
        return (handle, event) -> {
            history.record(new RpcRecord(RpcRecord.Kind.CALLBACK, call, null, event, handle));
            held.arrived(call);
        };
    }
}
