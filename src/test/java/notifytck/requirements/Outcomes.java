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
    /** Checks beyond the feature's scenarios (properties) that reported on each requirement. */
    private final Map<String, java.util.Set<String>> extraChecks = new ConcurrentHashMap<>();

    public void add(String requirementId, Result r) {
        counts.merge(requirementId, new Count(0, 0, 0).plus(r), (a, b) -> new Count(a.passed() + b.passed(),
                a.failed() + b.failed(), a.notApplicable() + b.notApplicable()));
    }

    /** A result of a check that is not one of the requirement's scenarios, e.g. a property. */
    public void addExtra(String requirementId, String check, Result r) {
        extraChecks.computeIfAbsent(requirementId, k -> ConcurrentHashMap.newKeySet()).add(check);
        add(requirementId, r);
    }

    /** The requirement's scenarios plus the extra checks that reported on it. */
    public int checks(Requirement r) {
        return r.scenarios() + extraChecks.getOrDefault(r.id(), java.util.Set.of()).size();
    }

    public Count of(String requirementId) {
        return counts.getOrDefault(requirementId, new Count(0, 0, 0));
    }

    /**
     * A requirement passes only when every one of its scenarios (and properties) ran and passed; any failure fails
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
        if (c.passed() == checks(r) && checks(r) > 0) {
            return "pass";
        }
        return "not-applicable";
    }
}
