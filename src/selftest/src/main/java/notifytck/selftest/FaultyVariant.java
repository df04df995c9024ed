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
    default java.util.List<String> properties() {
        return java.util.List.of();
    }
}
