package notifytck.spi.spooler;

/** PrintAsyncNotifyConversationStyle, prnasnot.h: kBiDirectional = 0, kUniDirectional = 1. */
public enum ConversationStyle {
    BIDIRECTIONAL(0),
    UNIDIRECTIONAL(1);

    private final int value;

    ConversationStyle(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
