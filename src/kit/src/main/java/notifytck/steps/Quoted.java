package notifytck.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lists as the features write them: {@code "a"}, {@code "a" and "b"}, {@code "a", "b" and "c"}. */
public final class Quoted {
    private static final Pattern LIST = Pattern.compile("\"[^\"]*\"(?:(?:, | and )\"[^\"]*\")*");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private Quoted() {}

    public static List<String> list(String text) {
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
