package notifytck.kit;

import java.util.ArrayDeque;
import java.util.Deque;

/** Runs registered clean-ups in reverse order; one failing does not stop the rest. */
public final class Closer {
    private final Deque<Runnable> actions = new ArrayDeque<>();

    public synchronized void register(Runnable action) {
        actions.push(action);
    }

    public void closeAll() {
        while (true) {
            Runnable r;
            synchronized (this) {
                r = actions.poll();
            }
            if (r == null) {
                return;
            }
            try {
                r.run();
            } catch (RuntimeException e) {
                // Clean-up is best effort: the scenario's verdict is already recorded.
            }
        }
    }
}
