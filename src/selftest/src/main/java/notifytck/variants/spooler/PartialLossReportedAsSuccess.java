package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;

/**
 * Reports S_FALSE (1, winerror.h), a success, for a send that some listener lost: not S_OK, so a
 * check that looks only at the sends that returned S_OK never sees the loss. (Found reading the
 * backlog scenario's Then again: it skipped every send that did not return S_OK, failures and
 * successes alike.)
 */
public final class PartialLossReportedAsSuccess extends PartialLossReportedAs implements FaultyVariant {
    public PartialLossReportedAsSuccess() {
        super(1);
    }

    @Override
    public String fault() {
        return "A send that some listener lost because its queue was full returns S_FALSE, a success, instead of UNIRECTIONAL_NOTIFICATION_LOST.";
    }
}
