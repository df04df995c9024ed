package notifytck.model.fax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import notifytck.model.Worlds;
import notifytck.spi.fax.FaxConstants;
import org.junit.jupiter.api.Test;

/** The fax model read against its document, one clause at a time. */
class FaxWorldTest {
    private static String expected(FaxWorld w, String key) {
        return w.expectations().get(key).allowed();
    }

    /** One session with a second desktop: client 1's window on the default desktop, client 2's on the other, both registered. */
    private record TwoDesktops(FaxWorld w, int c1, int main, int c2, int screen) {
        static TwoDesktops under(FaxWorld.Account account, int secondStart) {
            FaxWorld w = new FaxWorld(account);
            int s = w.logon();
            int kiosk = w.createDesktop(s);
            int c1 = w.startClient(s);
            int main = w.createWindow(c1, 0, true);
            int c2 = w.startClient(s);
            int screen = w.createWindow(c2, kiosk, true);
            w.register(1, c1, main, 0x8000);
            w.register(2, c2, screen, secondStart);
            return new TwoDesktops(w, c1, main, c2, screen);
        }
    }

    @Test
    void underAUserAccountEveryDesktopOfTheSessionGetsMessagesAndARegistrationHoldsAToken() {
        TwoDesktops t = TwoDesktops.under(FaxWorld.Account.USER, 0xA000);
        FaxWorld w = t.w();
        int main = t.main();
        int screen = t.screen();
        int c1 = t.c1();
        w.raise(FaxConstants.FEI_COMPLETED, 2, 9);
        assertThat(expected(w, FaxWorld.messagesKey(main))).isEqualTo("[0x8004(2,9)]");
        assertThat(expected(w, FaxWorld.messagesKey(screen))).isEqualTo("[0xA004(2,9)]");
        assertThat(w.expectations().get(FaxWorld.numbersKey(screen)).rule()).isEqualTo("REQ-FAX-MSG-009");
        assertThat(expected(w, FaxWorld.numbersKey(screen))).isEqualTo("[0xA004]");
        assertThat(w.expectations().get(FaxWorld.messagesKey(screen)).rule()).isEqualTo("REQ-FAX-MSG-004");
        assertThat(expected(w, FaxWorld.tokenKey(c1))).isEqualTo("held");
    }

    @Test
    void aPortCallThatAlsoNamesAMessageStartIsEitherAnOrdinaryPortOrRefusedLeavingNothing() {
        FaxWorld w = new FaxWorld(FaxWorld.Account.USER);
        int s = w.logon();
        int c = w.startClient(s);
        w.createWindow(c, 0, true);
        List<FaxWorld> worlds = w.registerPort(1, c, 5, 0x8000);
        assertThat(worlds).hasSize(2);
        worlds.forEach(x -> x.raise(FaxConstants.FEI_IDLE, 1, 0));
        FaxWorld accepted = worlds.get(0);
        FaxWorld refused = worlds.get(1);
        assertThat(expected(accepted, FaxWorld.resultKey(1))).isEqualTo("succeeded");
        assertThat(expected(accepted, FaxWorld.packetsKey(c))).isNotEqualTo("[]");
        assertThat(expected(refused, FaxWorld.resultKey(1))).isEqualTo("failed");
        assertThat(expected(refused, FaxWorld.packetsKey(c))).isEqualTo("[]");
        assertThat(refused.expectations().get(FaxWorld.packetsKey(c)).rule()).isEqualTo("REQ-FAX-MSG-002");
        assertThat(expected(refused, FaxWorld.tokenKey(c))).isEqualTo("none");
        int other = accepted.startClient(s);
        assertThat(accepted.registerPort(2, other, 6, 0)).containsExactly(accepted);
    }

