package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;
import notifytck.spi.spooler.CallerContext;
import notifytck.spi.spooler.ChannelCreation;
import notifytck.spi.spooler.ChannelRequest;
import notifytck.spi.spooler.Registration;
import notifytck.spi.spooler.RegistrationRequest;
import notifytck.spi.spooler.SpoolerAdapter;

/**
 * Compares user names with their case for a per-user channel, so a listener running as "ALICE" is
 * not the user "alice" who opened it. Account names compare without case (REQ-SPOOL-CHAN-008's
 * reading). A value not picked. (Written after a blind fault the suite missed in rounds 7 and 11:
 * every scenario spelled a user one way.)
 *
 * <p>The reference compares names without case, so the decorator hands it names that differ
 * wherever the original's case did: each caller's user name gets a suffix recording which of its
 * letters are capitals.
 */
public final class PerUserFilterHonoursCase extends SpoolerDecorator implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-008";
    }

    @Override
    public String fault() {
        return "A per-user channel compares user names with case: \"ALICE\" is not \"alice\".";
    }

    @Override
    ForwardingSpooler decorate(SpoolerAdapter inner) {
        return new ForwardingSpooler(inner) {
            @Override
            public Registration registerForPrintAsyncNotifications(CallerContext caller, RegistrationRequest r) {
                return super.registerForPrintAsyncNotifications(caseMarked(caller), r);
            }

            @Override
            public ChannelCreation createPrintAsyncNotifyChannel(CallerContext caller, ChannelRequest r) {
                return super.createPrintAsyncNotifyChannel(caseMarked(caller), r);
            }
        };
    }

    private static CallerContext caseMarked(CallerContext caller) {
        if (caller == null || caller.user() == null) {
            return caller;
        }
        StringBuilder capitals = new StringBuilder(caller.user()).append('#');
        caller.user().chars().forEach(ch -> capitals.append(Character.isUpperCase(ch) ? '1' : '0'));
        return new CallerContext(caller.machine(), capitals.toString(), caller.session(), caller.component(), caller.hosting());
    }
}
