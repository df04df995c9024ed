package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;

/** Does not check a notification's type: sends it as if it were of the channel's type. */
public final class WrongTypeAccepted extends TypeCheckSkipped implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-007";
    }

    @Override
    public String fault() {
        return "Does not check a notification's type: sends it as if it were of the channel's type.";
    }

    @Override
    boolean skipsFor(boolean opener) {
        return true;
    }
}
