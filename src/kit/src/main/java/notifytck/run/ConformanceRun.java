package notifytck.run;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import notifytck.kit.CurrentRun;
import notifytck.kit.Deadline;
import notifytck.kit.Mechanisms;
import notifytck.report.AllureOutput;
import notifytck.report.Reports;
import notifytck.requirements.Requirement;
import notifytck.requirements.RequirementCatalog;
import notifytck.spi.Capabilities;
import notifytck.spi.NotificationImplementation;
import notifytck.spi.SystemUnderTest;
import notifytck.suite.SuiteSettings;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One conformance run: checks what it was given before anything runs (a problem there is a
 * {@link ConfigurationError}, exit 2), runs the selected scenarios and properties against the
 * implementation, judges each rule, and writes the reports. The command line and the kit's own
 * tests both come through here, so they judge alike.
 */
public final class ConformanceRun {
    /** Runs in one JVM take turns: the hooks find the implementation in one slot, and timeouts are system properties. */
    private static final Object TURN = new Object();

    private final RunSettings settings;
    private final RequirementCatalog catalog;

    private ConformanceRun(RunSettings settings) {
        this.settings = settings;
        this.catalog = settings.features().catalog();
    }

    /** Runs and writes the reports (when the settings name a folder); returns the verdict with its exit code. */
    public static Verdict run(RunSettings settings) {
        synchronized (TURN) {
            ConformanceRun run = new ConformanceRun(settings);
            return run.withTimeouts(run::go);
        }
    }

