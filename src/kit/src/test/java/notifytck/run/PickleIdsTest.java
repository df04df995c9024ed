package notifytck.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Cucumber makes one id generator per run: however many runs a JVM makes (Cucumber's incrementing
 * generator stopped at 256, which failed EntryPointFuzzTest in a clean-clone build), the ids stay
 * unique and well formed.
 */
class PickleIdsTest {
    @Test
    void idsFromMoreGeneratorsThanCucumbersLimitAreAllDistinctVersion8Uuids() {
        Set<UUID> seen = new HashSet<>();
        for (int run = 0; run < 1000; run++) {
            PickleIds ids = new PickleIds();
            for (int i = 0; i < 20; i++) {
                UUID id = ids.generateId();
                assertThat(id.version()).isEqualTo(8);
                assertThat(id.variant()).isEqualTo(2);
                assertThat(seen.add(id)).as("id %s given twice", id).isTrue();
            }
        }
        assertThat(seen).hasSize(20_000);
    }

    @Test
    void cucumberFindsThemThroughItsServiceLoader() {
        assertThat(java.util.ServiceLoader.load(io.cucumber.core.eventbus.UuidGenerator.class).stream().map(p -> p.type().getName()))
                .contains(PickleIds.class.getName());
    }
}
