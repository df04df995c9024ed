package notifytck.selftest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import notifytck.kit.ImplementationLoader;
import notifytck.spi.NotificationImplementation;
import notifytck.suite.SuiteSettings;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the conformance features in this JVM against one implementation and reports which rules
 * failed. No report plugin and no auto-registered listener runs, so the project's own reports and
 * Allure results are untouched.
 */
public final class SuiteRun {
    /** Shorter waits: a faulty variant fails many scenarios, and each failure waits this long at most. */
    private static final Map<String, String> SELF_TEST_TIMEOUTS = Map.of(
            "notifytck.timeout.eventually", "2000",
            "notifytck.timeout.call", "2000",
            "notifytck.timeout.hold", "3000",
            "notifytck.timeout.quiet", "300");

    public record Result(int passed, int failed, int aborted, Set<String> failingRules) {}

    private SuiteRun() {}

    public static synchronized Result run(NotificationImplementation implementation, String featuresDirectory) {
        return run(implementation, featuresDirectory, Map.of());
    }

    /** As {@link #run(NotificationImplementation, String)}, with some of the timeouts replaced. */
    public static synchronized Result run(NotificationImplementation implementation, String featuresDirectory, Map<String, String> timeouts) {
        Map<String, String> saved = new HashMap<>();
        Map<String, String> effective = new HashMap<>(SELF_TEST_TIMEOUTS);
        effective.putAll(timeouts);
        effective.forEach((k, v) -> {
            saved.put(k, System.getProperty(k));
            System.setProperty(k, v);
        });
        ImplementationLoader.override(implementation);
        try {
            return launch(featuresDirectory);
        } finally {
            ImplementationLoader.clearOverride();
            saved.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }

    /** Runs property classes (jqwik) against one implementation, the same way. */
    public static synchronized Result runProperties(NotificationImplementation implementation, java.util.List<String> classes) {
        Map<String, String> saved = new HashMap<>();
        SELF_TEST_TIMEOUTS.forEach((k, v) -> {
            saved.put(k, System.getProperty(k));
            System.setProperty(k, v);
        });
        ImplementationLoader.override(implementation);
        try {
            return execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(classes.stream().map(org.junit.platform.engine.discovery.DiscoverySelectors::selectClass).toList())
                    .filters(includeEngines("jqwik"))
                    // A failure here is the point; replaying its seed later would only slow the project's own runs.
                    .configurationParameter("jqwik.database", "target/jqwik-selftest-database")
                    .build());
        } finally {
            ImplementationLoader.clearOverride();
            saved.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }

    private static Result launch(String featuresDirectory) {
        return execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(featuresDirectory))
                .filters(includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", SuiteSettings.GLUE)
                .configurationParameter("cucumber.plugin", "notifytck.selftest.SilentPlugin")
                .configurationParameter("cucumber.publish.quiet", "true")
                .build());
    }

    private static Result execute(LauncherDiscoveryRequest request) {
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
        AtomicInteger passed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger aborted = new AtomicInteger();
        Set<String> failing = new TreeSet<>();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (!id.isTest() && !(id.getSource().orElse(null) instanceof org.junit.platform.engine.support.descriptor.MethodSource)) {
                    return;
                }
                switch (result.getStatus()) {
                    case SUCCESSFUL -> passed.incrementAndGet();
                    case ABORTED -> aborted.incrementAndGet();
                    case FAILED -> {
                        failed.incrementAndGet();
                        synchronized (failing) {
                            id.getTags().stream().map(TestTag::getName).filter(t -> t.startsWith("REQ-")).forEach(failing::add);
                        }
                    }
                }
            }
        });
        return new Result(passed.get(), failed.get(), aborted.get(), Set.copyOf(failing));
    }
}
