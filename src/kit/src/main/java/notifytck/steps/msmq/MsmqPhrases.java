package notifytck.steps.msmq;

import notifytck.spi.msmq.MsmqConstants;

/** MSMQ values as the features write them. */
final class MsmqPhrases {
    private MsmqPhrases() {}

    /** A cursor action by its name (MQMSG_FIRST, MQMSG_CURRENT, MQMSG_NEXT), or any other value as a number. */
    static int cursor(String written) {
        return switch (written) {
            case "MQMSG_FIRST" -> MsmqConstants.MQMSG_FIRST;
            case "MQMSG_CURRENT" -> MsmqConstants.MQMSG_CURRENT;
            case "MQMSG_NEXT" -> MsmqConstants.MQMSG_NEXT;
            default -> Integer.parseInt(written);
        };
    }
}
