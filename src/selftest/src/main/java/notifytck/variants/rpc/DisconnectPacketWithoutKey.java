package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.BindingRef;
import notifytck.spi.rpc.NotificationInfo;
import notifytck.spi.rpc.RpcConstants;
import notifytck.spi.rpc.RpcServerAdapter;
import notifytck.spi.rpc.RpcStatus;
import notifytck.spi.rpc.ServerThread;

/**
 * Copies the completion key the server gave only on the cancel path: a subscription for client
 * disconnect by completion port posts its packet with key 0, so the server cannot tell which of
 * its calls the packet is about.
 */
public final class DisconnectPacketWithoutKey extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-007";
    }

    @Override
    public String fault() {
        return "Posts the packet of a client-disconnect subscription by completion port with key 0 instead of the server's key.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return new ForwardingRpc(inner, calls) {
            @Override
            public RpcStatus subscribeForNotification(ServerThread onThread, BindingRef binding, int notification, int type, NotificationInfo info) {
                if (notification != RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT || info == null) {
                    return super.subscribeForNotification(onThread, binding, notification, type, info);
                }
                NotificationInfo wrapped = Targets.rewrap(info, e -> e, a -> a,
                        port -> (bytes, key, overlapped) -> port.post(bytes, 0, overlapped), r -> r);
                return super.subscribeForNotification(onThread, binding, notification, type, wrapped);
            }
        };
    }
}
