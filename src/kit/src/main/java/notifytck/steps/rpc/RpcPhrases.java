package notifytck.steps.rpc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import notifytck.spi.rpc.RpcConstants;

/** The RPC features' words for notification bits and events. */
final class RpcPhrases {
    private static final Pattern BITS = Pattern.compile("notification bits (\\d+)");

    private RpcPhrases() {}

    /** "call cancel", "client disconnect and call cancel", "no notification", "call cancel and notification bits 4". */
    static int bits(String text) {
        if (text.equals("no notification")) {
            return RpcConstants.RPC_NOTIFICATION_CALL_NONE;
        }
        int bits = 0;
        for (String part : text.split(" and ")) {
            Matcher m = BITS.matcher(part);
            if (part.equals("client disconnect")) {
                bits |= RpcConstants.RPC_NOTIFICATION_CLIENT_DISCONNECT;
            } else if (part.equals("call cancel")) {
                bits |= RpcConstants.RPC_NOTIFICATION_CALL_CANCEL;
            } else if (m.matches()) {
                bits |= Integer.parseInt(m.group(1));
            } else {
                throw new IllegalArgumentException("unknown notification words: \"" + part + "\" in \"" + text + "\"");
            }
        }
        return bits;
    }

    /** RPC_ASYNC_EVENT names as the features write them. */
    static int event(String name) {
        return switch (name) {
            case "RpcClientCancel" -> RpcConstants.RPC_CLIENT_CANCEL;
            case "RpcClientDisconnect" -> RpcConstants.RPC_CLIENT_DISCONNECT;
            default -> throw new IllegalArgumentException("unknown RPC_ASYNC_EVENT " + name);
        };
    }
}
