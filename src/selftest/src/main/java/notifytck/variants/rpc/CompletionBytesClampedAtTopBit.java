package notifytck.variants.rpc;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.RpcServerAdapter;

/**
 * Keeps dwNumberOfBytesTransferred in a signed field and clamps what looks negative to 0: a DWORD
 * with its top bit set reaches the server as no bytes. Every byte count the scenarios used was small;
 * the model draws 0xFFFFFFFF now and then. The shape of blind round 20's rpc-ioc-bytes-clamped.
 */
public final class CompletionBytesClampedAtTopBit extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-007";
    }

    @Override
    public String fault() {
        return "Posts a completion packet's byte count of 2^31 or more (a DWORD with its top bit set) as 0.";
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return Targets.distortingPorts(inner, calls, port -> (bytes, key, overlapped) -> port.post(Math.max(bytes, 0), key, overlapped));
    }
}
