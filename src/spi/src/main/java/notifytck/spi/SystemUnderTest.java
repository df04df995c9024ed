package notifytck.spi;

import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;

/** One running instance of an implementation. Mechanisms not declared may throw. */
public interface SystemUnderTest extends AutoCloseable {
    default SpoolerAdapter spooler() {
        throw new UnsupportedOperationException("this implementation does not declare the spooler mechanism");
    }

    default SpoolerControl spoolerControl() {
        throw new UnsupportedOperationException("this implementation does not declare the spooler mechanism");
    }

    default notifytck.spi.msmq.MsmqAdapter msmq() {
        throw new UnsupportedOperationException("this implementation does not declare the MSMQ mechanism");
    }

    default notifytck.spi.msmq.MsmqControl msmqControl() {
        throw new UnsupportedOperationException("this implementation does not declare the MSMQ mechanism");
    }

    default notifytck.spi.rpc.RpcServerAdapter rpc() {
        throw new UnsupportedOperationException("this implementation does not declare the RPC call notification mechanism");
    }

    default notifytck.spi.rpc.RpcControl rpcControl() {
        throw new UnsupportedOperationException("this implementation does not declare the RPC call notification mechanism");
    }

    default notifytck.spi.fax.FaxAdapter fax() {
        throw new UnsupportedOperationException("this implementation does not declare the fax mechanism");
    }

    default notifytck.spi.fax.FaxControl faxControl() {
        throw new UnsupportedOperationException("this implementation does not declare the fax mechanism");
    }

    /** Stops every thread the instance started. Must not block indefinitely. */
    @Override
    void close();
}
