package notifytck.spi.rpc;

import java.util.Map;

/** An RPC_STATUS (a Win32 error code, not an HRESULT), named where the kit knows the value. */
public record RpcStatus(int value) {
    /** winerror.h values of the codes the document and the kit's rules name. */
    public static final RpcStatus RPC_S_OK = new RpcStatus(0);
    public static final RpcStatus RPC_S_INVALID_ARG = new RpcStatus(87);
    public static final RpcStatus RPC_S_INVALID_BINDING = new RpcStatus(1702);
    public static final RpcStatus RPC_S_ALREADY_REGISTERED = new RpcStatus(1711);
    public static final RpcStatus RPC_S_NO_CALL_ACTIVE = new RpcStatus(1725);
    public static final RpcStatus RPC_S_CANNOT_SUPPORT = new RpcStatus(1764);
    public static final RpcStatus RPC_S_CALL_IN_PROGRESS = new RpcStatus(1791);

    private static final Map<Integer, String> NAMES = Map.of(0, "RPC_S_OK", 87, "RPC_S_INVALID_ARG", 1702, "RPC_S_INVALID_BINDING",
            1711, "RPC_S_ALREADY_REGISTERED", 1725, "RPC_S_NO_CALL_ACTIVE", 1764, "RPC_S_CANNOT_SUPPORT", 1791, "RPC_S_CALL_IN_PROGRESS");

    public String name() {
        return NAMES.getOrDefault(value, "RPC_STATUS");
    }

    public static RpcStatus named(String name) {
        return NAMES.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst()
                .map(e -> new RpcStatus(e.getKey()))
                .orElseThrow(() -> new IllegalArgumentException("the kit does not know the RPC_STATUS " + name));
    }

    @Override
    public String toString() {
        return name() + " (" + value + ", winerror.h)";
    }
}
