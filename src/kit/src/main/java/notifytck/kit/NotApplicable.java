package notifytck.kit;

import org.opentest4j.TestAbortedException;

/**
 * A scenario that needs what the implementation does not declare: reported as aborted (skipped),
 * which the traceability report counts as not applicable, never as passed.
 */
public final class NotApplicable extends TestAbortedException {
    public NotApplicable(String message) {
        super("not applicable: " + message);
    }
}