    @Test
    void aCallWithBothAWindowAndAPortOrNeitherIsRefusedAndRegistersNeitherHalf() {
        FaxWorld w = new FaxWorld(FaxWorld.Account.USER);
        int s = w.logon();
        int c = w.startClient(s);
        int win = w.createWindow(c, 0, true);
        w.registerBothOrNeither(1, c, win);
        w.registerBothOrNeither(2, c, 0);
        w.raise(FaxConstants.FEI_IDLE, 1, 0);
        for (int call = 1; call <= 2; call++) {
            assertThat(expected(w, FaxWorld.resultKey(call))).isEqualTo("failed");
            assertThat(expected(w, FaxWorld.errorKey(call))).isEqualTo(String.valueOf(FaxConstants.ERROR_INVALID_PARAMETER));
            assertThat(w.expectations().get(FaxWorld.resultKey(call)).rule()).isEqualTo("REQ-FAX-MSG-020");
        }
        assertThat(expected(w, FaxWorld.tokenKey(c))).isEqualTo("none");
        assertThat(w.expectations().get(FaxWorld.tokenKey(c)).rule()).isEqualTo("REQ-FAX-MSG-020");
        assertThat(expected(w, FaxWorld.packetsKey(c))).isEqualTo("[]");
        assertThat(w.expectations().get(FaxWorld.packetsKey(c)).rule()).isEqualTo("REQ-FAX-MSG-020");
        assertThat(expected(w, FaxWorld.messagesKey(win))).isEqualTo("[]");
        // A valid registration afterwards is an ordinary first one.
        w.register(3, c, win, 0x8000);
        w.raise(FaxConstants.FEI_IDLE, 1, 0);
        assertThat(expected(w, FaxWorld.messagesKey(win))).isEqualTo("[0x8013(1,0)]");
        assertThat(expected(w, FaxWorld.tokenKey(c))).isEqualTo("held");
    }

    @Test
    void underLocalSystemOnlyTheInteractiveOptionReachesAndOnlyTheDefaultDesktop() {
        TwoDesktops t = TwoDesktops.under(FaxWorld.Account.LOCAL_SYSTEM_INTERACTIVE, 0x8000);
        FaxWorld w = t.w();
        int main = t.main();
        int screen = t.screen();
        int c1 = t.c1();
        w.raise(FaxConstants.FEI_JOB_QUEUED, 3, 41);
        assertThat(expected(w, FaxWorld.messagesKey(main))).isEqualTo("[0x8016(3,41)]");
        assertThat(expected(w, FaxWorld.messagesKey(screen))).isEqualTo("[]");
        assertThat(w.expectations().get(FaxWorld.numbersKey(screen)).rule()).isEqualTo("REQ-FAX-MSG-007");
        assertThat(expected(w, FaxWorld.tokenKey(c1))).isEqualTo("none");
    }

    @Test
    void aBaseBelowWmUserIsRefusedWithItsCodeAndRegistersNothing() {
        FaxWorld w = new FaxWorld(FaxWorld.Account.USER);
        int s = w.logon();
        int c = w.startClient(s);
        int main = w.createWindow(c, 0, true);
        w.register(1, c, main, FaxConstants.WM_USER - 1);
        w.raise(FaxConstants.FEI_IDLE, 1, FaxConstants.NO_JOB);
        assertThat(expected(w, FaxWorld.resultKey(1))).isEqualTo("failed");
        assertThat(expected(w, FaxWorld.errorKey(1))).isEqualTo(String.valueOf(FaxConstants.ERROR_INVALID_PARAMETER));
        assertThat(expected(w, FaxWorld.messagesKey(main))).isEqualTo("[]");
        assertThat(expected(w, FaxWorld.tokenKey(c))).isEqualTo("none");
    }

    @Test
    void aWindowThatStopsPumpingGetsItsMessagesInOrderLaterAndTheServicesEndLast() {
        FaxWorld w = new FaxWorld(FaxWorld.Account.USER);
        int s = w.logon();
        int c = w.startClient(s);
        int main = w.createWindow(c, 0, true);
        w.register(1, c, main, 0x9000);
        w.setPumping(main, false);
        w.raise(FaxConstants.FEI_RINGING, 1, FaxConstants.NO_JOB & 0xFFFF_FFFFL);
        w.stop();
        w.raise(FaxConstants.FEI_IDLE, 1, 0);
        assertThat(expected(w, FaxWorld.messagesKey(main))).isEqualTo("[]");
        w.setPumping(main, true);
        assertThat(expected(w, FaxWorld.messagesKey(main))).isEqualTo("[0x900E(1,4294967295), 0x9014(ended)]");
        assertThat(expected(w, FaxWorld.tokenKey(c))).isEqualTo("none");
    }

