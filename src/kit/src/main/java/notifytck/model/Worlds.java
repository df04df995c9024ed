package notifytck.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The states a model still allows. A step the documents fix moves every world; a step they leave
 * open (a reading that accepts two outcomes) branches a world. Each observation of the
 * implementation keeps only the worlds that agree with it, so a later step is judged against the
 * choice the implementation actually made. No world left is a {@link Mismatch}.
 */
public final class Worlds<W extends World<W>> {
    /** Branching is bounded: a model whose ambiguities multiply past this is a model defect. */
    static final int MAX = 64;

    private List<W> worlds;

    public Worlds(W start) {
        worlds = List.of(start);
    }

    /** A step with one outcome in each world. */
    public void each(Consumer<W> step) {
        worlds.forEach(step);
    }

    /** A step that may branch: each world gives the worlds it may become (at least one). */
    public void branch(Function<W, List<W>> step) {
        List<W> next = new ArrayList<>();
        for (W w : worlds) {
            List<W> out = step.apply(w);
            if (out.isEmpty()) {
                throw new IllegalStateException("a model step left a world with no successor");
            }
            next.addAll(out);
        }
        if (next.size() > MAX) {
            throw new IllegalStateException("the model allows more than " + MAX + " worlds at once");
        }
        worlds = List.copyOf(next);
    }

    /** The preferred world: the first reading of every ambiguity still open. */
    public W preferred() {
        return worlds.get(0);
    }

    public int size() {
        return worlds.size();
    }

    /**
     * Keeps the worlds that agree with every observed value. An observable a world does not fix is
     * not judged. Empty when some world agrees; otherwise the first difference of the world that
     * agrees longest (the preferred one on a tie), with every value any world allowed there.
     */
    public Optional<Mismatch> observe(Map<String, String> observed) {
        List<W> agree = worlds.stream().filter(w -> agrees(w, observed)).toList();
        if (!agree.isEmpty()) {
            worlds = agree;
            return Optional.empty();
        }
        // Judged against the world that agrees longest (the preferred one on a tie): its first difference is the
        // implementation's, where an earlier world's may only show which reading the implementation did not take.
        W closest = null;
        int reach = -1;
        String key = null;
        for (W w : worlds) {
            int i = 0;
            for (Map.Entry<String, Expectation> e : w.expectations().entrySet()) {
                String got = observed.get(e.getKey());
                if (got != null && !e.getValue().allows(got)) {
                    if (i > reach) {
                        closest = w;
                        reach = i;
                        key = e.getKey();
                    }
                    break;
                }
                i++;
            }
        }
        if (closest == null) {
            // Unreachable: a world agrees exactly when none of its entries differs.
            throw new IllegalStateException("no world agrees, yet none differs anywhere");
        }
        return Optional.of(mismatchAt(key, closest.expectations().get(key), observed.get(key)));
    }

    private Mismatch mismatchAt(String key, Expectation preferred, String got) {
        Set<String> allowed = new LinkedHashSet<>();
        for (W w : worlds) {
            Expectation x = w.expectations().get(key);
            if (x != null) {
                allowed.add(x.allowed());
                allowed.addAll(x.alternatives());
            }
        }
        return new Mismatch(preferred.ruleFor(got), key, got, List.copyOf(allowed));
    }

    private static <W extends World<W>> boolean agrees(W w, Map<String, String> observed) {
        for (Map.Entry<String, Expectation> e : w.expectations().entrySet()) {
            String got = observed.get(e.getKey());
            if (got != null && !e.getValue().allows(got)) {
                return false;
            }
        }
        return true;
    }
}
