package notifytck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import notifytck.requirements.RequirementCatalog;
import notifytck.spi.Mechanism;
import notifytck.suite.SuiteSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The kit tests itself: every faulty variant must make the suite fail, with the rule it breaks
 * among the failing rules. Writes reports/self-test.tsv.
 */
class SelfTest {
    static final String HEADER = "variant\tmechanism\tbreaks\trejected\tfailing_rules";
    private static final List<String> ROWS = Collections.synchronizedList(new ArrayList<>());

    static List<FaultyVariant> variants() {
        return ServiceLoader.load(FaultyVariant.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(FaultyVariant::name)).collect(Collectors.toList());
    }

    /** The issues ask for at least this many variants per mechanism. */
    private static final java.util.Map<Mechanism, Integer> MINIMUM = java.util.Map.of(Mechanism.SPOOLER, 12, Mechanism.MSMQ, 10,
            Mechanism.RPC_CALL_NOTIFICATION, 8, Mechanism.FAX, 8);

    @Test
    void eachMechanismHasItsVariantsEachNamingARealRule() {
        List<FaultyVariant> all = variants();
        MINIMUM.forEach((m, n) -> assertThat(all.stream().filter(v -> v.mechanism() == m).count())
                .as("faulty variants of %s", m).isGreaterThanOrEqualTo(n));
        for (FaultyVariant v : all) {
            assertThat(RequirementCatalog.features().byId(v.breaks())).as("%s breaks a rule the features state", v.name()).isPresent();
            assertThat(RequirementCatalog.features().byId(v.breaks()).get().mechanism()).as("%s's rule is in its mechanism's features", v.name())
                    .isEqualTo(folder(v.mechanism()));
        }
        assertThat(all.stream().map(FaultyVariant::name).distinct().count()).isEqualTo(all.size());
    }

    @TestFactory
    Stream<DynamicTest> eachVariantIsRejectedWithItsRule() {
        return variants().stream().map(v -> DynamicTest.dynamicTest(v.name() + " breaks " + v.breaks(), () -> {
            SuiteRun.Result r = SuiteRun.run(v, "features/" + folder(v.mechanism()));
            java.util.Set<String> failing = new java.util.TreeSet<>(r.failingRules());
            int failed = r.failed();
            if (!v.properties().isEmpty()) {
                SuiteRun.Result p = SuiteRun.runProperties(v, v.properties());
                // A fault of concurrency must get past every scenario: otherwise it is not one.
                assertThat(r.failingRules()).as("%s is meant to show only under concurrency, but scenarios caught it", v.name()).isEmpty();
                failing.addAll(p.failingRules());
                failed += p.failed();
            }
            boolean rejected = failed > 0 && failing.contains(v.breaks());
            ROWS.add(String.join("\t", v.name(), v.mechanism().name().toLowerCase(), v.breaks(),
                    String.valueOf(rejected), String.join(",", failing)));
            assertThat(failed).as("%s (%s): scenarios or properties failed", v.name(), v.fault()).isPositive();
            assertThat(failing).as("%s (%s): failing rules", v.name(), v.fault()).contains(v.breaks());
        }));
    }

    @AfterAll
    static void writeReport() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        synchronized (ROWS) {
            ROWS.stream().sorted().forEach(lines::add);
        }
        Path file = SuiteSettings.reports().resolve("self-test.tsv");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String folder(Mechanism m) {
        return switch (m) {
            case SPOOLER -> "spooler";
            case FAX -> "fax";
            case RPC_CALL_NOTIFICATION -> "rpc";
            case MSMQ -> "msmq";
        };
    }
}
