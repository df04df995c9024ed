package notifytck.wire;

/**
 * How a callback crosses the wire. The kit gives each callback object it hands the implementation
 * an id and runs it when a callback message names that id; the program side stands a proxy in for
 * each id, which sends that message.
 */
public interface Targets {
    /** The id of a callback the kit hands over (the same object always gets the same id). */
    String idOf(Object callback, Class<?> type);

    /** The callback an id stands for, of {@code type}; throws {@link Shape.Malformed} for an unknown id. */
    Object target(String id, Class<?> type);
}
