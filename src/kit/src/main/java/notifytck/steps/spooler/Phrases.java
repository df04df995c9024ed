package notifytck.steps.spooler;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbered ranges of notifications, as the spooler features write them. */
final class Phrases {
    private static final Pattern NUMBERED = Pattern.compile("([^\\d\"]+)(\\d+)");

    private Phrases() {}

    /** "n2" to "n10" gives n2, n3, ... n10. */
    static List<String> numbered(String from, String to) {
        Matcher a = NUMBERED.matcher(from);
        Matcher b = NUMBERED.matcher(to);
        if (!a.matches() || !b.matches() || !a.group(1).equals(b.group(1))) {
            throw new IllegalArgumentException("expected a numbered range like \"n1\" to \"n10\", got \"" + from + "\" to \"" + to + "\"");
        }
        int first = Integer.parseInt(a.group(2));
        int last = Integer.parseInt(b.group(2));
        if (last < first) {
            throw new IllegalArgumentException("numbered range runs backwards: \"" + from + "\" to \"" + to + "\"");
        }
        List<String> out = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            out.add(a.group(1) + i);
        }
        return out;
    }
}
