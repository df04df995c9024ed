package notifytck.steps;

import notifytck.spi.HResult;
import notifytck.spi.KnownHResults;

/** Expected HRESULTs as the features write them: name, severity and value, checked against each other. */
public final class Documented {
    /** The regular expression a feature's HRESULT phrase matches, with three groups. */
    public static final String HRESULT = "([A-Z_]+) \\((success|error), (0x[0-9A-F]{8})\\)";

    private Documented() {}

    /**
     * The feature names each expected HRESULT three ways so a reader sees the number; a mismatch
     * among the three is a defect in the feature, reported as such.
     */
    public static HResult hresult(String name, String severity, String hex) {
        boolean error = severity.equals("error");
        HResult stated = HResult.of((int) Long.parseLong(hex.substring(2), 16));
        KnownHResults.Known known = KnownHResults.byName(name, error).orElseThrow(() ->
                new IllegalArgumentException("feature names an HRESULT the kit does not know: " + name + " (" + severity + ")"));
        if (!known.value().equals(stated) || stated.failed() != error) {
            throw new IllegalArgumentException("feature defect: " + name + " (" + severity + ") is " + known.value().hex()
                    + " per " + known.source() + ", but the feature says " + hex);
        }
        return stated;
    }
}