    @Test
    void aClientThatIgnoresTheEndOfTheSessionBlocksTheLogoffWhileItsTokenIsHeld() {
        FaxWorld w = new FaxWorld(FaxWorld.Account.USER);
        int s = w.logon();
        int c1 = w.startClient(s);
        int main = w.createWindow(c1, 0, false);
        int c2 = w.startClient(s);
        int tray = w.createWindow(c2, 0, true);
        w.register(1, c1, main, 0x8000);
        w.register(2, c2, tray, 0x9000);
        w.logoff(1, s);
        assertThat(expected(w, FaxWorld.logoffKey(1))).isEqualTo("blocked");
        assertThat(expected(w, FaxWorld.tokenKey(c2))).isEqualTo("none");
        assertThat(expected(w, FaxWorld.answeredKey(tray))).isEqualTo("1");
        assertThat(expected(w, FaxWorld.endSessionKey(main))).isEqualTo("1");
    }

    @Test
    void aWindowWhoseThreadDoesNotPumpCannotAnswerTheLogoffSoItsTokenBlocksItAndTheWindowIsNotJudgedAfter() {
        FaxWorld w = new FaxWorld(FaxWorld.Account.USER);
        int s = w.logon();
        int c1 = w.startClient(s);
        int main = w.createWindow(c1, 0, true);
        int c2 = w.startClient(s);
        int tray = w.createWindow(c2, 0, true);
        w.register(1, c1, main, 0x8000);
        w.register(2, c2, tray, 0x9000);
        w.setPumping(main, false);
        w.logoff(1, s);
        assertThat(expected(w, FaxWorld.logoffKey(1))).isEqualTo("blocked");
        // The pumping window answered and let its token go; the other's WM_ENDSESSION and token are left open.
        assertThat(expected(w, FaxWorld.tokenKey(c2))).isEqualTo("none");
        assertThat(expected(w, FaxWorld.answeredKey(tray))).isEqualTo("1");
        assertThat(w.expectations()).doesNotContainKeys(FaxWorld.endSessionKey(main), FaxWorld.tokenKey(c1), FaxWorld.messagesKey(main));
    }

    @Test
    void aLogoffWithOnlyAnUnregisteredWindowNotPumpingCompletes() {
        FaxWorld w = new FaxWorld(FaxWorld.Account.USER);
        int s = w.logon();
        int c = w.startClient(s);
        int idle = w.createWindow(c, 0, true);
        w.setPumping(idle, false);
        w.logoff(1, s);
        assertThat(expected(w, FaxWorld.logoffKey(1))).isEqualTo("completes");
    }

    @Test
    void theLogoffCallForAnotherWindowLeavesTheTokenAndMayRegisterThatWindow() {
        Worlds<FaxWorld> worlds = new Worlds<>(new FaxWorld(FaxWorld.Account.USER));
        int[] ids = new int[3];
        worlds.each(x -> {
            int s = x.logon();
            ids[0] = x.startClient(s);
            ids[1] = x.createWindow(ids[0], 0, true);
            ids[2] = x.createWindow(ids[0], 0, true);
            x.register(1, ids[0], ids[1], 0x8000);
        });
        worlds.branch(x -> x.logoffCall(2, ids[0], ids[2], 0x8000));
        assertThat(worlds.size()).isEqualTo(2);
        worlds.each(x -> x.raise(FaxConstants.FEI_IDLE, 1, 0));
        assertThat(worlds.observe(Map.of(FaxWorld.tokenKey(ids[0]), "none"))).get()
                .satisfies(m -> assertThat(m.rule()).isEqualTo("REQ-FAX-MSG-012"));
        assertThat(worlds.observe(Map.of(FaxWorld.messagesKey(ids[2]), "[0x8013(1,0)]"))).isEmpty();
        assertThat(worlds.size()).isEqualTo(1);
        assertThat(List.of(worlds.preferred().registeredStart(ids[2]))).containsExactly(0x8000);
    }
}
