package notifytck.variants.spooler;

import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.UserFilter;

/** Opens the channels {@link #widens} picks to all users, whatever user filter the opener asked for. */
abstract class UserFilterWidened extends SpoolerDecorator {
    abstract boolean widens(ChannelRequest request);

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext c, ChannelRequest r) {
                if (r == null || !widens(r)) {
                    return super.createPrintAsyncNotifyChannel(c, r);
                }
                return super.createPrintAsyncNotifyChannel(c, new ChannelRequest(r.name(), r.type(), UserFilter.ALL_USERS, r.style(), r.callback()));
            }
        };
    }
}
