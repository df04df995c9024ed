package notifytck.model;

import java.util.Map;

/** One state a model allows, and what an implementation in that state must show. */
public interface World<W extends World<W>> {
    /** A deep copy, so that an ambiguous step can branch. */
    W copy();

    /** Every observable this world fixes, in the order a report should compare them. */
    Map<String, Expectation> expectations();
}
