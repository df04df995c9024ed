package notifytck.variants.spooler;

import java.util.UUID;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.HResult;
import notifytck.spi.spooler.ChannelRef;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * QueryInterface through a listener's pointer adds its reference to the opener's pointer: the
 * listener's balancing Release then gives up the pointer it answers on. A second party: the
 * listener's pointer, where the query was only tried on the opener's. (Found by a blind
 * fault-writing review.)
 */
public final class QueryThroughListenerAddsToOpener extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-014";
    }

    @Override
    public String fault() {
        return "QueryInterface through a listener's pointer adds the reference to the opener's pointer.";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public HResult queryInterface(ChannelRef channel, UUID iid) {
                return super.queryInterface(isListenersPointer(channel) ? openedAs(channel).opener() : channel, iid);
            }
        };
    }
}
