package notifytck.properties;

import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.AfterTry;

/**
 * What every property class does around its tries: close the instances a try started, keep the
 * shrunk failure, and run no try once its property has ended ({@link TryGate}).
 */
@net.jqwik.api.lifecycle.AddLifecycleHook(TryGate.class)
abstract class PropertiesOnTheSut {
    /**
     * The model-based properties take four independent sequences a try: a fault that needs one
     * combination of parties and values shows in a few sequences of a hundred, and a sequence costs
     * a few milliseconds (docs/models.md). Each runs with the model compared after every action.
     */
    @SafeVarargs
    static <S> void eachAgainstTheModel(java.util.function.Consumer<S> compare, net.jqwik.api.state.ActionChain<S>... sequences) {
        for (net.jqwik.api.state.ActionChain<S> chain : sequences) {
            chain.withInvariant("every observable as the model allows", compare).run();
        }
    }

    /**
     * An action that draws without looking at the state (picks the run resolves when it applies it):
     * jqwik shrinks actions that read the state poorly (its issue 428).
     */
    static <S> net.jqwik.api.state.Action.Independent<S> independent(net.jqwik.api.Arbitrary<net.jqwik.api.state.Transformer<S>> a) {
        return () -> a;
    }

    @AfterTry
    void closeSystems() {
        Sut.closeAll();
    }

    @AfterProperty
    void attachFailure() {
        PropertyFailures.attachLast();
    }
}
