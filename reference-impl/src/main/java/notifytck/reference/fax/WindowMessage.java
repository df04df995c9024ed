package notifytck.reference.fax;

/** What a window's thread takes from its queue: a posted message or one a sender waits on. */
sealed interface WindowMessage permits PostedMessage, SentMessage {
    int message();

    long wParam();

    long lParam();
}