    private Verdict go() {
        Instant started = Instant.now();
        Capabilities caps = probe(settings.implementation());
        ImplementationInfo info = ImplementationInfo.of(settings.implementation(), caps);
        Baseline baseline = settings.baseline().map(b -> Baseline.read(b, catalog)).orElse(Baseline.empty());

        Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false).enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false).build());
        Map<String, PlannedCheck> all = plan(launcher);
        Selection selection = Selection.parse(settings.select(), knownTags(all.values()));
        Map<String, PlannedCheck> selected = new LinkedHashMap<>();
        all.forEach((id, p) -> {
            if (selection.matches(p.tags())) {
                selected.put(id, p);
            }
        });
        if (selected.isEmpty()) {
            throw new ConfigurationError("--select \"" + settings.select() + "\" selects no scenario or property");
        }
        selected.replaceAll((id, p) -> p.forPlatform(info.platform(), catalog));
        boolean anyRunnable = selected.values().stream().anyMatch(p -> p.tags().stream().map(Mechanisms::byTag).flatMap(java.util.Optional::stream)
                .anyMatch(m -> caps.supports(m.mechanism())));
        if (!anyRunnable) {
            throw new ConfigurationError("nothing selected can run: " + info.name() + " declares " + info.mechanisms()
                    + ", and the selection " + selection + " needs only other mechanisms");
        }
        if (!settings.features().isEmbedded()) {
            dryRun(launcher, selected);
        }
        if (settings.terminal() != null) {
            TerminalSummary.header(settings.terminal(), info, settings, selection, selected.values(), parallelOf(caps, selected));
        }

        Progress progress = new Progress(settings.terminal(), catalog, selected.values());
        CheckCollector collector = new CheckCollector(selected, progress);
        List<TestExecutionListener> listeners = new ArrayList<>(List.of(collector));
        AllureOutput allure = settings.out().map(o -> AllureOutput.open(o.resolve("allure-results"), o, info, selection.text())).orElse(null);
        Map<String, String> extra = new HashMap<>();
        if (allure != null) {
            listeners.add(allure.propertyListener());
            extra.put("cucumber.plugin", SuiteSettings.PLUGINS + ", " + AllureOutput.CUCUMBER_PLUGIN);
        }
        int parallel = parallelOf(caps, selected);
        if (parallel > 1) {
            // Each scenario has its own instance; Cucumber runs them on a pool of this size. Properties stay one at a time.
            extra.put("cucumber.execution.parallel.enabled", "true");
            extra.put("cucumber.execution.parallel.config.strategy", "fixed");
            extra.put("cucumber.execution.parallel.config.fixed.parallelism", String.valueOf(parallel));
            extra.put("cucumber.execution.parallel.config.fixed.max-pool-size", String.valueOf(parallel));
        }
        java.util.Set<Thread> threadsBefore = Leaks.snapshot();
        List<String> incidents = new ArrayList<>();
        withRunState(() -> {
            try (GlueJarHold jar = GlueJarHold.open(SuiteSettings.GLUE.split(",")[0])) {
                launcher.execute(request(sources(selected.values()), List.of(onlyThese(selected.keySet())), extra, "cucumber", "jqwik"),
                        listeners.toArray(TestExecutionListener[]::new));
            }
            incidents.addAll(CurrentRun.instancesLeftOpen());
        });
        incidents.addAll(incidents(settings.implementation()));
        Leaks.Left left = Leaks.since(threadsBefore, java.time.Duration.ofMillis(500));
        // Read after the grace above, so a callback that comes just after the last close is counted too.
        incidents.addAll(CurrentRun.lateCallbacks());
        incidents.addAll(CurrentRun.unjudgedFailures());
        if (!left.implementation().isEmpty()) {
            Map<String, Long> alike = new java.util.TreeMap<>();
            left.implementation().forEach(t -> alike.merge(t, 1L, Long::sum));
            incidents.add("the implementation left " + left.implementation().size() + " thread(s) running after every instance was closed: "
                    + alike.entrySet().stream().limit(10).map(e -> (e.getValue() > 1 ? e.getValue() + " x " : "") + e.getKey())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        if (!left.kit().isEmpty()) {
            incidents.add(left.kit().size() + " kit thread(s) still busy after the run, each inside a call the implementation did not return from: "
                    + String.join("; ", left.kit().subList(0, Math.min(10, left.kit().size()))));
        }

        List<RuleVerdict> rules = judge(collector.checks(), selection, baseline);
        // A finding outside the rules (a broken session, leftover threads, callbacks after close) fails the run too: no result is lost.
        boolean unexpected = rules.stream().anyMatch(r -> r.status().unexpected()) || !incidents.isEmpty();
        Verdict verdict = new Verdict(KitInfo.current(), settings.features().sha256(), catalog.documents(), info, selection.text(),
                settings.tries(), parallel, settings.effectiveTimeouts(), collector.seeds(), baseline.source(), started, Instant.now(),
                unexpected ? ExitCode.UNEXPECTED : ExitCode.CONFORMS, rules, incidents);
        if (settings.out().isPresent()) {
            try {
                Reports.write(verdict, catalog, settings.features().directory(), settings.out().get(), allure);
            } catch (RuntimeException e) {
                throw new ReportsNotWritten(verdict, e.getMessage(), e);
            }
        }
        return verdict;
    }

    /**
     * What went wrong with the implementation outside any one check: over the wire, each program
     * session that broke (the scenario it broke in failed with the same words) and was replaced.
     */
    private static List<String> incidents(NotificationImplementation impl) {
        return impl instanceof notifytck.wire.client.WireImplementation w ? w.incidents() : List.of();
    }

    /** Scenarios at once: one for an implementation that cannot run instances side by side, else as set or chosen. */
    private int parallelOf(Capabilities caps, Map<String, PlannedCheck> selected) {
        if (!settings.implementation().instancesRunSideBySide()) {
            return 1;
        }
        if (settings.parallel() != RunSettings.AUTO_PARALLEL) {
            return settings.parallel();
        }
        boolean quiesces = selected.values().stream().flatMap(p -> p.tags().stream()).map(Mechanisms::byTag).flatMap(java.util.Optional::stream)
                .distinct().allMatch(m -> caps.supports(m.quiesce()));
        return settings.implementation() instanceof notifytck.wire.client.WireImplementation
                ? RunSettings.parallelForWire(quiesces) : RunSettings.parallelFor(quiesces);
    }

    /** What must hold before any scenario runs: the implementation describes itself and starts. */
    private static Capabilities probe(NotificationImplementation impl) {
        String cls = impl.getClass().getName();
        String name;
        Capabilities caps;
        try {
            name = Deadline.call(cls + ".name()", impl::name);
            caps = Deadline.call(cls + ".capabilities()", impl::capabilities);
            Deadline.call(cls + ".version()", impl::version);
        } catch (RuntimeException | AssertionError e) {
            throw new ConfigurationError(cls + " cannot describe itself: " + e.getMessage(), e);
        }
        if (name == null || name.isBlank()) {
            throw new ConfigurationError(cls + ".name() gives no name");
        }
        String platform = impl.platform();
        if (platform != null && !platform.strip().matches("[a-z0-9.-]*")) {
            throw new ConfigurationError(name + ".platform() is '" + platform + "'; give a tag word such as windows-vista, or nothing");
        }
        if (caps == null || caps.mechanisms().isEmpty()) {
            throw new ConfigurationError(name + " (" + cls + ") declares no mechanism in capabilities(); declare at least one of "
                    + java.util.Arrays.toString(notifytck.spi.Mechanism.values()));
        }
        for (notifytck.spi.Control c : caps.controls()) {
            if (!caps.supports(c.mechanism())) {
                throw new ConfigurationError(name + " declares the control " + c + " but not its mechanism " + c.mechanism()
                        + "; declare both, or neither");
            }
        }
        try {
            SystemUnderTest sut = Deadline.start(impl);
            if (sut == null) {
                throw new ConfigurationError(name + ".start() returned null");
            }
            Deadline.call(name + ".close()", () -> {
                sut.close();
                return null;
            });
        } catch (ConfigurationError e) {
            throw e;
        } catch (RuntimeException | AssertionError e) {
            throw new ConfigurationError(name + ".start() failed before any scenario ran: " + e, e);
        }
        return caps;
    }

    /** This run's own jqwik database when it has no report folder; made on first use. */
    private String database;

    /** Every feature file and every property class: what a plan is made from. */
    private List<DiscoverySelector> everything() {
        List<DiscoverySelector> selectors = new ArrayList<>();
        selectors.add(selectDirectory(settings.features().directory().toFile()));
        Mechanisms.propertyClasses().forEach(c -> selectors.add(selectClass(c)));
        return selectors;
    }

    /**
     * Only the feature files and property classes the selected checks come from, so that a run of
     * one rule does not parse every document again (Cucumber's unique IDs name the file and line,
     * however the file was found, so the plan's IDs still match).
     */
    private static List<DiscoverySelector> sources(java.util.Collection<PlannedCheck> selected) {
        Set<DiscoverySelector> selectors = new java.util.LinkedHashSet<>();
        for (PlannedCheck p : selected) {
            if (p.file().isPresent()) {
                selectors.add(selectFile(p.file().get().toFile()));
            } else if (Check.PROPERTY.equals(p.kind())) {
                selectors.add(selectClass(p.location()));
            }
        }
        return List.copyOf(selectors);
    }

    /**
     * The checks a feature set holds. They depend on the features alone, not on the implementation
     * or the selection, so a JVM that runs many (the self-test, a nightly of several
     * implementations) parses each set once; a set is known by its folder and its hash, so an
     * edited folder is planned anew. Bounded: the last few sets.
     */
    private Map<String, PlannedCheck> plan(Launcher launcher) {
        String key = settings.features().directory().toAbsolutePath() + " " + settings.features().sha256();
        // Runs take turns (TURN), so planning under the lock holds nobody up.
        synchronized (PLANS) {
            return PLANS.computeIfAbsent(key, k -> java.util.Collections.unmodifiableMap(plan(launcher.discover(request(everything(), List.of(),
                    Map.of(), "cucumber", "jqwik")))));
        }
    }

    private static final int PLANS_KEPT = 4;
    private static final Map<String, Map<String, PlannedCheck>> PLANS = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, PlannedCheck>> eldest) {
            return size() > PLANS_KEPT;
        }
    };

    private LauncherDiscoveryRequest request(List<DiscoverySelector> selectors, List<PostDiscoveryFilter> filters, Map<String, String> extra,
            String... engines) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("cucumber.uuid-generator", PickleIds.class.getName());
        config.put("cucumber.glue", SuiteSettings.GLUE);
        config.put("cucumber.plugin", SuiteSettings.PLUGINS);
        config.put("cucumber.publish.quiet", "true");
        config.put("cucumber.junit-platform.naming-strategy", "short");
        config.put("jqwik.tries.default", String.valueOf(settings.tries()));
        long shrink = settings.effectiveTimeouts().get("notifytck.timeout.shrink");
        if (shrink < 1000) {
            config.put("jqwik.shrinking.default", "OFF");
        } else {
            config.put("jqwik.shrinking.bounded.seconds", String.valueOf((shrink + 999) / 1000));
        }
        config.put("jqwik.reporting.usejunitplatform", "true");
        // A failing property is tried again with its seed first on the next run into the same folder.
        config.put("jqwik.failures.after.default", "PREVIOUS_SEED");
        config.put("jqwik.database", settings.out().map(o -> o.resolve(".jqwik-database").toString()).orElse(tempDatabase()));
        config.putAll(extra);
        return LauncherDiscoveryRequestBuilder.request().selectors(selectors).filters(includeEngines(engines))
                .filters(filters.toArray(PostDiscoveryFilter[]::new)).enableImplicitConfigurationParameters(false)
                .configurationParameters(config).build();
    }

    /**
     * A run without a report folder keeps jqwik's database in a file of its own, one per run: with
     * PREVIOUS_SEED, a database shared by runs in one JVM would make a property start from the seed
     * another implementation failed with, and draw none of its own (the self-test's variants run so).
     */
    private String tempDatabase() {
        if (database == null) {
            try {
                Path dir = Files.createTempDirectory("notify-tck-jqwik");
                dir.toFile().deleteOnExit();
                Path db = dir.resolve("jqwik-database");
                db.toFile().deleteOnExit();
                database = db.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    private Map<String, PlannedCheck> plan(TestPlan plan) {
        Map<String, PlannedCheck> out = new LinkedHashMap<>();
        Consumer<TestIdentifier> visit = new Consumer<>() {
            @Override
            public void accept(TestIdentifier id) {
                PlannedCheck.of(id, settings.features().directory(), catalog).ifPresent(p -> out.put(p.uniqueId(), p));
                plan.getChildren(id).forEach(this);
            }
        };
        plan.getRoots().forEach(visit);
        return out;
    }

    private Set<String> knownTags(java.util.Collection<PlannedCheck> planned) {
        Set<String> known = new HashSet<>();
        planned.forEach(p -> known.addAll(p.tags()));
        catalog.requirements().forEach(r -> known.addAll(r.allTags()));
        return known;
    }

    private static PostDiscoveryFilter onlyThese(Set<String> ids) {
        return d -> d.isTest() && !ids.contains(d.getUniqueId().toString()) ? FilterResult.excluded("not selected") : FilterResult.included("selected");
    }

    /** A local copy of the features may use a step the kit does not define: found before anything runs. */
    private void dryRun(Launcher launcher, Map<String, PlannedCheck> selected) {
        List<String> undefined = new ArrayList<>();
        // Cucumber alone: the properties use no feature steps, and must not run (nor write their database) here.
        launcher.execute(request(sources(selected.values()), List.of(onlyThese(selected.keySet())), Map.of("cucumber.execution.dry-run", "true"),
                "cucumber"),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, org.junit.platform.engine.TestExecutionResult result) {
                        PlannedCheck p = selected.get(id.getUniqueId());
                        if (p != null && Check.SCENARIO.equals(p.kind()) && result.getStatus() != org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL) {
                            undefined.add(p.location() + " \"" + p.name() + "\": " + CheckCollector.firstLine(result.getThrowable()));
                        }
                    }
                });
        if (!undefined.isEmpty()) {
            throw new ConfigurationError("--features: " + undefined.size() + " scenario(s) use steps the kit does not define; first: " + undefined.get(0));
        }
    }

    /**
     * Timeouts are read as system properties by the kit's waits; set for the whole run (the probe
     * of start() and close() included), restored after.
     */
    private <T> T withTimeouts(java.util.function.Supplier<T> run) {
        Map<String, String> saved = new HashMap<>();
        settings.timeouts().forEach((k, v) -> {
            saved.put(k, System.getProperty(k));
            System.setProperty(k, v.strip());
        });
        try {
            return run.get();
        } finally {
            saved.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }

    /** The implementation is published to the hooks and properties while the engines run. */
    private void withRunState(Runnable r) {
        CurrentRun.begin(settings.implementation());
        notifytck.suite.ScenarioLog.clear();
        try {
            r.run();
        } finally {
            CurrentRun.end();
        }
    }

    private List<RuleVerdict> judge(List<Check> checks, Selection selection, Baseline baseline) {
        Map<String, List<Check>> byRule = new HashMap<>();
        for (Check c : checks) {
            c.rules().forEach(r -> byRule.computeIfAbsent(r, k -> new ArrayList<>()).add(c));
        }
        List<RuleVerdict> out = new ArrayList<>();
        for (Requirement r : catalog.requirements()) {
            List<Check> mine = byRule.getOrDefault(r.id(), List.of());
            boolean selectedRule = r.untestable() ? selection.matches(r.allTags()) : !mine.isEmpty();
            var expected = baseline.entry(r.id());
            out.add(new RuleVerdict(r, RuleVerdict.judge(r, selectedRule, mine, expected.isPresent()), mine, expected));
        }
        return out;
    }
}
