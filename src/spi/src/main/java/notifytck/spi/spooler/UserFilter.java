package notifytck.spi.spooler;

/** PrintAsyncNotifyUserFilter, prnasnot.h: kPerUser = 0, kAllUsers = 1. */
public enum UserFilter {
    /** Only listeners running as the same user as the channel's sender. */
    PER_USER(0),
    ALL_USERS(1);

    private final int value;

    UserFilter(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
