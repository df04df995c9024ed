package notifytck.run;

/** What a run's exit code means; a CI gates on it. */
public enum ExitCode {
    CONFORMS(0, "every selected, applicable rule passed, or failed exactly as the baseline expects"),
    UNEXPECTED(1, "at least one unexpected failure, an unexpected pass of a baselined rule, or an incident outside the rules"),
    CONFIGURATION(2, "usage or configuration error, found before any scenario ran"),
    KIT_BROKE(3, "the kit itself broke");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
