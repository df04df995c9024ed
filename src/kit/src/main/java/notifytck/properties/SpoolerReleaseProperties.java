package notifytck.properties;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;

/**
 * AddRef, Release and CloseChannel interleaved by the opener and by a listener's callback, within
 * what the Release rules allow: only the documented results, one successful close, and once every
 * party has released as the rules say, no channel object left.
 */
class SpoolerReleaseProperties extends PropertiesOnTheSut {
    @BeforeProperty
    void applicable() {
        Sut.require(Mechanism.SPOOLER, Control.SPOOLER_QUIESCE, Control.SPOOLER_CHANNEL_OBJECTS);
    }

    @Property
    @Tag("REQ-SPOOL-CHAN-021")
    @Tag("REQ-SPOOL-CHAN-023")
    @Tag("REQ-SPOOL-CHAN-024")
    @Tag("REQ-SPOOL-CHAN-028")
    @Tag("REQ-SPOOL-CHAN-018")
    @Tag("REQ-SPOOL-OVW-011")
    @Tag("REQ-SPOOL-CHAN-032")
    void releasesFollowTheRulesAndLeaveNothingHeld(@ForAll("runs") ActionChain<ReleaseWorld> chain) {
        ReleaseWorld end = chain.withInvariant("documented close results, one success", ReleaseWorld::invariant).run();
        end.finishAndCheckNothingHeld();
    }

    @Provide
    Arbitrary<ActionChain<ReleaseWorld>> runs() {
        return ActionChain.startWith(ReleaseWorld::new)
                .withAction(3, when(w -> w.openerMayCall() && w.open(), "the opener sends", ReleaseWorld::send))
                .withAction(2, when(ReleaseWorld::openerMayCall, "the opener adds a reference", ReleaseWorld::addRef))
                .withAction(2, when(w -> w.openerMayCall() && w.openerExtraReferences() > 0, "the opener releases an added reference",
                        ReleaseWorld::releaseExtra))
                .withAction(1, when(w -> w.openerMayCall() && w.open(), "the opener closes", ReleaseWorld::openerCloses))
                // An opener holding added references could not release them after being told (REQ-SPOOL-CHAN-026).
                .withAction(1, when(w -> w.openerMayCall() && w.open() && w.openerExtraReferences() == 0,
                        "the listener ends the conversation", ReleaseWorld::listenerEndsConversation))
                // Once a listener ended it, the opener may call nothing more: the run can only end.
                .withAction(1, Action.just(Transformer.endOfChain()))
                .withMaxTransformations(10);
    }

    private static Action.Independent<ReleaseWorld> when(java.util.function.Predicate<ReleaseWorld> pre, String what,
                                                         java.util.function.Consumer<ReleaseWorld> step) {
        return new Action.Independent<>() {
            @Override
            public boolean precondition(ReleaseWorld w) {
                return pre.test(w);
            }

            @Override
            public Arbitrary<Transformer<ReleaseWorld>> transformer() {
                return net.jqwik.api.Arbitraries.just(Transformer.mutate(what, step));
            }
        };
    }
}
