package notifytck.variants.spooler;

import java.util.List;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.Component;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.UserFilter;

/**
 * Treats a port monitor's per-user channel as one for all users, as a spooler that takes the
 * monitor's account (SYSTEM) to match every user would. Drivers' per-user channels are right.
 */
public final class PerUserIgnoredForPortMonitors extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-008";
    }

    @Override
    public String fault() {
        return "A port monitor's per-user channel reaches every user's listeners.";
    }

    @Override
    public List<String> properties() {
        return List.of("notifytck.properties.SpoolerModelProperties");
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext caller, ChannelRequest r) {
                if (caller.component() == Component.PORT_MONITOR && r.userFilter() == UserFilter.PER_USER) {
                    r = new ChannelRequest(r.name(), r.type(), UserFilter.ALL_USERS, r.style(), r.callback());
                }
                return super.createPrintAsyncNotifyChannel(caller, r);
            }
        };
    }
}
