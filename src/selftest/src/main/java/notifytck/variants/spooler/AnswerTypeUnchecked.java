package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;

/**
 * Checks the type of the opener's notifications only: a listener's answer of another type is taken
 * as one of the channel's type. An uncombined check: the type check and the sending party.
 * (Found by a blind fault-writing review: the suite passed it before the answer scenario and the
 * model's typed answers.)
 */
public final class AnswerTypeUnchecked extends TypeCheckSkipped implements FaultyVariant {
    @Override
    public String breaks() {
        return "REQ-SPOOL-CHAN-007";
    }

    @Override
    public String fault() {
        return "Checks the type of the opener's notifications only: a listener's answer of another type goes through.";
    }

    @Override
    boolean skipsFor(boolean opener) {
        return !opener;
    }
}
