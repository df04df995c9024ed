package notifytck.variants.spooler;

import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.SpoolerAdapter;
import notifytck.spi.spooler.SpoolerControl;

/**
 * Hostile, not a reading of the document: a malformed result, CreatePrintAsyncNotifyChannel's
 * success with no channel pointer in it. Judged by HostileImplementationsTest.
 */
public final class SucceedsWithoutChannel extends SpoolerDecorator {
    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner, SpoolerControl control) {
        return new ForwardingSpooler(inner) {
            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext caller, ChannelRequest r) {
                ChannelCreation c = super.createPrintAsyncNotifyChannel(caller, r);
                return c.result().succeeded() ? new ChannelCreation(c.result(), null) : c;
            }
        };
    }
}
