package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/**
 * A value never varied: reads completion key 1 as the logoff call whatever else the call names, so
 * a completion port registered with key 1 succeeds and gets no packet. Only the fax model caught it
 * until blind-fault round 10 added a scenario with a port on key 1.
 */
public final class PortKeyOneTakenForLogoff extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-002";
    }

    @Override
    public String fault() {
        return "Takes completion key 1 for the logoff call even with a completion port: the port registration succeeds and no packet ever comes.";
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                if (port != null && key == 1) {
                    return FaxResult.OK;
                }
                return super.faxInitializeEventQueue(client, port, key, window, messageStart);
            }
        };
    }
}
