package notifytck.kit;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Runs registered clean-ups in reverse order; one failing does not stop the rest. A clean-up that
 * fails an assertion (a held callback that never returned) is rethrown once all have run, so that
 * it is neither lost nor the reason the instance is never closed.
 */
public final class Closer {
    private final Deque<Runnable> actions = new ArrayDeque<>();

    public synchronized void register(Runnable action) {
        actions.push(action);
    }

    public void closeAll() {
        AssertionError first = null;
        while (true) {
            Runnable r;
            synchronized (this) {
                r = actions.poll();
            }
            if (r == null) {
                break;
            }
            try {
                r.run();
            } catch (RuntimeException e) {
                // Clean-up is best effort: the scenario's verdict is already recorded.
            } catch (AssertionError e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
