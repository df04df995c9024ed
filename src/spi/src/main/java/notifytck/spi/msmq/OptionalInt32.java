package notifytck.spi.msmq;

/**
 * An [in, optional] VARIANT carrying a VT_I4: either not given at all, or a 32-bit signed value.
 * "Not given" is distinct from every value, including 0 and INFINITE (-1).
 */
public record OptionalInt32(boolean given, int value) {
    public static final OptionalInt32 NOT_GIVEN = new OptionalInt32(false, 0);

    public OptionalInt32 {
        if (!given && value != 0) {
            throw new IllegalArgumentException("a parameter that is not given carries no value");
        }
    }

    public static OptionalInt32 of(int value) {
        return new OptionalInt32(true, value);
    }

    @Override
    public String toString() {
        return given ? Integer.toString(value) : "(not given)";
    }
}
