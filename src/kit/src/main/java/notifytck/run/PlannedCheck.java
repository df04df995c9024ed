package notifytck.run;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import notifytck.requirements.Requirement;
import notifytck.requirements.RequirementCatalog;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;

/**
 * One check as discovered, before it runs: which engine found it, the tags a selection is matched
 * against, and the rules it reports on.
 */
record PlannedCheck(String uniqueId, String kind, String name, String location, Set<String> tags, List<String> rules,
                    Optional<Path> file, int line) {
    static Optional<PlannedCheck> of(TestIdentifier id, Path featuresDir, RequirementCatalog catalog) {
        if (!id.isTest()) {
            return Optional.empty();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (TestTag t : id.getTags()) {
            tags.add(t.getName().startsWith("@") ? t.getName() : "@" + t.getName());
        }
        List<String> rules = tags.stream().filter(t -> t.startsWith("@REQ-")).map(t -> t.substring(1))
                .filter(r -> catalog.byId(r).isPresent()).sorted().toList();
        TestSource source = id.getSource().orElse(null);
        if (source instanceof MethodSource m) {
            String simple = m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1);
            // A property carries the tags of the rules it checks, so "@msmq" or "@must" select it too.
            for (String r : rules) {
                catalog.byId(r).map(Requirement::allTags).ifPresent(tags::addAll);
            }
            tags.add(Selection.PROPERTY_TAG);
            tags.add("@" + simple);
            return Optional.of(new PlannedCheck(id.getUniqueId(), Check.PROPERTY, simple + "." + m.getMethodName(), m.getClassName(),
                    Set.copyOf(tags), rules, Optional.empty(), 0));
        }
        String location = id.getUniqueId();
        Optional<Path> file = Optional.empty();
        int line = 0;
        if (source instanceof FileSource f) {
            file = Optional.of(f.getFile().toPath());
            line = f.getPosition().map(FilePosition::getLine).orElse(0);
            Path abs = f.getFile().toPath().toAbsolutePath().normalize();
            Path dir = featuresDir.toAbsolutePath().normalize();
            String rel = abs.startsWith(dir) ? "features/" + dir.relativize(abs).toString().replace('\\', '/') : abs.toString();
            location = rel + f.getPosition().map(FilePosition::getLine).map(l -> ":" + l).orElse("");
        }
        tags.add(Selection.SCENARIO_TAG);
        return Optional.of(new PlannedCheck(id.getUniqueId(), Check.SCENARIO, id.getDisplayName(), location, Set.copyOf(tags), rules, file, line));
    }

    /**
     * A property without the rules the documents state for a Windows version other than the one the
     * implementation claims: the property draws nothing for them there (as their scenarios are not
     * applicable), so its pass must not count for them. Scenarios keep theirs: their hook says why not.
     */
    PlannedCheck forPlatform(String platform, RequirementCatalog catalog) {
        if (!kind.equals(Check.PROPERTY) || platform == null || platform.isBlank()) {
            return this;
        }
        String claimed = notifytck.suite.ScenarioHooks.PLATFORM + platform.strip();
        List<String> kept = rules.stream().filter(r -> catalog.byId(r).map(Requirement::allTags).orElse(Set.of()).stream()
                .noneMatch(t -> t.startsWith(notifytck.suite.ScenarioHooks.PLATFORM) && !t.equals(claimed))).toList();
        return kept.size() == rules.size() ? this : new PlannedCheck(uniqueId, kind, name, location, tags, kept, file, line);
    }
}
