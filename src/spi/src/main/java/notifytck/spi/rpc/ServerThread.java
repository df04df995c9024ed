package notifytck.spi.rpc;

import java.util.Objects;

/**
 * A server thread, by identity. Which thread a call is made on matters to the document (a NULL
 * binding is allowed only on the thread RPC dispatched the call on), so every server call says.
 */
public record ServerThread(String id) {
    public ServerThread {
        Objects.requireNonNull(id, "id");
    }
}
