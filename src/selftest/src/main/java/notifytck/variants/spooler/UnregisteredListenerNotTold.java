package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;

/**
 * Tells a channel's close only to listeners still registered: one that unregistered after it was
 * handed the channel keeps its pointer but never hears ChannelClosed. State that changed while the
 * channel stayed open. (Written after a blind fault the suite missed: no listener unregistered
 * while it held a channel.)
 */
public final class UnregisteredListenerNotTold extends SilencedOnUnregister implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-018";
    }

    @Override
    public String fault() {
        return "A listener that unregistered after it was handed the channel is not told the channel closed.";
    }

    @Override
    boolean notifiedOnceEnded() {
        return true;
    }

    @Override
    boolean toldClosedOnceEnded() {
        return false;
    }
}
