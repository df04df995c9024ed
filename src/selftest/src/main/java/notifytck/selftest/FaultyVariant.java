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
     * Property classes that must reject this variant, for a fault that only shows under
     * concurrency or at particular interleavings; empty when the features alone must catch it.
     */
    /**
     * True for a fault whose side effects are a race: the rule it breaks always fails, but which
     * other rules fail too varies from run to run. self-test.tsv then says so instead of listing
     * them, so the table stays the same from run to run; self-test-details.tsv has this run's list.
     */
    default boolean racy() {
        return false;
    }

    default java.util.List<String> properties() {
        return java.util.List.of();
    }
}
