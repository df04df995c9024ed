package notifytck.selftest;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;

/** Takes the place of the report plugins in the self-test's runs, which must not write reports. */
public final class SilentPlugin implements ConcurrentEventListener {
    @Override
    public void setEventPublisher(EventPublisher publisher) {
        // Nothing: the self-test reads outcomes through its JUnit listener.
    }
}
