package notifytck.steps.msmq;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code "a"}, {@code "a" and "b"}, {@code "a", "b" and "c"}. */
final class Lists {
    private static final Pattern LIST = Pattern.compile("\"[^\"]*\"(?:(?:, | and )\"[^\"]*\")*");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private Lists() {}

    static List<String> quoted(String text) {
        if (!LIST.matcher(text).matches()) {
            throw new IllegalArgumentException("expected a list like \"a\", \"b\" and \"c\", got: " + text);
        }
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
