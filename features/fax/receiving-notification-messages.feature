@fax @receiving-notification-messages
Feature: Receiving Notification Messages from the Fax Service
  Document: "Receiving Notification Messages from the Fax Service" (Win32 fax client API).
  Requirement IDs: REQ-FAX-MSG-nnn. Readings the kit takes: docs/fax-readings.md.
  Every scenario starts with the fax service running under LocalSystem without desktop
  interaction unless it says otherwise.

  @REQ-FAX-MSG-001 @behaviour @untestable @source-document
  Rule: Notification messages belong to the Win32 fax client API, not to its COM implementation
    Section: Introduction (available only in the Win32 environment)
    Untestable: a statement about which API offers the feature. The kit's adapter is the Win32
    API; there is no COM fax adapter for a scenario to find the feature missing from.

  @REQ-FAX-MSG-002 @behaviour @source-document
  Rule: A window handle and a base message ask for notification messages instead of completion packets
    Section: Introduction (hWnd and MessageStart instead of I/O completion packets)

    Scenario: A client registered with its window gets messages, not packets
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      When "viewer" asks for notification messages to "main" from message 0x8000
      Then the call succeeds
      When the fax event FEI_JOB_QUEUED (22) happens on device 3 for job 41
      Then "main" receives exactly FEI_JOB_QUEUED for device 3 and job 41

    # Key 1 is a value not usually picked: it is the logoff call's only with the registered window
    # (REQ-FAX-MSG-012); on a port it is a key like any other.
    Scenario Outline: A client registered with a completion port gets packets with its key, not messages (key <key>)
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      When "viewer" asks for completion packets on its port with key <key>
      Then the call succeeds
      When the fax event FEI_JOB_QUEUED (22) happens on device 3 for job 41
      Then the port receives exactly one packet with key <key> for FEI_JOB_QUEUED, device 3 and job 41
      And "main" receives no message

      Examples:
        | key  |
        | 1234 |
        | 1    |

    # A second party: two clients, each with its own port and key. An implementation that keeps one
    # key for the service (the first registered) sends the second client's packets with the first's.
    Scenario: Two clients' completion ports each get the packet with their own key
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "alice" runs the fax client "monitor" with a window "tray" on her default desktop
      When "viewer" asks for completion packets on its port with key 1234
      And "monitor" asks for completion packets on its port with key 77
      And the fax event FEI_JOB_QUEUED (22) happens on device 3 for job 41
      Then the port of "viewer" receives exactly one packet with key 1234 for FEI_JOB_QUEUED, device 3 and job 41
      And the port of "monitor" receives exactly one packet with key 77 for FEI_JOB_QUEUED, device 3 and job 41

  @REQ-FAX-MSG-003 @caller-obligation @ambiguous @source-related
  Rule: The window must be valid and the base message above WM_USER; otherwise the call fails and registers nothing
    Section: Introduction ("a valid window handle" and "a value in MessageStart")
    Source: the FaxInitializeEventQueue function page (Win32 fax client API, winfax.h): the call
    fails with ERROR_INVALID_PARAMETER (winerror.h, 87) when MessageStart lies below WM_USER
    (winuser.h, 0x0400); the FAX_EVENT page asks for a MessageStart greater than WM_USER.
    Reading: this document asks for a valid handle and a value without saying what happens
    otherwise; the refusal and its code for a MessageStart below WM_USER come from the related
    page. That page names no code for a window that is not valid, so there the kit asks only that
    the call fail and register nothing. The two related pages differ at
    exactly WM_USER ("below" against "greater than"), so the kit judges 0x0400 neither way: it
    checks a value well below, a destroyed window, and the first value above.

    Scenario: A destroyed window is refused
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And the window "main" has been destroyed
      When "viewer" asks for notification messages to "main" from message 0x8000
      Then the call fails
      And the fax service holds no token of "viewer"

    Scenario Outline: A base message of <start> is refused
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      When "viewer" asks for notification messages to "main" from message <start>
      Then the call fails with ERROR_INVALID_PARAMETER (87)
      When the fax event FEI_IDLE (19) happens on device 1 for no job
      Then "main" receives no message
      And the fax service holds no token of "viewer"

      Examples:
        | start  |
        | 0x0000 |
        | 0x03FF |

    Scenario: The first base message above WM_USER is accepted
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      When "viewer" asks for notification messages to "main" from message 0x0401
      Then the call succeeds
      When the fax event FEI_IDLE (19) happens on device 1 for no job
      Then "main" receives exactly FEI_IDLE for device 1 and no job

  @REQ-FAX-MSG-004 @behaviour @ambiguous @source-related
  Rule: The service posts each event as message MessageStart plus the event ID, with the device in wParam and the job in lParam
    Section: Introduction (the service calls PostMessage; see WM_FAX_MESSAGE for the message's structure)
    Source: the WM_FAX_MESSAGE page this document points to (Win32 fax client API): the event ID is
    the message number minus MessageStart, so a fax message lies in [MessageStart, MessageStart +
    FEI_NEVENTS]; wParam carries the device ID and lParam the job ID. FEI_ values from winfax.h.
    A second call in one service session: the "Enabling an Application to Receive Notifications of
    Fax Events" page has Windows 2000 refuse it with ERROR_INVALID_DATA (winerror.h, 13), and later
    versions take it and post duplicate notifications.
    Reading: each registration posts from its own MessageStart, so a window registered again from
    another base message gets each event from both bases, or, if the call was refused, from the
    first alone.

    # A second registration of one window, from another base message. (Blind round 21: the service
    # kept posting every registration of the window from the first MessageStart.)
    Scenario: A window registered again from another base message gets each event from each registration the service took
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When "viewer" asks for notification messages to "main" from message 0x9000
      And the fax event FEI_JOB_QUEUED (22) happens on device 3 for job 41
      Then if that call succeeded, "main" receives FEI_JOB_QUEUED for device 3 and job 41 once from message 0x8000 and once from message 0x9000; if it failed, with ERROR_INVALID_DATA (13), once from message 0x8000

    Scenario: Three events arrive as three messages in the order they happened
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When the fax event FEI_DIALING (1) happens on device 2 for job 7
      And the fax event FEI_SENDING (2) happens on device 2 for job 7
      And the fax event FEI_COMPLETED (4) happens on device 2 for job 7
      Then "main" receives exactly these messages:
        | message | wParam | lParam |
        | 0x8001  | 2      | 7      |
        | 0x8002  | 2      | 7      |
        | 0x8004  | 2      | 7      |

    Scenario Outline: Every event ID but FEI_FAXSVC_ENDED comes out as its own message: <event>
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When the fax event <event> (<id>) happens on device <device> for job <job>
      Then "main" receives exactly these messages:
        | message   | wParam   | lParam |
        | <message> | <device> | <job>  |

      Examples:
        | event                 | id | message | device | job  |
        | FEI_DIALING           |  1 | 0x8001  |      1 | 1001 |
        | FEI_SENDING           |  2 | 0x8002  |      2 | 1002 |
        | FEI_RECEIVING         |  3 | 0x8003  |      3 | 1003 |
        | FEI_COMPLETED         |  4 | 0x8004  |      0 | 1004 |
        | FEI_BUSY              |  5 | 0x8005  |      1 | 1005 |
        | FEI_NO_ANSWER         |  6 | 0x8006  |      2 | 1006 |
        | FEI_BAD_ADDRESS       |  7 | 0x8007  |      3 | 1007 |
        | FEI_NO_DIAL_TONE      |  8 | 0x8008  |      0 | 1008 |
        | FEI_DISCONNECTED      |  9 | 0x8009  |      1 | 1009 |
        | FEI_FATAL_ERROR       | 10 | 0x800A  |      2 | 1010 |
        | FEI_NOT_FAX_CALL      | 11 | 0x800B  |      3 | 1011 |
        | FEI_CALL_DELAYED      | 12 | 0x800C  |      0 | 1012 |
        | FEI_CALL_BLACKLISTED  | 13 | 0x800D  |      1 | 1013 |
        | FEI_RINGING           | 14 | 0x800E  |      2 | 1014 |
        | FEI_ABORTING          | 15 | 0x800F  |      3 | 1015 |
        | FEI_ROUTING           | 16 | 0x8010  |      0 | 1016 |
        | FEI_MODEM_POWERED_ON  | 17 | 0x8011  |      1 | 1017 |
        | FEI_MODEM_POWERED_OFF | 18 | 0x8012  |      2 | 1018 |
        | FEI_IDLE              | 19 | 0x8013  |      3 | 1019 |
        | FEI_ANSWERED          | 21 | 0x8015  |      1 | 1021 |
        | FEI_JOB_QUEUED        | 22 | 0x8016  |      2 | 1022 |
        | FEI_DELETED           | 23 | 0x8017  |      3 | 1023 |
        | FEI_INITIALIZING      | 24 | 0x8018  |      0 | 1024 |
        | FEI_LINE_UNAVAILABLE  | 25 | 0x8019  |      1 | 1025 |
        | FEI_HANDLED           | 26 | 0x801A  |      2 | 1026 |
        | FEI_FAXSVC_STARTED    | 27 | 0x801B  |      3 | 1027 |

  @REQ-FAX-MSG-005 @behaviour @source-document
  Rule: Posting does not wait for the window: a window whose thread stops pumping holds up neither the service nor other clients, and gets its messages in order when it pumps again
    Section: Introduction (the service posts the message; the window procedure receives it)

    Scenario: A stalled window delays only itself
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "stalled" with a window "frozen" on her default desktop
      And "alice" runs the fax client "lively" with a window "awake" on her default desktop
      And "stalled" has asked for notification messages to "frozen" from message 0x8000
      And "lively" has asked for notification messages to "awake" from message 0x9000
      And the thread of "frozen" stops pumping messages
      When the fax event FEI_RINGING (14) happens on device 1 for no job
      And the fax event FEI_ANSWERED (21) happens on device 1 for no job
      Then "awake" receives exactly FEI_RINGING for device 1 and no job, then FEI_ANSWERED for device 1 and no job
      And "frozen" receives no message
      When the thread of "frozen" pumps messages again
      Then "frozen" receives exactly FEI_RINGING for device 1 and no job, then FEI_ANSWERED for device 1 and no job

    # State that changed while the window waited, with a value not usually picked: a backlog longer
    # than a window's thread may take in one turn. Pumping again, the window gets all of it, in order.
    Scenario: A window that pumps again after a long backlog gets every message, in order
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "stalled" with a window "frozen" on her default desktop
      And "stalled" has asked for notification messages to "frozen" from message 0x8000
      And the thread of "frozen" stops pumping messages
      When the fax event FEI_JOB_QUEUED (22) happens on device 1 for jobs 1 to 100
      And the thread of "frozen" pumps messages again
      Then "frozen" receives FEI_JOB_QUEUED for device 1 and each job from 1 to 100, in that order, and nothing else

    # State that changed while the window waited: the service ended while the window held messages.
    # What was posted stays posted: pumping again, the window gets it, then FEI_FAXSVC_ENDED.
    Scenario: A window that pumps again after the service ended gets what was posted before, then FEI_FAXSVC_ENDED
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "stalled" with a window "frozen" on her default desktop
      And "stalled" has asked for notification messages to "frozen" from message 0x8000
      And the thread of "frozen" stops pumping messages
      When the fax event FEI_RINGING (14) happens on device 1 for no job
      And the fax event FEI_ANSWERED (21) happens on device 1 for no job
      And the fax service stops
      And the thread of "frozen" pumps messages again
      Then "frozen" receives, in order, exactly FEI_RINGING for device 1 and no job, then FEI_ANSWERED for device 1 and no job, then FEI_FAXSVC_ENDED whatever its wParam and lParam, and nothing after it

    # State that changes while the procedure works: its thread stops pumping while the procedure
    # handles one message and two more wait behind it. Once the procedure returns, the thread takes
    # nothing more until it pumps again. (Blind round 20 read whether the thread pumps once a turn,
    # so the turn went on taking what waited.)
    Scenario: A thread that stops pumping while its procedure is at work takes nothing more until it pumps again
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And the window procedure of "main" holds FEI_DIALING until it is let go
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When the fax event FEI_DIALING (1) happens on device 1 for job 7
      And "main" is busy with FEI_DIALING
      And the fax event FEI_SENDING (2) happens on device 1 for job 7
      And the fax event FEI_COMPLETED (4) happens on device 1 for job 7
      And the thread of "main" stops pumping messages
      And the window procedure of "main" is let go
      Then "main" receives exactly FEI_DIALING for device 1 and job 7
      When the thread of "main" pumps messages again
      Then "main" receives exactly FEI_DIALING for device 1 and job 7, then FEI_SENDING for device 1 and job 7, then FEI_COMPLETED for device 1 and job 7

    # Two conditions at once: a message is posted, and the poster is the window's own thread, whose
    # procedure is still at work (the client reacts to a fax message with a call that makes the
    # service post again). Posting never runs the procedure: the new message waits its turn. (Blind
    # round 20 ran the window's turn at once when the post came from its own thread.)
    Scenario: A message posted while the window's own procedure is at work waits until the procedure returns
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And the window procedure of "main" makes the fax event FEI_DIALING (1) happen on device 1 for job 7 when it handles FEI_JOB_QUEUED
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When the fax event FEI_JOB_QUEUED (22) happens on device 1 for job 7
      Then "main" receives exactly FEI_JOB_QUEUED for device 1 and job 7, then FEI_DIALING for device 1 and job 7
      And "main" handled one message at a time

  @REQ-FAX-MSG-006 @behaviour @source-document
  Rule: Under LocalSystem without desktop interaction, messages do not cross from the service's desktop to a user's
    Section: Running the Fax Service Under the LocalSystem Account (messages do not cross desktops)

    Scenario: A client on the interactive desktop gets nothing while the registration itself succeeds
      Given the fax service runs under LocalSystem without desktop interaction
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      When "viewer" asks for notification messages to "main" from message 0x8000
      Then the call succeeds
      When the fax event FEI_JOB_QUEUED (22) happens on device 3 for job 41
      Then "main" receives no message

  @REQ-FAX-MSG-007 @behaviour @ambiguous @source-document
  Rule: Under LocalSystem with "Allow service to interact with desktop", messages reach clients on the interactive desktop, and only there
    Section: Running the Fax Service Under the LocalSystem Account (the option must be selected)
    Reading: the option lets the service "access the client's desktop"; the kit reads that as the
    interactive desktop (WinSta0\Default) of a user session, so a window on another desktop of the
    same session still gets nothing. (An interactive service reaches only the console session on
    later Windows; the document predates that, and the kit's sessions are all "interactive".)

    Scenario: The interactive desktop is reached, another desktop is not
      Given the fax service runs under LocalSystem with desktop interaction
      And "alice" is logged on
      And "alice" has a second desktop "kiosk"
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "alice" runs the fax client "booth" with a window "screen" on her desktop "kiosk"
      And "viewer" has asked for notification messages to "main" from message 0x8000
      And "booth" has asked for notification messages to "screen" from message 0x8000
      When the fax event FEI_JOB_QUEUED (22) happens on device 3 for job 41
      Then "main" receives exactly FEI_JOB_QUEUED for device 3 and job 41
      And "screen" receives no message

  @REQ-FAX-MSG-008 @behaviour @ambiguous @source-document
  Rule: Under a user account, the service opens the client's impersonation token when the client asks for messages, and not for completion packets
    Section: Running the Fax Service Under a User Account (the token is opened at FaxInitializeEventQueue)
    Reading: the document describes the token only for the user-account case and only for
    notification messages; the kit reads that as: no token under LocalSystem, none for completion
    packets, and the token held by the time FaxInitializeEventQueue returns.

    Scenario: The token is held as soon as the call returns
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      Then the fax service holds no token of "viewer"
      When "viewer" asks for notification messages to "main" from message 0x8000
      Then the fax service already holds a token of "viewer"

    # A value not usually picked: the service's account is the client's own user. The page makes no
    # exception for it: the token is opened all the same.
    Scenario: Under the client's own user account the service opens the token all the same
      Given the fax service runs under the user account "alice"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      When "viewer" asks for notification messages to "main" from message 0x8000
      Then the call succeeds
      And the fax service already holds a token of "viewer"

    # What a call leaves behind: the logoff call ended the registration and closed the token; the
    # same window registered again is a registration like the first, with a token of its own.
    Scenario: A window registered again after its logoff call opens the token again
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When "viewer" makes the logoff call for "main"
      Then the fax service holds no token of "viewer"
      When "viewer" asks for notification messages to "main" from message 0x8000
      Then the call succeeds
      And the fax service already holds a token of "viewer"

    Scenario: A completion port registration opens no token
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      When "viewer" asks for completion packets on its port with key 5
      Then the call succeeds
      And the fax service holds no token of "viewer"

    Scenario: Under LocalSystem no token is opened
      Given the fax service runs under LocalSystem with desktop interaction
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      When "viewer" asks for notification messages to "main" from message 0x8000
      Then the call succeeds
      And the fax service holds no token of "viewer"

  @REQ-FAX-MSG-009 @behaviour @ambiguous @source-document
  Rule: Under a user account, the service posts as the client, so messages reach the client's windows on any of its desktops without the interact option
    Section: Running the Fax Service Under a User Account (the service impersonates the client and posts)
    Reading: impersonation gives the service the client's access; the document speaks of "the
    client's desktop" without saying which when a session has several. The kit reads it as every
    desktop of the client's own session.

    Scenario: Windows on the default desktop and on a second desktop both receive
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" has a second desktop "kiosk"
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "alice" runs the fax client "booth" with a window "screen" on her desktop "kiosk"
      And "viewer" has asked for notification messages to "main" from message 0x8000
      And "booth" has asked for notification messages to "screen" from message 0xA000
      When the fax event FEI_COMPLETED (4) happens on device 2 for job 9
      Then "main" receives exactly FEI_COMPLETED for device 2 and job 9
      And "screen" receives exactly FEI_COMPLETED for device 2 and job 9

    # A second party: a window of the same session that another client created. Posting as the
    # client reaches the windows of its session, not only the ones it created itself.
    Scenario: A client that names a window another client of its session created gets the messages there
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "alice" runs the fax client "booth" with a window "screen" on her default desktop
      When "viewer" asks for notification messages to "screen" from message 0x8000
      Then the call succeeds
      And the fax service holds a token of "viewer"
      When the fax event FEI_COMPLETED (4) happens on device 2 for job 9
      Then "screen" receives exactly FEI_COMPLETED for device 2 and job 9
      And "main" receives no message

    # A second party: a window in another user's session. Posting as the client reaches the
    # client's own session only; whether the call itself is refused is not this page's to say.
    Scenario: A client that names a window of another user's session gets nothing posted there
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "bob" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "bob" runs the fax client "monitor" with a window "tray" on her default desktop
      When "viewer" asks for notification messages to "tray" from message 0x8000
      And the fax event FEI_COMPLETED (4) happens on device 2 for job 9
      Then "tray" receives no message

  @REQ-FAX-MSG-010 @behaviour @untestable @source-document
  Rule: Under a user account, delivery rests on the registration alone
    Section: Running the Fax Service Under a User Account (no client code needed for this)
    Untestable: a statement about the client's source, not about behaviour; what it promises
    (delivery with nothing but the registration) is checked by REQ-FAX-MSG-009.

  @REQ-FAX-MSG-011 @behaviour @source-document
  Rule: While the service holds the client's token, the user cannot log off
    Section: Running the Fax Service Under a User Account (an open handle to the client's desktop blocks logoff)

    # State changed while the logoff waits: while "main" handles WM_ENDSESSION, a second client of the
    # same user creates a window and registers it, so the service opens a token during the logoff.
    # That client never makes the logoff call, so its token blocks the logoff. (Blind round 21: the
    # logoff looked only at the tokens of windows that existed when it began.)
    Scenario: A window created and registered while the logoff waits blocks it with its token
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "alice" runs the fax client "reader" with a window "inbox" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      And on WM_ENDSESSION, the window procedure of "main" first has "reader" create a window "late" that ignores the end of the session, and ask for notification messages to it from message 0x9000
      When "alice" logs off
      Then the logoff is blocked
      And the fax service holds a token of "reader"
      And the fax service holds no token of "viewer"

    # A race: a user's logoff against a client that registers its window and makes the logoff call
    # again and again, a user a round. A registration that succeeded opened a token, which blocks
    # the logoff until the client's logoff call closes it, so that call always finds the session
    # still there. (Blind round 21: the logoff checked the tokens and ended the session in two
    # separate steps, so a registration between them was lost.)
    @many-rounds
    Scenario: A session never ends under the token of a registration made as the user logs off, two hundred times
      Given the fax service runs under the user account "faxsvc"
      When 200 users in turn each log off while a client of theirs registers a window that ignores the end of the session and makes the logoff call, again and again
      Then in no round did the session end while a registration's token was open

    Scenario: A client that ignores WM_ENDSESSION blocks its user's logoff
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And the window procedure of "main" ignores the end of the session
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When the fax event FEI_IDLE (19) happens on device 1 for no job
      Then "main" receives exactly FEI_IDLE for device 1 and no job
      When "alice" logs off
      Then the logoff is blocked
      And "main" has received WM_ENDSESSION
      And the fax service holds a token of "viewer"

    # State changed while the token is held: the window is gone, but nobody made the logoff call.
    Scenario: A window destroyed without its logoff call leaves the token, and its user cannot log off
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And the window procedure of "main" ignores the end of the session
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When the window "main" is destroyed
      Then "main" has received WM_DESTROY
      And the fax service holds a token of "viewer"
      When "alice" logs off
      Then the logoff is blocked

    # Two conditions at once: a token is open and its window's thread has stopped pumping, so the
    # window cannot even be asked. The open token alone decides: the logoff stays blocked.
    Scenario: A token whose window's thread no longer pumps still blocks the logoff
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When the thread of "main" stops pumping messages
      And "alice" logs off
      Then the logoff is blocked
      And the fax service holds a token of "viewer"

    # Two conditions at once: a held token, and its window on the session's second desktop. The token
    # is a handle to the client's desktop whichever desktop that is (REQ-FAX-MSG-009's reading).
    Scenario: A token for a window on the session's second desktop blocks the logoff too
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" has a second desktop "kiosk"
      And "alice" runs the fax client "booth" with a window "screen" on her desktop "kiosk"
      And the window procedure of "screen" ignores the end of the session
      And "booth" has asked for notification messages to "screen" from message 0x8000
      When "alice" logs off
      Then the logoff is blocked
      And the fax service holds a token of "booth"

    # A second party: the window named is in another user's session. The token is the caller's, so it
    # holds up the caller's own user, not the user whose window it named (whether such a call is
    # refused at all is not this page's to say: the kit asks only that the logoff agree with it).
    # The window's procedure belongs to bob's client, which registered nothing and answers nothing.
    Scenario: A client's token blocks its own user's logoff, not that of the session whose window it named
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "bob" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "bob" runs the fax client "monitor" with a window "tray" on her default desktop
      And the window procedure of "tray" ignores the end of the session
      When "viewer" asks for notification messages to "tray" from message 0x8000
      And "bob" logs off
      Then the logoff completes
      When "alice" logs off
      Then the logoff is blocked exactly when "tray" was registered

    # A second party the blocked logoff must leave alone: another client's completion port, registered
    # before the token's holder. The session goes on, so everything registered in it goes on too.
    Scenario: A blocked logoff ends nothing: the session's ports and windows still get every event
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "monitor" with a window "tray" on her default desktop
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And the window procedure of "main" ignores the end of the session
      When "monitor" asks for completion packets on its port with key 7
      And "viewer" has asked for notification messages to "main" from message 0x8000
      And "alice" logs off
      Then the logoff is blocked
      When the fax event FEI_COMPLETED (4) happens on device 1 for job 2
      Then the port receives exactly one packet with key 7 for FEI_COMPLETED, device 1 and job 2
      And "main" receives exactly FEI_COMPLETED for device 1 and job 2

    Scenario: Without a token, a client that ignores WM_ENDSESSION does not block the logoff
      Given the fax service runs under LocalSystem with desktop interaction
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And the window procedure of "main" ignores the end of the session
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When "alice" logs off
      Then the logoff completes

  @REQ-FAX-MSG-012 @caller-obligation @ambiguous @source-document
  Rule: A client ending its session or its window makes the logoff call (its registered window, completion key 1), and that call alone closes the token
    Section: Running the Fax Service Under a User Account (the client must call again with CompletionKey 1)
    Reading: the same window with key 0 and its own MessageStart is an ordinary registration, which
    succeeds and leaves the token (whether the window then gets each message once or twice is the
    service's own affair, not judged). With any other key but 1 the FaxInitializeEventQueue page's
    request for no key with a window is broken, so the service may refuse the call or take it as
    a registration: the kit judges only that the token stays open (an independent implementation
    refused key 2 with ERROR_INVALID_PARAMETER and was failed for it before 2026-12-03).
    The document gives the window and the key of the logoff call, not its MessageStart.
    The kit's client repeats the MessageStart it registered with, which a service must accept
    whichever way it checks the parameters. Each registration for messages opens its own handle to
    the token (the page ties the opening to the call), so a client with two registered windows holds
    a token until it has made the logoff call for both.

    Scenario: A client that answers WM_ENDSESSION lets its user log off
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When "alice" logs off
      Then "main" has received WM_ENDSESSION
      And "viewer" answered it with the logoff call, which succeeded
      And the logoff completes
      And the fax service holds no token of "viewer"

    # State that changes while the logoff waits: WM_ENDSESSION is sent to a window whose procedure
    # is busy with a fax message, and its thread stops pumping before it takes it. A thread that
    # does not pump takes nothing, sent messages included; pumping again, it takes WM_ENDSESSION,
    # the client makes the logoff call, and the logoff completes. (Blind rounds 16 and 20: a window
    # that pumped again was given a turn only for posted messages, and a sent message was handed to
    # a thread that no longer pumped.)
    Scenario: WM_ENDSESSION waits while the window's thread does not pump, and is answered when it pumps again
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "alice" runs the fax client "helper" with a window "other" on her default desktop
      And the window procedure of "main" holds FEI_DIALING until it is let go
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When the fax event FEI_DIALING (1) happens on device 1 for job 7
      And "main" is busy with FEI_DIALING
      And "alice" starts to log off
      And "other" has received WM_ENDSESSION, so the logoff is under way
      And the thread of "main" stops pumping messages
      And the window procedure of "main" is let go
      Then "main" does not get WM_ENDSESSION while its thread does not pump
      When the thread of "main" pumps messages again
      Then the logoff completes
      And "main" has received WM_ENDSESSION
      And "viewer" answered it with the logoff call, which succeeded
      And the fax service holds no token of "viewer"

    Scenario: A client that answers WM_DESTROY closes the token
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When the window "main" is destroyed
      Then "main" has received WM_DESTROY
      And "viewer" answered it with the logoff call, which succeeded
      And the fax service holds no token of "viewer"

    # The moment varied: the window's thread is not pumping when the window goes. DestroyWindow runs
    # on that thread, so WM_DESTROY reaches the procedure all the same, and the client answers it.
    Scenario: A window destroyed while its thread does not pump still gets WM_DESTROY, and the logoff call closes the token
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When the thread of "main" stops pumping messages
      And the window "main" is destroyed
      Then "main" has received WM_DESTROY
      And "viewer" answered it with the logoff call, which succeeded
      And the fax service holds no token of "viewer"

    # State that changed while the window waited: a fax message is queued for it when its thread has
    # stopped pumping. WM_DESTROY is sent, not posted, so it does not wait behind that message.
    Scenario: A window destroyed with a fax message still queued for it gets WM_DESTROY, and the logoff call closes the token
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When the thread of "main" stops pumping messages
      And the fax event FEI_IDLE (19) happens on device 1 for no job
      And the window "main" is destroyed
      Then "main" has received WM_DESTROY
      And "viewer" answered it with the logoff call, which succeeded
      And the fax service holds no token of "viewer"

    # A second party: the client's second registered window. WM_ENDSESSION goes to every window of
    # the session, each answers for its own registration, and only then can the user log off.
    Scenario: A client with two registered windows answers WM_ENDSESSION on both, and its user logs off
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" also has a window "spare" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      And "viewer" has asked for notification messages to "spare" from message 0x9000
      When "alice" logs off
      Then "main" has received WM_ENDSESSION
      And "spare" has received WM_ENDSESSION
      And the logoff completes
      And the fax service holds no token of "viewer"

    # The moment varied: both windows work a while over WM_ENDSESSION before they make the logoff
    # call, the second longer, so one answer is still being worked on while the other arrives. A
    # sent message returns only once the procedure has handled it (SendMessage), so the logoff waits
    # for both answers, and then the user logs off.
    Scenario: A client whose two windows each work a while over WM_ENDSESSION still lets its user log off
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" also has a window "spare" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      And "viewer" has asked for notification messages to "spare" from message 0x9000
      And the window procedure of "main" works 50 ms over WM_ENDSESSION before it makes the logoff call
      And the window procedure of "spare" works 100 ms over WM_ENDSESSION before it makes the logoff call
      When "alice" logs off
      Then "main" has received WM_ENDSESSION
      And "spare" has received WM_ENDSESSION
      And the logoff completes
      And the fax service holds no token of "viewer"

    # A second party: a window on the session's second desktop. Logoff ends the whole session, so its
    # window is asked too, answers, and the user logs off.
    Scenario: A client whose window is on a second desktop gets WM_ENDSESSION, makes the logoff call, and lets its user log off
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" has a second desktop "kiosk"
      And "alice" runs the fax client "booth" with a window "screen" on her desktop "kiosk"
      And "booth" has asked for notification messages to "screen" from message 0x8000
      When "alice" logs off
      Then "screen" has received WM_ENDSESSION
      And "booth" answered it with the logoff call, which succeeded
      And the logoff completes
      And the fax service holds no token of "booth"

    Scenario: The logoff call for another window leaves the token open
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" also has a window "spare" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When "viewer" makes the logoff call for "spare"
      Then the fax service holds a token of "viewer"
      When the fax event FEI_IDLE (19) happens on device 1 for no job
      Then "main" receives exactly FEI_IDLE for device 1 and no job
      And "spare" receives no message

    # Two checks at once: CompletionKey 1 names a window with nothing to end, and the kit's client
    # passes the MessageStart it registered that window with, none (0). Whether the service refuses the
    # call as a registration below WM_USER (REQ-FAX-MSG-003) or accepts it as a logoff call that finds
    # nothing is not judged; either way the call registers nothing and opens no token.
    Scenario: The logoff call for a window never registered registers nothing and opens no token
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      When "viewer" makes the logoff call for "main"
      Then the fax service holds no token of "viewer"
      When the fax event FEI_IDLE (19) happens on device 1 for no job
      Then "main" receives no message

    # What a refused call leaves behind: naming the registered window again with a MessageStart below
    # WM_USER is refused (REQ-FAX-MSG-003), and on its way out it must end neither the registration
    # nor the token: only the logoff call closes that.
    Scenario: A refused call for the registered window ends neither its registration nor the token
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When "viewer" asks for notification messages to "main" from message 0x0100
      Then the call fails with ERROR_INVALID_PARAMETER (87)
      And the fax service holds a token of "viewer"
      When the fax event FEI_IDLE (19) happens on device 1 for no job
      Then "main" receives exactly FEI_IDLE for device 1 and no job

    # A second party: the window belongs to another client of the session. The logoff call is the
    # registering client's, for the window it named: it closes that client's token all the same.
    Scenario: The logoff call for a window another client created closes the caller's token
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "alice" runs the fax client "booth" with a window "screen" on her default desktop
      And "viewer" has asked for notification messages to "screen" from message 0x8000
      When "viewer" makes the logoff call for "screen"
      Then the call succeeds
      And the fax service holds no token of "viewer"

    # A value not usually picked: completion key 1 on a port call. Only the call naming the registered
    # window with key 1 is the logoff call; a port with key 1 is an ordinary port registration.
    Scenario: A completion port registered with key 1 ends nothing of the client's window registration (REQ-FAX-MSG-002 judges its packets)
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When "viewer" asks for completion packets on its port with key 1
      Then the call succeeds
      And the fax service holds a token of "viewer"
      When the fax event FEI_COMPLETED (4) happens on device 1 for job 7
      Then "main" receives exactly FEI_COMPLETED for device 1 and job 7

    # CompletionKey is a ULONG_PTR: a key whose low 32 bits are 1 is not the logoff key. Whether the
    # call itself succeeds is left open (the Reading): what it must not do is close the token.
    Scenario Outline: The same window with completion key <key> leaves the token open
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When "viewer" repeats the call for "main" with completion key <key>
      Then the fax service holds a token of "viewer"

      Examples:
        | key        |
        | 2          |
        | 4294967297 |

    # A second party: a second registered window of the same client. Each registration opened its
    # own handle; the logoff call for one window closes that one.
    Scenario: A client with two registered windows: the logoff call for one leaves the other's token and messages
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" also has a window "spare" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      And "viewer" has asked for notification messages to "spare" from message 0x9000
      When "viewer" makes the logoff call for "main"
      Then the fax service holds a token of "viewer"
      When the fax event FEI_IDLE (19) happens on device 1 for no job
      Then "spare" receives exactly FEI_IDLE for device 1 and no job
      And "main" receives no message

    # A second party: the window registered twice. The one logoff call must close whatever the two
    # registrations opened, or the user could never log off.
    Scenario: A window registered twice: its one logoff call lets the user log off
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When "viewer" repeats the call for "main" with completion key 0
      Then the call succeeds
      When "alice" logs off
      Then "main" has received WM_ENDSESSION
      And "viewer" answered it with the logoff call, which succeeded
      And the logoff completes
      And the fax service holds no token of "viewer"

  @REQ-FAX-MSG-013 @behaviour @ambiguous @source-document
  Rule: The logoff registration ends the window's notifications
    Section: Running the Fax Service Under a User Account (the client informs the service it is logging off)
    Reading: the page says the logoff call tells the service the client is logging off and makes it
    close the token; it does not say in so many words that messages stop. The kit reads the call as
    ending the registration it closes the token of: the service has no token to post with, and the
    client has said it is going, so nothing more is posted to that window.

    Scenario: After the logoff call, events no longer reach the window that got them before, and still reach another client's
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "alice" runs the fax client "monitor" with a window "tray" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      And "monitor" has asked for notification messages to "tray" from message 0x9000
      When the fax event FEI_RINGING (14) happens on device 1 for no job
      Then "main" receives exactly FEI_RINGING for device 1 and no job
      When "viewer" makes the logoff call for "main"
      Then the call succeeds
      When the fax event FEI_IDLE (19) happens on device 1 for no job
      Then "main" receives exactly these messages:
        | message | wParam | lParam     |
        | 0x800E  | 1      | 4294967295 |
      And "tray" receives exactly these messages:
        | message | wParam | lParam     |
        | 0x900E  | 1      | 4294967295 |
        | 0x9013  | 1      | 4294967295 |

    # A second party of the same client: its completion port. The logoff call ends the window's
    # notifications, not the client's other registration.
    Scenario: After the logoff call for its window, the client's completion port still gets every packet
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      When "viewer" asks for completion packets on its port with key 7
      And "viewer" has asked for notification messages to "main" from message 0x8000
      And "viewer" makes the logoff call for "main"
      Then the call succeeds
      When the fax event FEI_COMPLETED (4) happens on device 3 for job 7
      Then the port receives exactly one packet with key 7 for FEI_COMPLETED, device 3 and job 7
      And "main" receives no message

  @REQ-FAX-MSG-014 @behaviour @ambiguous @source-document
  Rule: Each client's logoff call closes its own token, and the user logs off once every client has made it
    Section: Running the Fax Service Under a User Account (the token opened for the client; the logoff call closes it)
    Reading: the page speaks of one client: the service opens a token for the client when that
    client asks for messages, and that client's logoff call makes the service close "the token it
    opened for the client". With two clients of one user the kit reads each clause per client: each
    client's call opens its own token and its logoff call closes only that one, and the user cannot
    log off while any of them is held (REQ-FAX-MSG-011). The page does not say so in as many words.

    Scenario: Under a user account, a user with two fax clients logs off once both answered
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "alice" runs the fax client "monitor" with a window "tray" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      And "monitor" has asked for notification messages to "tray" from message 0x9000
      When "monitor" makes the logoff call for "tray"
      Then the fax service holds a token of "viewer"
      And the fax service holds no token of "monitor"
      When "alice" logs off
      Then the logoff completes
      And the fax service holds no token of "viewer"

  @REQ-FAX-MSG-015 @behaviour @ambiguous @source-document
  Rule: When the service ends it tells every message client with FEI_FAXSVC_ENDED and closes their tokens, so no logoff call is needed
    Section: Running the Fax Service Under a User Account (the FEI_FAXSVC_ENDED message)
    Reading: the page names the FEI_FAXSVC_ENDED message and says the service is then no longer
    running and has closed the token. No public page fixes the message's wParam and lParam (the
    FAX_EVENT page's 0xFFFFFFFF is for an inactive job, not for a service event), so the kit judges
    only the message number. A service that is no longer running posts nothing more.

    Scenario: After the service ended, clients of two users that do nothing can log off
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "carol" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "alice" runs the fax client "monitor" with a window "tray" on her default desktop
      And "carol" runs the fax client "reader" with a window "inbox" on her default desktop
      And the window procedure of "main" ignores the end of the session
      And the window procedure of "tray" ignores the end of the session
      And the window procedure of "inbox" ignores the end of the session
      And "viewer" has asked for notification messages to "main" from message 0x8000
      And "monitor" has asked for notification messages to "tray" from message 0x9000
      And "reader" has asked for notification messages to "inbox" from message 0xA000
      When the fax service stops
      Then "main" receives only FEI_FAXSVC_ENDED, whatever its wParam and lParam
      And "tray" receives only FEI_FAXSVC_ENDED, whatever its wParam and lParam
      And "inbox" receives only FEI_FAXSVC_ENDED, whatever its wParam and lParam
      And the fax service holds no token of "viewer"
      And the fax service holds no token of "monitor"
      And the fax service holds no token of "reader"
      When "alice" logs off
      Then the logoff completes
      When "carol" logs off
      Then the logoff completes

    Scenario: Nothing is posted after FEI_FAXSVC_ENDED
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      When the fax service stops
      And the fax event FEI_IDLE (19) happens on device 1 for no job
      Then "main" receives only FEI_FAXSVC_ENDED, whatever its wParam and lParam

    # State changed during the calls: the service stops while events are being raised for 200
    # windows, from two threads. Whatever was raised before the stop may arrive before
    # FEI_FAXSVC_ENDED; nothing may arrive after it, at any window; the client's unregistered window
    # gets neither.
    Scenario: Nothing is posted after FEI_FAXSVC_ENDED, even to windows an event was being raised for as the service stopped
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" has the windows "w1" to "w200" on her default desktop, each registered for notification messages from message 0x8000
      When the fax event FEI_IDLE (19) keeps happening on device 1 for no job, from 2 threads, while the fax service stops
      Then each of the windows "w1" to "w200" receives only FEI_IDLE for device 1 and no job, then FEI_FAXSVC_ENDED once, and nothing after it
      And "main" receives no message

  @REQ-FAX-MSG-016 @may @untestable @source-document
  Rule: At logoff a client may skip the logoff call when it already knows the service has ended
    Section: Running the Fax Service Under a User Account (to optimise performance)
    Untestable: advice to the client about saving a call; skipping it is allowed and making it is
    harmless, so no outcome to judge. What makes skipping safe (the token closed when the service
    ends) is checked by REQ-FAX-MSG-015.

  @REQ-FAX-MSG-017 @behaviour @untestable @source-document
  Rule: Under a user account the fax service runs without "Allow Service To Interact With Desktop"
    Section: Running the Fax Service Under a User Account (the interact option will not be selected)
    Untestable: a statement about how the Services control panel configures a service that logs on
    as a user: the interact option belongs to the LocalSystem account only. The kit's control
    cannot even express the combination (notifytck.spi.fax.ServiceAccount.user has no interact
    flag), and no fax behaviour reports the option. Its consequence, delivery without that option
    under a user account, is checked by REQ-FAX-MSG-009.


  @REQ-FAX-MSG-018 @behaviour @source-related
  Rule: The WM_ENDSESSION a user's logoff sends says the session is ending because the user logs off
    Section: Running the Fax Service Under a User Account (the client receives WM_ENDSESSION)
    Source: the WM_ENDSESSION message page (winuser.h): wParam TRUE when the session is being
    ended, and the ENDSESSION_LOGOFF flag (0x80000000) in lParam when the user is logging off; an
    lParam of 0 means a shutdown or restart. A client decides on these what to do, and whether to
    make the logoff call at all.

    # Two parties: two clients of the user, one with two windows; each window is told the same.
    Scenario: Every window the logoff reaches is told the session ends for a logoff
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      And "viewer" also has a window "spare" on her default desktop
      And "alice" runs the fax client "monitor" with a window "tray" on her default desktop
      And "viewer" has asked for notification messages to "main" from message 0x8000
      And "viewer" has asked for notification messages to "spare" from message 0x9000
      And "monitor" has asked for notification messages to "tray" from message 0xA000
      When "alice" logs off
      Then "main" has received WM_ENDSESSION for a logoff
      And "spare" has received WM_ENDSESSION for a logoff
      And "tray" has received WM_ENDSESSION for a logoff
      And the logoff completes

  @REQ-FAX-MSG-019 @behaviour @ambiguous @source-related
  Rule: A client's completion port gets one packet per event, then FEI_FAXSVC_ENDED when the service stops, and nothing after it
    Section: Introduction (hWnd and MessageStart instead of I/O completion packets)
    Source: the FaxInitializeEventQueue function page (winfax.h): with a completion port the fax
    server includes the client's completion key in each packet it queues for an asynchronous
    event; the FAX_EVENT structure page lists FEI_FAXSVC_ENDED among those events; the page
    "Enabling an Application to Receive Notifications of Fax Events" ends a fax service session
    with FEI_FAXSVC_ENDED.
    Reading: the kit reads of packets what REQ-FAX-MSG-015 reads of messages: a service that has
    ended posts nothing more, so once its FEI_FAXSVC_ENDED packet is at the port no packet follows,
    not even one for an event raised before the stop. The order of the other packets is not judged:
    no page orders them (FAX_EVENT carries the time each event was generated, and a completion
    port queues first in, first out but may hand packets out in another order), so posting them
    from several threads is a defensible choice. No page fixes FEI_FAXSVC_ENDED's device and job,
    so only its event is judged. The client's window plays no part; the step that starts a client
    gives it one.

    # Many events in a row, then the stop: an implementation that posts each packet on its own and
    # lets the stop's packet go before the events' packets still on their way (blind round 16's
    # fax-port-lane-per-event, a lane per event instead of per port) ends the session too early.
    # A second party: another client's port, with its own key, gets all of it too.
    Scenario: Two hundred events in a row each reach two clients' completion ports once, and FEI_FAXSVC_ENDED comes last at each
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "monitor" with a window "tray" on her default desktop
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      When "monitor" asks for completion packets on its port with key 7
      And "viewer" asks for completion packets on its port with key 9
      And the fax event FEI_SENDING (2) happens on device 1 for jobs 1 to 200
      And the fax service stops
      Then the port of "monitor" receives, with key 7, one packet for FEI_SENDING on device 1 for each job from 1 to 200, in any order, then one for FEI_FAXSVC_ENDED, and nothing after it
      And the port of "viewer" receives, with key 9, one packet for FEI_SENDING on device 1 for each job from 1 to 200, in any order, then one for FEI_FAXSVC_ENDED, and nothing after it

  @REQ-FAX-MSG-020 @caller-obligation @ambiguous @source-related
  Rule: A call that names both a window and a completion port, or neither, fails with ERROR_INVALID_PARAMETER and registers nothing
    Section: Introduction (notification messages instead of I/O completion packets)
    Source: the FaxInitializeEventQueue function page (Win32 fax client API, winfax.h): the port
    must be NULL when messages are asked for and the window NULL when packets are, and its table of
    errors gives ERROR_INVALID_PARAMETER (winerror.h, 87) when both are NULL or both are given.
    Reading: the refused call registers neither half: no token is opened for it, its window hears
    no message and its port no packet, and the client's next valid call is an ordinary first
    registration (its window then hears each event once, and its port still nothing).

    Scenario Outline: A call with both a window and a port (key <key>) is refused and leaves nothing behind
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      When "viewer" asks for notification messages to "main" from message 0x8000 and for completion packets on its port with key <key>, in one call
      Then the call fails with ERROR_INVALID_PARAMETER (87)
      And the fax service holds no token of "viewer"
      When the fax event FEI_IDLE (19) happens on device 1 for no job
      Then "main" receives no message
      And no completion packet is posted
      When "viewer" asks for notification messages to "main" from message 0x8000
      Then the call succeeds
      When the fax event FEI_JOB_QUEUED (22) happens on device 3 for job 41
      Then "main" receives exactly FEI_JOB_QUEUED for device 3 and job 41
      And no completion packet is posted

      Examples:
        | key  |
        | 1234 |
        | 0    |

    Scenario Outline: A call with neither a window nor a port (key <key>, message <start>) is refused and leaves nothing behind
      Given the fax service runs under the user account "faxsvc"
      And "alice" is logged on
      And "alice" runs the fax client "viewer" with a window "main" on her default desktop
      When "viewer" asks for events with neither a window nor a completion port, key <key> and message <start>
      Then the call fails with ERROR_INVALID_PARAMETER (87)
      And the fax service holds no token of "viewer"
      When the fax event FEI_IDLE (19) happens on device 1 for no job
      Then "main" receives no message
      And no completion packet is posted
      When "viewer" asks for completion packets on its port with key 77
      Then the call succeeds
      When the fax event FEI_JOB_QUEUED (22) happens on device 3 for job 41
      Then the port receives exactly one packet with key 77 for FEI_JOB_QUEUED, device 3 and job 41
      And "main" receives no message

      Examples:
        | key  | start  |
        | 0    | 0x0000 |
        | 1234 | 0x8000 |
