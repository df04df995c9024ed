package notifytck.spi.fax;

/** A BOOL result with the error GetLastError would give after it. */
public record FaxResult(boolean succeeded, int lastError) {
    public static final FaxResult OK = new FaxResult(true, FaxConstants.ERROR_SUCCESS);

    public static FaxResult failed(int lastError) {
        return new FaxResult(false, lastError);
    }
}
