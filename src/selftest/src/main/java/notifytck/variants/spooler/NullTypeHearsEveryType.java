package notifytck.variants.spooler;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Takes a registration for the all-zero type GUID as one for every type: such a listener hears
 * every channel opened on its printer. A value not usually picked. (Written after a blind fault the
 * suite missed: no registration ever named GUID_NULL.)
 */
public final class NullTypeHearsEveryType extends SpoolerDecorator implements FaultyVariant {
    private static final UUID GUID_NULL = new UUID(0, 0);

    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-006";
    }

    @Override
    public String fault() {
        return "A registration for GUID_NULL hears channels of every type on its printer.";
    }

    private record Wildcard(CallerContext caller, RegistrationRequest request) {}

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        List<Wildcard> wildcards = new CopyOnWriteArrayList<>();
        Set<String> widened = ConcurrentHashMap.newKeySet();
        return new ForwardingSpooler(inner) {
            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                Registration reg = super.registerForPrintAsyncNotifications(caller, r);
                if (r != null && r.type() != null && GUID_NULL.equals(r.type().id())) {
                    wildcards.add(new Wildcard(caller, r));
                }
                return reg;
            }

            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext c, ChannelRequest r) {
                if (r != null && r.type() != null) {
                    for (Wildcard w : wildcards) {
                        // The wildcard is a registration for this channel's type as well, made once per type.
                        if (w.request().name().equals(r.name()) && widened.add(System.identityHashCode(w) + "/" + r.type().id())) {
                            super.registerForPrintAsyncNotifications(w.caller(), new RegistrationRequest(w.request().name(), r.type(), w.request().callback()));
                        }
                    }
                }
                return super.createPrintAsyncNotifyChannel(c, r);
            }
        };
    }
}
