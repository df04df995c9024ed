package notifytck.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import notifytck.model.fax.FaxWorld;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;
import notifytck.spi.fax.FaxConstants;

/**
 * The fax model against the selected implementation: random runs under each service account with
 * several users, desktops, clients and windows, registrations for messages (MessageStart above and
 * below WM_USER, destroyed windows; several new clients registering at once, each from a thread of
 * its own) and for packets (several keys), every event ID, windows that stop pumping, logoff
 * calls for the right and the wrong window, destroyed windows, logoffs and the service's end. After every action every observable must be one the model allows.
 */
class FaxModelProperties extends PropertiesOnTheSut {
    @BeforeProperty
    void applicable() {
        Sut.require(Mechanism.FAX, Control.FAX_QUIESCE);
    }

    @Property
    @Tag("REQ-FAX-MSG-002") @Tag("REQ-FAX-MSG-003") @Tag("REQ-FAX-MSG-004") @Tag("REQ-FAX-MSG-005") @Tag("REQ-FAX-MSG-006")
    @Tag("REQ-FAX-MSG-007") @Tag("REQ-FAX-MSG-008") @Tag("REQ-FAX-MSG-009") @Tag("REQ-FAX-MSG-011") @Tag("REQ-FAX-MSG-012")
    @Tag("REQ-FAX-MSG-013") @Tag("REQ-FAX-MSG-014") @Tag("REQ-FAX-MSG-015") @Tag("REQ-FAX-MSG-020")
    void everyObservableIsOneTheModelAllows(@ForAll("runs") ActionChain<FaxModelRun> first, @ForAll("runs") ActionChain<FaxModelRun> second,
                                            @ForAll("runs") ActionChain<FaxModelRun> third, @ForAll("runs") ActionChain<FaxModelRun> fourth) {
        eachAgainstTheModel(FaxModelRun::compare, first, second, third, fourth);
    }

    /* As for MSMQ (see MsmqModelProperties): every action draws picks, resolved when it is applied. */
    @Provide
    Arbitrary<ActionChain<FaxModelRun>> runs() {
        Arbitrary<Integer> picks = Arbitraries.integers().between(0, 5);
        return ActionChain.startWith(FaxModelRun::new)
                .withAction(1, configure())
                .withAction(1, when(Arbitraries.just(Transformer.mutate("log on another user", FaxModelRun::logon))))
                .withAction(1, when(picks.map(k -> Transformer.mutate("log on user " + k + " again, in a second session", r -> r.logonAgain(k)))))
                .withAction(1, when(picks.map(k -> Transformer.mutate("a second desktop in session " + k, r -> r.desktop(k)))))
                .withAction(2, when(Combinators.combine(picks, Arbitraries.integers().between(0, 3), Arbitraries.of(true, false))
                        .as((k, d, a) -> Transformer.mutate("a client with a window, session " + k + ", desktop " + d + (a ? "" : ", ignoring")
                                , r -> r.client(k, d, a)))))
                .withAction(1, when(picks.map(k -> Transformer.mutate("a spare window for client " + k, r -> r.spareWindow(k)))))
                .withAction(4, when(Combinators.combine(picks, starts())
                        .as((k, s) -> Transformer.mutate("client " + k + " asks for messages from 0x" + Integer.toHexString(s), r -> r.register(k, s)))))
                .withAction(2, when(Combinators.combine(picks, starts().list().ofMinSize(2).ofMaxSize(6))
                        .as((k, s) -> Transformer.mutate(s.size() + " new clients in session " + k + " register at once",
                                r -> r.registerAtOnce(k, s)))))
                .withAction(3, when(Combinators.combine(picks, Arbitraries.of(0L, 1L, 2L, 5L, 1234L, 0xFFFF_FFFFL, 0x1_0000_0001L),
                                portStarts())
                        .as((k, key, s) -> Transformer.mutate("client " + k + " asks for packets with key " + key
                                + (s == 0 ? "" : " and MessageStart 0x" + Integer.toHexString(s)), r -> r.registerPort(k, key, s)))))
                // Both ways in one call, or neither (REQ-FAX-MSG-020), with keys and MessageStarts valid for either half.
                .withAction(1, when(Combinators.combine(picks, Arbitraries.of(true, false), Arbitraries.of(0L, 1L, 1234L), Arbitraries.of(0, 0x8000))
                        .as((k, b, key, s) -> Transformer.mutate("client " + k + " asks " + (b ? "with both a window and a port" : "with neither a window nor a port")
                                + ", key " + key + ", MessageStart 0x" + Integer.toHexString(s), r -> r.registerBothOrNeither(k, b, key, s)))))
                .withAction(2, when(Combinators.combine(picks, picks)
                        .as((k, w) -> Transformer.mutate("the logoff call of client " + k + " for its window " + w, r -> r.logoffCall(k, w)))))
                .withAction(6, when(Combinators.combine(events(), devices(), Arbitraries.of(0, 7, 41, 0x8000_0001, FaxConstants.NO_JOB))
                        .as((e, d, j) -> Transformer.mutate("fax event " + e + " on device " + Integer.toUnsignedString(d) + " for job "
                                + Integer.toUnsignedString(j), r -> r.raise(e, d, j)))))
                .withAction(3, when(Combinators.combine(picks, Arbitraries.of(false, true))
                        .as((k, p) -> Transformer.mutate("window " + k + (p ? " pumps again" : " stops pumping"), r -> r.pumping(k, p)))))
                .withAction(1, when(picks.map(k -> Transformer.mutate("destroy window " + k, r -> r.destroy(k)))))
                .withAction(2, when(picks.map(k -> Transformer.mutate("log session " + k + " off", r -> r.logoff(k)))))
                .withAction(2, when(Arbitraries.just(Transformer.mutate("the fax service stops", FaxModelRun::stop))))
                .withMaxTransformations(60);
    }

