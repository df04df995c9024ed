package notifytck.reference.fax;

import notifytck.spi.fax.WindowProcedure;
import notifytck.spi.fax.WindowRef;

/**
 * A top-level window of a client application, on one desktop. Its handle stays valid while
 * WM_DESTROY is being handled (a procedure answers it with FaxInitializeEventQueue on that very
 * handle) and becomes invalid only once the procedure returned.
 */
final class Window {
    private enum State { LIVE, DESTROYING, GONE }

    private final WindowRef ref;
    private final Desktop desktop;
    private final WindowProcedure procedure;
    private final MessageQueue queue;
    private final WindowThreads threads;
    private State state = State.LIVE;

    Window(WindowRef ref, Desktop desktop, WindowProcedure procedure, MessageQueue queue,
            WindowThreads threads) {
        this.ref = ref;
        this.desktop = desktop;
        this.procedure = procedure;
        this.queue = queue;
        this.threads = threads;
    }

    WindowRef ref() {
        return ref;
    }

    Desktop desktop() {
        return desktop;
    }

    WindowProcedure procedure() {
        return procedure;
    }

    MessageQueue queue() {
        return queue;
    }

    /** A valid HWND: not destroyed and its session not ended. */
    synchronized boolean exists() {
        return state != State.GONE;
    }

    synchronized boolean live() {
        return state == State.LIVE;
    }

    /** False when it is already being destroyed or gone: DestroyWindow runs once. */
    synchronized boolean startDestroying() {
        if (state != State.LIVE) {
            return false;
        }
        state = State.DESTROYING;
        return true;
    }

    /** The handle is invalid from now on; what the window never took is dropped. */
    void gone() {
        synchronized (this) {
            state = State.GONE;
        }
        queue.close();
    }

    /** PostMessage: never waits for the window's thread. */
    void post(PostedMessage message) {
        if (queue.post(message)) {
            threads.wake(this);
        }
    }

    SentMessage send(int message, long wParam, long lParam, boolean needsPumping) {
        return threads.send(this, message, wParam, lParam, needsPumping);
    }

    void setPumping(boolean pumping) {
        if (queue.setPumping(pumping)) {
            threads.wake(this);
        }
    }

    boolean pumping() {
        return queue.pumping();
    }
}
