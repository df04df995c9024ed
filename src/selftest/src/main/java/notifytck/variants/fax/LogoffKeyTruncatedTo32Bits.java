package notifytck.variants.fax;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.fax.CompletionPort;
import notifytck.spi.fax.FaxAdapter;
import notifytck.spi.fax.FaxClient;
import notifytck.spi.fax.FaxConstants;
import notifytck.spi.fax.FaxControl;
import notifytck.spi.fax.FaxResult;
import notifytck.spi.fax.WindowRef;

/**
 * Compares a window call's completion key with 1 on its low 32 bits: a key such as 0x1_0000_0001
 * is taken for the logoff call and ends the registration. A value not usually picked: a key wider
 * than 32 bits (CompletionKey is a ULONG_PTR). (Found by a blind fault-writing review.)
 */
public final class LogoffKeyTruncatedTo32Bits extends FaxDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-FAX-MSG-012";
    }

    @Override
    public String fault() {
        return "Compares the completion key with 1 on its low 32 bits: 0x100000001 is taken for the logoff call.";
    }

    @Override
    ForwardingFax decorate(FaxAdapter inner, FaxControl control, Registrations registrations) {
        return new ForwardingFax(inner, registrations) {
            @Override
            public FaxResult faxInitializeEventQueue(FaxClient client, CompletionPort port, long key, WindowRef window, int messageStart) {
                long seen = port == null && (int) key == FaxConstants.LOGOFF_COMPLETION_KEY ? FaxConstants.LOGOFF_COMPLETION_KEY : key;
                return super.faxInitializeEventQueue(client, port, seen, window, messageStart);
            }
        };
    }
}
