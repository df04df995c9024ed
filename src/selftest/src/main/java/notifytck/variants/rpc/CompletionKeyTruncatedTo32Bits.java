package notifytck.variants.rpc;

import java.util.List;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.rpc.RpcServerAdapter;

/**
 * Keeps the completion key in a 32-bit field: a key is a ULONG_PTR, pointer-sized on 64-bit
 * Windows, and a server that passes a pointer as its key gets back only the low half. Every key the
 * scenarios use fits in 32 bits; the model draws keys above them.
 */
public final class CompletionKeyTruncatedTo32Bits extends RpcDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-RPC-NOTIFY-007";
    }

    @Override
    public String fault() {
        return "Posts completion packets with only the low 32 bits of the server's completion key.";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.RpcModelProperties");
    }

    @Override
    ForwardingRpc decorate(RpcServerAdapter inner, StartedCalls calls) {
        return Targets.distortingPorts(inner, calls, port -> (bytes, key, overlapped) -> port.post(bytes, key & 0xFFFF_FFFFL, overlapped));
    }
}
