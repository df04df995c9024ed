package notifytck.wire;

import java.lang.reflect.Method;
import java.util.List;

/**
 * One message of the protocol: its type name, who sends it, the SPI method it stands for (none for
 * the session messages), its fields, and what its reply carries.
 */
public record MessageType(String name, Direction direction, String accessor, Method method, List<Field> fields, Shape reply, String summary) {
    public enum Direction {
        /** The kit asks, the program answers: the session messages and every SPI call and control. */
        KIT_TO_PROGRAM,
        /** The program asks, the kit answers when the callback returned: every callback the kit handed over. */
        PROGRAM_TO_KIT
    }

    /** A member of the message besides {@code id} and {@code type}; a reference-typed one may be null or left out. */
    public record Field(String name, Shape shape, boolean nullable) {}
}
