package notifytck.selftest;


/**
 * An implementation that breaks one named rule on purpose. The self-test finds these through
 * ServiceLoader and expects the suite to reject each one with that rule among its failures.
 */
public interface FaultyVariant extends Variant {

    /** The requirement ID this variant breaks, e.g. REQ-SPOOL-CHAN-003. */
    String breaks();

    /** What it does wrong, in a sentence. */
    String fault();

    /**
     * True for a fault that shows only when a race goes its way: which other rules fail varies from
     * run to run, and under load the broken rule itself may pass one run (the implementation happened
     * to do the right thing). self-test.tsv then says so instead of listing the others, so the table
     * stays the same from run to run; self-test-details.tsv has this run's list. The self-test gives
     * such a variant up to {@code RACY_RUNS} runs and records how many it took.
     */
    default boolean racy() {
        return false;
    }

    /**
     * Property classes that must reject this variant, for a fault that only shows under
     * concurrency or at particular interleavings; empty when the features alone must catch it.
     */
    default java.util.List<String> properties() {
        return java.util.List.of();
    }
}
