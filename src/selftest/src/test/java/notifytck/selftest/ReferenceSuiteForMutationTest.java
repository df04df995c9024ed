package notifytck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import notifytck.kit.Mechanisms;
import org.junit.jupiter.api.Test;
import org.junit.platform.suite.api.SelectClasses;

/** PIT's suite names the property classes one by one; a property added to the registry must be added there too. */
class ReferenceSuiteForMutationTest {
    @Test
    void theMutationSuiteRunsEveryPropertyTheRegistryKnows() {
        List<String> named = List.of(ReferenceSuiteForMutation.class.getAnnotation(SelectClasses.class).names());
        assertThat(named).containsExactlyInAnyOrderElementsOf(Mechanisms.propertyClasses());
    }
}
