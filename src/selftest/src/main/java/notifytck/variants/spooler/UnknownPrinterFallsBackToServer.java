package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Refuses a channel on a printer it does not know, but first opens the same channel on the
 * caller's own print server, and that channel stays: the refusal is reported while a channel
 * object is left behind that nobody holds a pointer to.
 */
public final class UnknownPrinterFallsBackToServer extends SpoolerDecorator implements FaultyVariant {
    /** HRESULT_FROM_WIN32(ERROR_INVALID_PRINTER_NAME = 1801), winerror.h. */
    private static final int INVALID_PRINTER_NAME = 0x8007_0709;

    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-036";
    }

    @Override
    public String fault() {
        return "Refuses a channel on an unknown printer but has already opened it on the caller's own print server, where it stays.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext c, ChannelRequest r) {
                ChannelCreation asked = super.createPrintAsyncNotifyChannel(c, r);
                if (c == null || r == null || c.machine() == null || asked.result().value() != INVALID_PRINTER_NAME) {
                    return asked;
                }
                String server = "\\\\" + c.machine().replaceFirst("^\\\\\\\\", "");
                super.createPrintAsyncNotifyChannel(c, new ChannelRequest(server, r.type(), r.userFilter(), r.style(), r.callback()));
                return asked;
            }
        };
    }
}
