package notifytck.run;

/**
 * The run was judged but some of its reports could not be written. It carries the verdict, so the
 * terminal summary still shows what was found; the run exits 3 (the kit broke), since the reports
 * a CI reads are missing.
 */
public final class ReportsNotWritten extends RuntimeException {
    private final transient Verdict verdict;

    public ReportsNotWritten(Verdict verdict, String message, Throwable cause) {
        super(message, cause);
        this.verdict = verdict;
    }

    public Verdict verdict() {
        return verdict;
    }
}