    /** Every event ID but FEI_FAXSVC_ENDED, which only the service's end sends. */
    private static Arbitrary<Integer> events() {
        return Arbitraries.integers().between(1, FaxConstants.FEI_NEVENTS).filter(e -> e != FaxConstants.FEI_FAXSVC_ENDED);
    }

    /** Valid bases, and bases well below WM_USER (0x400 itself the two related pages read both ways: not drawn). */
    private static Arbitrary<Integer> starts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(0x8000, 0x9000, 0xA000, FaxConstants.WM_USER + 1, 0xBFE0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0, 0x100, FaxConstants.WM_USER - 1)));
    }

    /** Device IDs: a few small ones, and the DWORD's extremes (the top bit set: a signed copy goes negative). */
    private static Arbitrary<Integer> devices() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 3)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0x7FFF_FFFF, 0x8000_0001, 0xFFFF_FFFF)));
    }

    /** A port call's MessageStart: mostly 0, sometimes one only messages use (which a service may refuse). */
    private static Arbitrary<Integer> portStarts() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0x8000, FaxConstants.WM_USER + 1)));
    }

    /** The account, first and once: every other action waits for it. */
    private static Action.Independent<FaxModelRun> configure() {
        return new Action.Independent<>() {
            @Override
            public boolean precondition(FaxModelRun r) {
                return !r.configured();
            }

            @Override
            public Arbitrary<Transformer<FaxModelRun>> transformer() {
                return Combinators.combine(Arbitraries.of(FaxWorld.Account.USER, FaxWorld.Account.USER, FaxWorld.Account.LOCAL_SYSTEM,
                                FaxWorld.Account.LOCAL_SYSTEM_INTERACTIVE), Arbitraries.of(true, false))
                        .as((a, answers) -> Transformer.mutate("the service runs under " + a + (answers ? "" : "; the first window ignores the end of the session"),
                                r -> r.configure(a, answers)));
            }
        };
    }

    private static Action.Independent<FaxModelRun> when(Arbitrary<Transformer<FaxModelRun>> a) {
        return new Action.Independent<>() {
            @Override
            public boolean precondition(FaxModelRun r) {
                return r.configured();
            }

            @Override
            public Arbitrary<Transformer<FaxModelRun>> transformer() {
                return a;
            }
        };
    }
}
