package notifytck.selftest;

import java.util.List;

/**
 * An implementation that makes another defensible choice where the documents are silent or
 * ambiguous: the kit must not fail it. The self-test runs the whole of its mechanism, scenarios and
 * properties, against each one and expects every rule to pass.
 */
public interface DefensibleVariant extends Variant {
    /** The other choice it makes, in a sentence. */
    String choice();

    /** The rules whose reading accepts this choice, or the readings entry it takes the other way. */
    List<String> readings();
}
