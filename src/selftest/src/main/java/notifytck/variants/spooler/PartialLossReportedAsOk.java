package notifytck.variants.spooler;

import notifytck.selftest.FaultyVariant;

/**
 * Reports S_OK for a send that reached only some of the listeners because another's queue was
 * full: the loss is silent. An output no scenario looked at, since none kept a listener busy past
 * the implementation's queue. (Written after a blind fault the suite missed.)
 */
public final class PartialLossReportedAsOk extends PartialLossReportedAs implements FaultyVariant {
    public PartialLossReportedAsOk() {
        super(0);
    }

    @Override
    public String fault() {
        return "A send that some listener lost because its queue was full returns S_OK instead of UNIRECTIONAL_NOTIFICATION_LOST.";
    }
}
