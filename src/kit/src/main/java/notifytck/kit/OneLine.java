package notifytck.kit;

/**
 * A failure in one line, for summaries: the check's description and, for an AssertJ comparison,
 * what was expected and what came instead (the full message, history included, stays in the
 * detailed reports).
 */
public final class OneLine {
    private static final int LIMIT = 400;

    private OneLine() {}

    public static String of(Throwable t) {
        if (t == null) {
            return "";
        }
        // A property's engine wraps the violation in its own report (the actions first); the violation says it in one line.
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof RuleViolation) {
                return of(c);
            }
        }
        if (!(t instanceof AssertionError)) {
            // An exception, not a failed check: say what it was, and what lies at its root.
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String here = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage().strip().lines().findFirst().orElse(""));
            String out = root == t ? here : here + " (caused by " + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + root.getMessage().strip().lines().findFirst().orElse("")) + ")";
            return out.length() > LIMIT ? out.substring(0, LIMIT) + "..." : out;
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getName() + (t.getStackTrace().length > 0 ? " at " + t.getStackTrace()[0] : "");
        }
        String[] lines = m.strip().split("\n");
        String first = lines[0].strip();
        String expected = null;
        String actual = null;
        String other = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (expected == null && l.startsWith("expected:")) {
                expected = l.substring("expected:".length()).strip();
            } else if (actual == null && l.startsWith("but was:")) {
                actual = l.substring("but was:".length()).strip();
            } else if (other == null && l.startsWith("Expected size:")) {
                // AssertJ's size check: "Expected size: 1 but was: 2 in:" and the elements on the next line.
                other = l.replaceFirst(" in:$", "") + (i + 1 < lines.length ? ": " + lines[i + 1].strip() : "");
            } else if (other == null && l.startsWith("Expecting") && l.endsWith(":") && i + 1 < lines.length) {
                // AssertJ's collection checks: "Expecting actual:", the value, "to contain exactly ...:", the expected
                // value, then "but ..." or the end; a long value spans lines, which are joined.
                for (int j = i + 2; j + 1 < lines.length; j++) {
                    String p = lines[j].strip();
                    if (p.startsWith("to ") && p.endsWith(":")) {
                        int end = j + 1;
                        while (end < lines.length && !lines[end].strip().startsWith("but ")) {
                            end++;
                        }
                        other = "expected " + p.substring(3, p.length() - 1) + " " + joined(lines, j + 1, end) + ", but was " + joined(lines, i + 1, j);
                        break;
                    }
                }
            }
        }
        if (first.startsWith("[")) {
            // AssertJ's description: "[text] " on one line, or "[first line" when the text goes on (a history dump).
            first = first.endsWith("]") ? first.substring(1, first.length() - 1) : first.substring(1);
        }
        String out = expected != null && actual != null ? first + " — expected " + expected + ", but was " + actual
                : other != null ? first + " — " + other : first;
        return out.length() > LIMIT ? out.substring(0, LIMIT) + "..." : out;
    }

    private static String joined(String[] lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            String l = lines[k].strip();
            if (!l.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(l);
            }
        }
        return b.toString();
    }
}
