package notifytck.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import notifytck.kit.CurrentRun;
import notifytck.model.spooler.SpoolerWorld.Actor;
import notifytck.model.spooler.SpoolerWorld.Place;
import notifytck.model.spooler.SpoolerWorld.Style;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;

/**
 * The spooler model against the selected implementation: random runs where every kind of caller
 * (spooler-hosted drivers and port monitors, an application-hosted driver, applications of two
 * users in two sessions) registers on and opens channels on printers and servers, local, remote
 * and unknown, of two types, per user and for all users, both conversation styles, with and
 * without a callback; openers send and listeners answer, of their own and the other type, either side
 * closes with or without a reason, the opener sends after its close, and listeners unregister, once or
 * twice, while channels are open. After every action every
 * observable must be one the model allows.
 */
class SpoolerModelProperties extends PropertiesOnTheSut {
    @BeforeProperty
    void applicable() {
        Sut.require(Mechanism.SPOOLER, Control.SPOOLER_QUIESCE);
    }

    @Property
    @Tag("REQ-SPOOL-CHAN-001") @Tag("REQ-SPOOL-CHAN-002") @Tag("REQ-SPOOL-CHAN-003") @Tag("REQ-SPOOL-CHAN-004") @Tag("REQ-SPOOL-CHAN-005")
    @Tag("REQ-SPOOL-CHAN-006") @Tag("REQ-SPOOL-CHAN-007") @Tag("REQ-SPOOL-CHAN-008") @Tag("REQ-SPOOL-CHAN-009") @Tag("REQ-SPOOL-CHAN-011")
    @Tag("REQ-SPOOL-CHAN-010") @Tag("REQ-SPOOL-CHAN-012") @Tag("REQ-SPOOL-CHAN-015") @Tag("REQ-SPOOL-CHAN-018") @Tag("REQ-SPOOL-CHAN-019")
    @Tag("REQ-SPOOL-CHAN-020") @Tag("REQ-SPOOL-CHAN-022") @Tag("REQ-SPOOL-CHAN-032")
    @Tag("REQ-SPOOL-CHAN-035") @Tag("REQ-SPOOL-CHAN-036")
    @Tag("REQ-SPOOL-OVW-002") @Tag("REQ-SPOOL-OVW-005") @Tag("REQ-SPOOL-OVW-006") @Tag("REQ-SPOOL-OVW-007") @Tag("REQ-SPOOL-OVW-008")
    @Tag("REQ-SPOOL-OVW-009") @Tag("REQ-SPOOL-OVW-011") @Tag("REQ-SPOOL-OVW-012") @Tag("REQ-SPOOL-OVW-013") @Tag("REQ-SPOOL-OVW-016")
    @Tag("REQ-SPOOL-OVW-017") @Tag("REQ-SPOOL-OVW-018") @Tag("REQ-SPOOL-OVW-019")
    void everyObservableIsOneTheModelAllows(@ForAll("runs") ActionChain<SpoolerModelRun> first, @ForAll("runs") ActionChain<SpoolerModelRun> second,
                                            @ForAll("runs") ActionChain<SpoolerModelRun> third, @ForAll("runs") ActionChain<SpoolerModelRun> fourth) {
        eachAgainstTheModel(SpoolerModelRun::compare, first, second, third, fourth);
    }

