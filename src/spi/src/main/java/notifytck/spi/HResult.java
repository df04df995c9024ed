package notifytck.spi;

import java.util.Objects;

/**
 * A COM HRESULT as an implementation returns it. Equality is by numeric value only: the name and
 * source are looked up from {@link KnownHResults} so that a report can say which documented code a
 * number is, whoever produced it.
 */
public final class HResult {
    private final int value;

    private HResult(int value) {
        this.value = value;
    }

    public static HResult of(int value) {
        return new HResult(value);
    }

    /** MAKE_HRESULT from winerror.h: severity bit 31, facility bits 16-26, code bits 0-15. */
    public static HResult make(boolean error, int facility, int code) {
        return new HResult((error ? 0x8000_0000 : 0) | ((facility & 0x7FF) << 16) | (code & 0xFFFF));
    }

    public int value() {
        return value;
    }

    /** SUCCEEDED(hr): severity bit clear. A success HRESULT need not be S_OK. */
    public boolean succeeded() {
        return value >= 0;
    }

    public boolean failed() {
        return value < 0;
    }

    /** HRESULT_CODE(hr). */
    public int code() {
        return value & 0xFFFF;
    }

    /** HRESULT_FACILITY(hr). */
    public int facility() {
        return (value >>> 16) & 0x1FFF;
    }

    public String hex() {
        return String.format("0x%08X", value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HResult h && h.value == value;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return KnownHResults.describe(this);
    }
}
