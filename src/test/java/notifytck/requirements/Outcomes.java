package notifytck.requirements;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How each requirement's scenarios ended in one run. */
public final class Outcomes {
    public enum Result { PASSED, FAILED, NOT_APPLICABLE }

    public record Count(int passed, int failed, int notApplicable) {
        Count plus(Result r) {
            return new Count(passed + (r == Result.PASSED ? 1 : 0), failed + (r == Result.FAILED ? 1 : 0),
                    notApplicable + (r == Result.NOT_APPLICABLE ? 1 : 0));
        }
    }

    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public void add(String requirementId, Result r) {
        counts.merge(requirementId, new Count(0, 0, 0).plus(r), (a, b) -> new Count(a.passed() + b.passed(),
                a.failed() + b.failed(), a.notApplicable() + b.notApplicable()));
    }

    public Count of(String requirementId) {
        return counts.getOrDefault(requirementId, new Count(0, 0, 0));
    }

    /**
     * A requirement passes only when every one of its scenarios ran and passed; any failure fails
     * it; anything else (some not applicable, or not run) leaves it not applicable, because it was
     * not fully checked.
     */
    public String status(Requirement r) {
        if (r.untestable()) {
            return "untestable";
        }
        Count c = of(r.id());
        if (c.failed() > 0) {
            return "fail";
        }
        if (c.passed() == r.scenarios() && r.scenarios() > 0) {
            return "pass";
        }
        return "not-applicable";
    }
}