    /*
     * Every action is independent of the state: it draws picks (0 = the newest channel or listener
     * it applies to) that the run resolves when it applies the action (jqwik's issue 428).
     */
    @Provide
    Arbitrary<ActionChain<SpoolerModelRun>> runs() {
        boolean remote = CurrentRun.implementation().capabilities().supports(Control.SPOOLER_REMOTE_SERVERS);
        // Most calls on one printer and the local server, so that channels and listeners meet; every other name now and then.
        List<Tuple.Tuple2<Integer, Place>> weighted = new ArrayList<>(List.of(Tuple.of(8, Place.LASER), Tuple.of(2, Place.SERVER),
                Tuple.of(1, Place.INKJET), Tuple.of(1, Place.NO_PRINTER), Tuple.of(1, Place.NO_SERVER)));
        if (remote) {
            weighted.addAll(List.of(Tuple.of(1, Place.FAR_LASER), Tuple.of(1, Place.FAR_SERVER)));
        }
        @SuppressWarnings("unchecked")
        Arbitrary<Place> places = Arbitraries.frequency(weighted.toArray(Tuple.Tuple2[]::new));
        // Listeners are applications and spooler components; channels are opened mostly by spooler components.
        Arbitrary<Actor> listeners = Arbitraries.of(Actor.APP_ALICE_1, Actor.APP_ALICE_2, Actor.APP_BOB_1, Actor.DRIVER, Actor.MONITOR, Actor.IN_APP_DRIVER);
        Arbitrary<Actor> openers = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(Actor.DRIVER, Actor.MONITOR)),
                Tuple.of(1, Arbitraries.of(Actor.IN_APP_DRIVER, Actor.APP_ALICE_1)));
        Arbitrary<Place> openedOn = Arbitraries.frequencyOf(Tuple.of(9, places.filter(p -> p.exists)),
                Tuple.of(1, Arbitraries.of(Place.NO_PRINTER, Place.NO_SERVER)));
        Arbitrary<Integer> picks = Arbitraries.integers().between(0, 4);
        // One type mostly, so that listeners and channels meet; the other often enough to be refused and to pass by.
        Arbitrary<Integer> types = Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(1, 1));
        Arbitrary<Style> styles = Arbitraries.frequency(Tuple.of(2, Style.BIDIRECTIONAL), Tuple.of(1, Style.UNIDIRECTIONAL));
        return ActionChain.startWith(() -> new SpoolerModelRun(remote))
                .withAction(5, independent(Combinators.combine(listeners, places, types)
                        .as((a, p, t) -> Transformer.mutate(a.text + " registers on " + p + " for type " + (t + 1), r -> r.register(a, p, t)))))
                .withAction(1, independent(picks.map(k -> Transformer.mutate("registration " + k + " unregisters", r -> r.unregister(k)))))
                .withAction(3, independent(Combinators.combine(openers, openedOn, types, Arbitraries.of(true, false), styles,
                                Arbitraries.integers().between(0, 5).map(n -> n > 0))
                        .as((a, p, t, perUser, style, callback) -> Transformer.mutate(a.text + " opens a " + style + " channel on " + p + " for type " + (t + 1)
                                + (perUser ? ", per user" : ", all users") + (callback ? "" : ", no callback"), r -> r.open(a, p, t, perUser, style, callback)))))
                .withAction(6, independent(Combinators.combine(picks, Arbitraries.integers().between(0, 5).map(n -> n > 0))
                        .as((k, own) -> Transformer.mutate("the opener of channel " + k + " sends" + (own ? "" : " of the other type"), r -> r.send(k, own)))))
                .withAction(4, independent(Combinators.combine(picks, picks, Arbitraries.integers().between(0, 5).map(n -> n > 0))
                        .as((k, l, own) -> Transformer.mutate("listener " + l + " of channel " + k + " answers" + (own ? "" : " of the other type"),
                                r -> r.answer(k, l, own)))))
                .withAction(1, independent(Combinators.combine(picks, Arbitraries.of(true, false))
                        .as((k, why) -> Transformer.mutate("the opener closes channel " + k + (why ? " with a reason" : ""), r -> r.closeByOpener(k, why)))))
                .withAction(1, independent(Combinators.combine(picks, picks, Arbitraries.of(true, false))
                        .as((k, l, why) -> Transformer.mutate("listener " + l + " closes channel " + k + (why ? " with a reason" : ""),
                                r -> r.closeByListener(k, l, why)))))
                .withMaxTransformations(30);
    }
}
