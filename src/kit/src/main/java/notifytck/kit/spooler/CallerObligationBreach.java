package notifytck.kit.spooler;

/**
 * The kit was about to break a rule the documents put on callers. That is a defect in a scenario
 * or in the kit, never a verdict on the implementation.
 */
public final class CallerObligationBreach extends IllegalStateException {
    public CallerObligationBreach(String requirement, String message) {
        super("kit defect: " + message + " (the caller's obligation " + requirement + ")");
    }
}
