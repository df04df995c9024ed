package notifytck.properties;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.BeforeProperty;
import notifytck.kit.CurrentRun;
import notifytck.model.spooler.SpoolerWorld.Actor;
import notifytck.model.spooler.SpoolerWorld.Place;
import notifytck.model.spooler.SpoolerWorld.Style;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;

/**
 * The spooler model judged over real threads: listeners register all at once, one to three channels open, then
 * two to four threads send at once, of the channel's own type or the other (two threads on one
 * channel when there are more threads than channels), while the spooler's delivery threads fan the
 * notifications out. Each listener must get each notification
 * it matches exactly once, with the right channel or alone, whatever the interleaving; every send
 * must return what the model says. In half the tries the opener of a bidirectional channel closes
 * it meanwhile: what was sent before may be discarded with the queue, never told after the closed
 * event, and a send that took effect after the close fails as already closed and reaches nobody.
 */
class SpoolerConcurrencyProperties extends PropertiesOnTheSut {
    record Listener(Actor actor, Place place, int type) {}

    record Opening(Actor opener, Place place, int type, boolean perUser, Style style, boolean callback) {}

    @BeforeProperty
    void applicable() {
        Sut.require(Mechanism.SPOOLER, Control.SPOOLER_QUIESCE);
    }

    @Property
    // Every rule a send's outcome can name in the model.
    @Tag("REQ-SPOOL-CHAN-001") @Tag("REQ-SPOOL-CHAN-002") @Tag("REQ-SPOOL-CHAN-006") @Tag("REQ-SPOOL-CHAN-007") @Tag("REQ-SPOOL-CHAN-008")
    @Tag("REQ-SPOOL-CHAN-009") @Tag("REQ-SPOOL-CHAN-012") @Tag("REQ-SPOOL-CHAN-016") @Tag("REQ-SPOOL-OVW-002") @Tag("REQ-SPOOL-OVW-007")
    @Tag("REQ-SPOOL-OVW-008") @Tag("REQ-SPOOL-OVW-009") @Tag("REQ-SPOOL-OVW-011") @Tag("REQ-SPOOL-OVW-012") @Tag("REQ-SPOOL-OVW-013")
    @Tag("REQ-SPOOL-OVW-005") @Tag("REQ-SPOOL-OVW-016") @Tag("REQ-SPOOL-CHAN-004") @Tag("REQ-SPOOL-CHAN-005") @Tag("REQ-SPOOL-CHAN-010")
    @Tag("REQ-SPOOL-CHAN-022") @Tag("REQ-SPOOL-CHAN-018") @Tag("REQ-SPOOL-CHAN-019") @Tag("REQ-SPOOL-CHAN-020") @Tag("REQ-SPOOL-CHAN-032")
    void sendersAtOnceAreEachJudgedByTheModel(@ForAll("rounds") List<Round> rounds) {
        // Three rounds a try, each on an instance of its own: a race needs many chances to show, and a round is cheap.
        for (Round r : rounds) {
            SpoolerModelRun run = new SpoolerModelRun(remote());
            run.registerAtOnce(r.listeners());
            r.openings().forEach(o -> run.open(o.opener(), o.place(), o.type(), o.perUser(), o.style(), o.callback()));
            run.compare();
            run.sendAtOnce(r.sends(), r.racingClose());
            run.compare();
        }
    }

    /** Who listens, which channels open, what each thread sends, and whether a close races the sends. */
    record Round(List<Listener> listeners, List<Opening> openings, List<List<Boolean>> sends, boolean racingClose) {}

    @Provide
    Arbitrary<List<Round>> rounds() {
        // Half the rounds close a bidirectional channel while the sends race.
        return Combinators.combine(listeners(), openings(), sends(), Arbitraries.of(true, false)).as(Round::new).list().ofSize(3);
    }

    private static boolean remote() {
        return CurrentRun.implementation().capabilities().supports(Control.SPOOLER_REMOTE_SERVERS);
    }

    private static Arbitrary<Place> places() {
        return remote() ? Arbitraries.of(Place.LASER, Place.LASER, Place.SERVER, Place.INKJET, Place.FAR_LASER)
                : Arbitraries.of(Place.LASER, Place.LASER, Place.SERVER, Place.INKJET);
    }

    private static Arbitrary<List<Listener>> listeners() {
        return Combinators.combine(Arbitraries.of(Actor.APP_ALICE_1, Actor.APP_ALICE_2, Actor.APP_BOB_1, Actor.DRIVER, Actor.MONITOR),
                places(), Arbitraries.of(0, 0, 1)).as(Listener::new).list().ofMinSize(1).ofMaxSize(6);
    }

    private static Arbitrary<List<Opening>> openings() {
        return Combinators.combine(Arbitraries.of(Actor.DRIVER, Actor.MONITOR), places(), Arbitraries.of(0, 0, 1), Arbitraries.of(true, false),
                Arbitraries.of(Style.class), Arbitraries.of(true, false)).as(Opening::new).list().ofMinSize(1).ofMaxSize(3);
    }

    private static Arbitrary<List<List<Boolean>>> sends() {
        return Arbitraries.of(true, true, true, false).list().ofMinSize(1).ofMaxSize(8).list().ofMinSize(2).ofMaxSize(4);
    }
}
