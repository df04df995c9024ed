package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;

/**
 * Stops every notification to a listener once it unregisters, also on a bidirectional channel it
 * was handed before, which it still holds and which has not closed. State changed while the
 * channel stayed open. (The reference itself did this until the rule was written.)
 */
public final class UnregisterEndsHandedChannel extends SilencedOnUnregister implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-OVW-018";
    }

    @Override
    public String fault() {
        return "A listener that unregistered hears no more notifications on a bidirectional channel it was handed before.";
    }

    @Override
    boolean notifiedOnceEnded() {
        return false;
    }

    @Override
    boolean toldClosedOnceEnded() {
        return true;
    }
}
