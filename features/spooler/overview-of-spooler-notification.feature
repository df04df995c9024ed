@spooler @overview-of-spooler-notification
Feature: Overview of Spooler Notification
  Document: "Overview of Spooler Notification" (Windows Driver Kit, print spooler notification).
  The page has a single section; each Rule names the paragraph it comes from.
  Requirement IDs: REQ-SPOOL-OVW-nnn. Readings the kit takes: docs/spooler-readings.md.

  Background:
    Given the local print server has the printers "Laser" and "Inkjet"

  @REQ-SPOOL-OVW-001 @behaviour @source-document
  Rule: A spooler-hosted component's channel reaches applications in sessions other than the spooler's
    Section: Overview of Spooler Notification (channels with applications in other sessions)

    Scenario: Applications in two user sessions hear a component running in the spooler's session
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "console" is an application running as "alice" in session 1
      And "terminal" is an application running as "alice" in session 4
      And "console" listens for "status" notifications on "Laser"
      And "terminal" listens for "status" notifications on "Laser"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "ready"
      Then "console" receives exactly "ready"
      And "terminal" receives exactly "ready"

  @REQ-SPOOL-OVW-002 @behaviour @ambiguous @source-document
  Rule: A channel belongs to exactly the printer or server it was opened on
    Section: Overview of Spooler Notification (a channel is associated with a printer name or a server name)
    Reading: the page ties a channel to "either a printer name or a server name" without saying
    whether a server's listeners also hear its printers' channels. The kit reads the association as
    exact: a printer channel reaches listeners of that printer only, and a server channel
    listeners of that server only.

    Scenario: A printer channel is not heard by a listener of the printer's server
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "printer-app" is an application running as "alice" in session 1
      And "server-app" is an application running as "alice" in session 1
      And "printer-app" listens for "status" notifications on "Laser"
      And "server-app" listens for "status" notifications on "\\<local server>"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "warming up"
      Then "printer-app" receives exactly "warming up"
      And "server-app" receives nothing

    Scenario: A server channel is not heard by a listener of one of its printers
      Given "monitor" is a port monitor loaded by the spooler, running as "SYSTEM"
      And "printer-app" is an application running as "alice" in session 1
      And "server-app" is an application running as "alice" in session 1
      And "printer-app" listens for "status" notifications on "Laser"
      And "server-app" listens for "status" notifications on "\\<local server>"
      And "monitor" has opened a unidirectional channel on "\\<local server>" for "status" notifications to all users
      When "monitor" sends "queue paused"
      Then "server-app" receives exactly "queue paused"
      And "printer-app" receives nothing

  @REQ-SPOOL-OVW-003 @must-not @source-document
  Rule: Opening a channel is refused to every caller outside the spooler process, whatever component it is
    Section: Overview of Spooler Notification (only spooler-hosted printing components open channels)

    Scenario Outline: A <component> running in an application's process is refused
      Given "renderer" is a <component> loaded by an application, running as "alice" in session 1
      When "renderer" opens a <style> channel on "Laser" for "status" notifications to all users
      Then the call fails and hands back no channel pointer

      Examples:
        | component      | style          |
        | printer driver | bidirectional  |
        | port monitor   | bidirectional  |
        | port monitor   | unidirectional |

    Scenario: The same kind of driver hosted by the spooler is not refused
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      When "driver" opens a bidirectional channel on "Laser" for "status" notifications to all users
      Then the call returns S_OK (success, 0x00000000)
      And "driver" holds a channel pointer

  @REQ-SPOOL-OVW-004 @behaviour @source-document
  Rule: Notifications travel both ways on a bidirectional channel
    Section: Overview of Spooler Notification (notifications can be sent in both directions)

    Scenario: The component's notification reaches the application and the application's answer reaches the component
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "duplex?"
      Then "app" receives exactly "duplex?"
      When "app" answers "yes" on the channel it was given
      Then "driver" receives exactly "yes"

  @REQ-SPOOL-OVW-005 @behaviour @source-document
  Rule: Registration succeeds for an application's own code, running in a user session
    Section: Overview of Spooler Notification (applications can register for notifications)

    Scenario: An application registers and then hears a channel
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "bob" in session 2
      When "app" registers for "status" notifications on "Laser"
      Then the call returns S_OK (success, 0x00000000)
      Given "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "online"
      Then "app" receives exactly "online"

    # Second parties at the same moment: applications registering with one printer at once, each
    # round on a printer installed just before. Every registration must take, so every application
    # hears the channel opened after them.
    @many-rounds
    Scenario: Eight applications registering with one printer at the same moment each hear it, twenty times over
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      When 8 applications running as "bob" register at once for "status" notifications on a printer installed just before, 20 times in turn, and each time "driver" opens a unidirectional channel on it for all users and sends "online"
      Then in every round each of those applications heard "online" exactly once

  @REQ-SPOOL-OVW-006 @must-not @source-document
  Rule: An application cannot open a channel
    Section: Overview of Spooler Notification (applications can register but cannot open channels)

    Scenario: An application's own call to open a channel is refused
      Given "app" is an application running as "alice" in session 1
      When "app" opens a unidirectional channel on "Laser" for "status" notifications to all users
      Then the call fails and hands back no channel pointer

    @needs-channel-objects
    Scenario: The refused call leaves no channel object behind
      Given "app" is an application running as "alice" in session 1
      When "app" opens a bidirectional channel on "Laser" for "status" notifications to all users
      Then the call fails and hands back no channel pointer
      And the spooler holds 0 channel objects

  @REQ-SPOOL-OVW-007 @behaviour @source-document
  Rule: Registration succeeds for a port monitor or driver running inside the spooler process
    Section: Overview of Spooler Notification (printing components loaded by the spooler can register)

    Scenario: A port monitor registers and hears a driver's channel
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "monitor" is a port monitor loaded by the spooler, running as "SYSTEM"
      When "monitor" registers for "status" notifications on "Laser"
      Then the call returns S_OK (success, 0x00000000)
      Given "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "job queued"
      Then "monitor" receives exactly "job queued"

  @REQ-SPOOL-OVW-008 @behaviour @source-document
  Rule: On a bidirectional channel the listener is told which channel to answer on
    Section: Overview of Spooler Notification (bidirectional channels tell the listener the channel)

    Scenario: Each notification comes with a channel, and answering on it reaches the sender
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "first"
      And "driver" sends "second"
      Then "app" receives exactly "first" and "second"
      And "app" is given a channel to answer on
      When "app" answers "ok" on the channel it was given
      Then "driver" receives exactly "ok"

    Scenario: With two channels open, each notification comes with its own channel, and an answer goes back on it
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "monitor" is a port monitor loaded by the spooler, running as "SYSTEM"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "monitor" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "from driver"
      And "monitor" sends "from monitor"
      Then "app" receives "from driver" and "from monitor" on different channels
      When "app" answers "to driver" on the channel it was given with "from driver"
      And "app" answers "to monitor" on the channel it was given with "from monitor"
      Then "driver" receives exactly "to driver"
      And "monitor" receives exactly "to monitor"

  @REQ-SPOOL-OVW-009 @behaviour @source-document
  Rule: On a unidirectional channel the listener gets the notification alone, with no channel to answer on
    Section: Overview of Spooler Notification (unidirectional channels deliver only the notification)

    Scenario: A unidirectional notification arrives without a channel
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "first"
      And "driver" sends "second"
      Then "app" receives exactly "first" and "second"
      And "app" is given no channel to answer on

  @REQ-SPOOL-OVW-010 @behaviour @source-document
  Rule: A spooler component may open a channel while nobody listens
    Section: Overview of Spooler Notification (channels open whether or not there are listeners)

    Scenario: Opening a channel with no registered listener succeeds
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      When "driver" opens a bidirectional channel on "Laser" for "status" notifications to all users
      Then the call returns S_OK (success, 0x00000000)
      And "driver" holds a channel pointer

  @REQ-SPOOL-OVW-011 @behaviour @ambiguous @source-document
  Rule: A send that nobody can receive still succeeds, with a success code that says no one received it
    Section: Overview of Spooler Notification (with no listeners the call succeeds but says so)
    Reading: the page says the call succeeds and its value tells that no one received the
    notification, without naming the value. The kit reads it as a success HRESULT whose code part is
    NO_LISTENERS (prnasnot.h PrintAsyncNotifyError 0x07): the headers define only that code part and
    tell callers to compare HRESULT_CODE, so 0x00040007 (the FACILITY_ITF form) is derived, not
    stated, and any success HRESULT with that code part passes. "No listeners" is read as no
    listener the channel can reach: listeners of another printer, another type, or, on a per-user
    channel, another user are not the channel's listeners.

    Scenario: With no listener at all the send returns NO_LISTENERS, not S_OK
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "anyone?"
      Then the call succeeds, saying no one received it

    Scenario: Listeners that the channel cannot reach do not count as listeners
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "ink-app" is an application running as "alice" in session 1
      And "inkjet-app" is an application running as "alice" in session 1
      And "bob-app" is an application running as "bob" in session 2
      And "ink-app" listens for "ink" notifications on "Laser"
      And "inkjet-app" listens for "status" notifications on "Inkjet"
      And "bob-app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to the same user
      When "driver" sends "anyone?"
      Then the call succeeds, saying no one received it
      And "bob-app" receives nothing
      And "ink-app" receives nothing
      And "inkjet-app" receives nothing

    Scenario: With one listener the send returns S_OK, not NO_LISTENERS
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "someone"
      Then the call returns S_OK (success, 0x00000000)

  @REQ-SPOOL-OVW-012 @behaviour @source-document
  Rule: Components and applications register with a printer or server, local or remote, whether or not a channel is open
    Section: Overview of Spooler Notification (registration with a printer or server, local or remote)

    Scenario Outline: A <component> loaded by an application registers before any channel exists and hears the channel opened later
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "renderer" is a <component> loaded by an application, running as "alice" in session 1
      When "renderer" registers for "status" notifications on "Laser"
      Then the call returns S_OK (success, 0x00000000)
      Given "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "<sent>"
      Then "renderer" receives exactly "<sent>"

      # Any printing component, and any text: what is sent is what arrives, past Latin-1 too, and
      # an empty notification is a notification.
      Examples:
        | component      | sent             |
        | printer driver | opened later     |
        | port monitor   | Toner ≤ 10 % – ✓ |
        | printer driver |                  |

    Scenario: An application registers with its local server while a channel is already open
      Given "monitor" is a port monitor loaded by the spooler, running as "SYSTEM"
      And "app" is an application running as "alice" in session 1
      And "monitor" has opened a unidirectional channel on "\\<local server>" for "status" notifications to all users
      When "app" registers for "status" notifications on "\\<local server>"
      Then the call returns S_OK (success, 0x00000000)
      When "monitor" sends "after registration"
      Then "app" receives exactly "after registration"

    Scenario: An application that registers between two sends on an open bidirectional channel hears the second, with the channel to answer on
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "late" is an application running as "alice" in session 2
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "before" and "app" has received it
      When "late" registers for "status" notifications on "Laser"
      Then the call returns S_OK (success, 0x00000000)
      When "driver" sends "after"
      Then "late" receives exactly "after"
      And "late" is given a channel to answer on
      And "app" receives exactly "before" and "after"
      When "late" answers "late reply" on the channel it was given
      Then "driver" receives exactly "late reply"

    @needs-remote-servers
    Scenario: An application registers with a printer on a remote server and hears that server's channel
      Given a second print server "FARSRV" with the printer "Plotter"
      And "far-driver" is a printer driver loaded by the spooler on "FARSRV", running as "alice"
      And "app" is an application running as "alice" in session 1
      When "app" registers for "status" notifications on "\\FARSRV\Plotter"
      Then the call returns S_OK (success, 0x00000000)
      Given "far-driver" has opened a unidirectional channel on "Plotter" for "status" notifications to all users
      When "far-driver" sends "plotter ready"
      Then "app" receives exactly "plotter ready"

    @needs-remote-servers
    Scenario: An application registers with a remote server and hears that server's channel
      Given a second print server "FARSRV" with the printer "Plotter"
      And "far-monitor" is a port monitor loaded by the spooler on "FARSRV", running as "SYSTEM"
      And "app" is an application running as "alice" in session 1
      When "app" registers for "status" notifications on "\\FARSRV"
      Then the call returns S_OK (success, 0x00000000)
      Given "far-monitor" has opened a unidirectional channel on "\\FARSRV" for "status" notifications to all users
      When "far-monitor" sends "far server up"
      Then "app" receives exactly "far server up"

  @REQ-SPOOL-OVW-013 @behaviour @ambiguous @source-document
  Rule: Every listener a sent notification reaches is called with it exactly once
    Section: Overview of Spooler Notification (after a notification is sent the listener receives it)
    Reading: the overview says the listener receives a sent notification and that the order of
    notifications is guaranteed, while "Notification Channel" says a successful send promises no
    delivery (REQ-SPOOL-CHAN-017). The kit reads the two together. An ordering guarantee means
    something to a listener only if what it receives is the sent sequence without silent gaps or
    repeats, so a send that returns S_OK with listeners present is delivered exactly once to each of
    them; the room the channel page leaves is for a loss the send reports with a code other than
    S_OK (UNIRECTIONAL_NOTIFICATION_LOST, ASYNC_NOTIFICATION_FAILURE or
    INTERNAL_NOTIFICATION_QUEUE_IS_FULL, say). The properties accept such a reported loss. The
    scenarios send one notification to idle listeners, where no queue can be full, and there they
    expect the send to succeed with S_OK and every listener to get it; a scenario that sends a burst
    judges only the sends that returned S_OK (the documents bound no queue, so a small one may
    report a loss within twenty).

    # A second party of an unusual kind: the opener itself, listening with the same callback object
    # it opened the channel with. It is a registered listener like any other.
    Scenario: A component that listens with the callback it opened its channel with hears its own notification once
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "driver" listens for "status" notifications on "Laser"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "warming up"
      Then the call returns S_OK (success, 0x00000000)
      And "driver" receives exactly "warming up"

    # An output looked at under a load no other scenario makes: one listener busy while the sender
    # goes on well past what an implementation may keep for it (the documents give no bound; the
    # reference keeps 1,000). A send that can no longer reach every listener must not say S_OK.
    Scenario: A send that returns S_OK reaches every listener once, even while one of them has a long backlog
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "monitor" is a port monitor loaded by the spooler, running as "SYSTEM"
      And "app" listens for "status" notifications on "Laser"
      And "monitor" listens for "status" notifications on "Laser"
      And "app" holds every notification until it is let go
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "n1"
      And "app" is busy with "n1"
      And "driver" sends the numbered notifications "n2" to "n1200", whatever each returns
      And "app" is let go
      Then each notification of that batch whose send returned S_OK reaches "app" and "monitor" exactly once

    Scenario: Two listeners each receive the notification once and nothing else
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "monitor" is a port monitor loaded by the spooler, running as "SYSTEM"
      And "app" listens for "status" notifications on "Laser"
      And "monitor" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "job 42 done"
      Then the call returns S_OK (success, 0x00000000)
      And "app" receives exactly "job 42 done"
      And "monitor" receives exactly "job 42 done"

  @REQ-SPOOL-OVW-014 @behaviour @source-document
  Rule: Delivery is asynchronous: listeners are called on the spooler's threads, not the sender's
    Section: Overview of Spooler Notification (the notification mechanism is asynchronous)

    Scenario: Notifications and answers arrive on threads other than the callers'
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "ping"
      Then "app" receives exactly "ping"
      When "app" answers "pong" on the channel it was given
      Then "driver" receives exactly "pong"
      And no callback ran on a thread that called the spooler

    Scenario: A listener that never returns does not hold up the sender
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "app" holds every notification until it is let go
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "one"
      And "app" is busy with "one"
      And "driver" sends "two"
      And "driver" sends "three"
      Then the send returned while "app" was still busy with "one"
      When "app" is let go
      Then "app" receives exactly "one", "two" and "three"

  @REQ-SPOOL-OVW-015 @must @ambiguous @source-document
  Rule: Notifications arrive in the order they were sent
    Section: Overview of Spooler Notification (the order of notifications is guaranteed)
    Reading: the page guarantees "the order of notifications" without saying order among what.
    The kit reads it per channel and per receiver: each listener receives one channel's
    notifications in the order the sends returned, and the opener receives a listener's answers
    in the order they were sent. No order is assumed between different channels. Two
    notifications inside one listener at the same time have no order between them, so a listener
    is handed one channel's notifications one at a time.

    Scenario: A slow listener still receives ten notifications in the order sent
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "app" holds every notification until it is let go
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "n1"
      And "app" is busy with "n1"
      And "driver" sends the numbered notifications "n2" to "n10", whatever each returns
      And "app" is let go
      Then "app" receives each notification of that batch whose send returned S_OK once, in the order sent, one at a time
      And "app" received "n1" before any of them

    # A listener slower than its sender, with the sends a few microseconds apart for as long as the
    # listener takes to work through several dozen notifications: its backlog grows past whatever an
    # implementation delivers at a time, so any hand-over of its queue from one thread to another
    # happens while sends keep arriving. Two notifications in the listener at once have no order.
    # (Blind round 9 wrote a queue that, yielding its thread after 32 deliveries, could be run by two
    # threads at once.)
    Scenario Outline: A listener slower than its sender receives fifteen hundred notifications of a <style> channel in the order sent, one at a time
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "app" works 10 microseconds on each notification before it returns
      And "driver" has opened a <style> channel on "Laser" for "status" notifications to all users
      When "driver" sends the numbered notifications "n1" to "n1500" 5 microseconds apart, whatever each returns
      Then "app" receives each notification of that batch whose send returned S_OK once, in the order sent, one at a time

      Examples:
        | style          |
        | unidirectional |
        | bidirectional  |

    # State that changes while sends wait: listeners on another printer hold as many of the
    # spooler's threads as it runs at once (up to eight), so sends to two dozen listeners wait for
    # a thread; between two of them one listener leaves and another joins, so the later sends go to
    # as many listeners as the earlier, but not the same ones. Each still gets its own
    # notifications, in order, one at a time. (Blind round 20: sends that joined a waiting send were
    # handed over by the first send's listeners, position by position.)
    Scenario: A listener leaves and another joins while sends wait for the spooler's threads: each still gets its notifications in order
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "leaver" is an application running as "carol" in session 3
      And "app" is an application running as "alice" in session 1
      And "joiner" is an application running as "dave" in session 4
      And "leaver" listens for "status" notifications on "Laser"
      And "app" listens for "status" notifications on "Laser"
      And 20 more applications running as "bob" in session 2 listen for "status" notifications on "Laser", on callbacks that only count
      And 8 applications running as "erin" in session 5 listen for "status" notifications on "Inkjet" and hold every notification until they are let go
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When a printer driver sends them "hold" on a channel of its own, and as many of them as the spooler runs at once are busy with it
      And "driver" sends "n1"
      And "leaver" unregisters
      And "joiner" listens for "status" notifications on "Laser"
      And "driver" sends the numbered notifications "n2" to "n30", whatever each returns
      And those applications are let go
      Then "app" receives each notification of that batch whose send returned S_OK once, in the order sent, one at a time
      And "app" received "n1" before any of them
      And "joiner" receives each notification of that batch whose send returned S_OK once, in the order sent, one at a time
      And "leaver" receives exactly "n1"

    # Widths no other check reaches: the line coverage of the reference showed its fan-out hands
    # listeners to its threads in chunks of 256, a path no scenario or property (up to 48 listeners)
    # took. An implementation may fan a send out one way below some width and another above it, so
    # the order and the count are judged for listeners at both ends of a send several chunks wide.
    Scenario Outline: A send to <width> listeners reaches the first and the last registered in the order sent, and every other once
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "first" is an application running as "alice" in session 1
      And "last" is an application running as "carol" in session 3
      And "first" listens for "status" notifications on "Laser"
      And <others> more applications running as "bob" in session 2 listen for "status" notifications on "Laser", on callbacks that only count
      And "last" listens for "status" notifications on "Laser"
      And "driver" has opened a <style> channel on "Laser" for "status" notifications to all users
      When "driver" sends the numbered notifications "n1" to "n8", whatever each returns
      Then "first" receives each notification of that batch whose send returned S_OK once, in the order sent, one at a time
      And "last" receives each notification of that batch whose send returned S_OK once, in the order sent, one at a time
      And each of the listeners that only count heard each notification of that batch whose send returned S_OK, on the channel of "driver", and none twice

      Examples:
        | width | others | style          |
        | 300   | 298    | unidirectional |
        | 600   | 598    | bidirectional  |

    Scenario: Two listeners each receive the same order
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "monitor" is a port monitor loaded by the spooler, running as "SYSTEM"
      And "app" listens for "status" notifications on "Laser"
      And "monitor" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends the numbered notifications "n1" to "n20", whatever each returns
      Then "app" receives each notification of that batch whose send returned S_OK once, in the order sent, one at a time
      And "monitor" receives each notification of that batch whose send returned S_OK once, in the order sent, one at a time

    Scenario: A listener's answers reach the opener in the order sent
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" holds every notification until it is let go
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "question" and "app" has received it
      When "app" answers "a1" on the channel it was given
      And "driver" is busy with "a1"
      And "app" answers the numbered notifications "a2" to "a8" on the channel it was given, whatever each returns
      And "driver" is let go
      Then "driver" receives each notification of that batch whose send returned S_OK once, in the order sent, one at a time
      And "driver" received "a1" before any of them

  @REQ-SPOOL-OVW-016 @behaviour @ambiguous @source-document
  Rule: A registration with a printer or server that does not exist is refused, and nothing is left behind
    Section: Overview of Spooler Notification (registration with a printer or server, local or remote)
    Reading: the page has listeners register with a printer or a server and says nothing of a name
    that names neither. The kit reads it as REQ-SPOOL-CHAN-036 reads the same gap for channels: the
    call fails, hands back no registration, and the caller hears nothing from any channel, not even
    one on its own server. Which error it returns is not judged (the reference answers
    ERROR_INVALID_PRINTER_NAME as an HRESULT).

    Scenario Outline: A registration on an unknown <what> fails, and no channel of the caller's own server or printers reaches it
      Given "monitor" is a port monitor loaded by the spooler, running as "SYSTEM"
      And "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      When "app" registers for "status" notifications on "<name>"
      Then the call fails and hands back no registration
      Given "monitor" has opened a unidirectional channel on "\\<local server>" for "status" notifications to all users
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "monitor" sends "server news"
      And "driver" sends "printer news"
      Then "app" receives nothing

      Examples:
        | what    | name          |
        | printer | NoSuchPrinter |
        | server  | \\NOSUCHSRV   |

  @REQ-SPOOL-OVW-017 @behaviour @ambiguous @source-related
  Rule: An ended registration hears no more unidirectional notifications and no bidirectional channel opened afterwards; every other registration, even of the same callback, hears on
    Section: Overview of Spooler Notification (the interfaces applications use to register for notifications)
    Source: the UnRegisterForPrintAsyncNotifications function page (prnasnot.h), Return value and
    Remarks: the call ends a registration and returns S_OK when it does, and for a bidirectional
    channel it keeps away channels created after it. The RegisterForPrintAsyncNotifications
    function page, Remarks: unregistering is how a listener stops the notifications of a
    unidirectional channel.
    Reading: the pages speak of ending one registration, the one the handle stands for. So the end
    is that registration's alone: another registration of the same callback object, by the same
    application or any other, goes on hearing. The Register page's ALREADY_REGISTERED ("the
    registration object" registered again) is read as REQ-SPOOL-CHAN-018 reads a party: a
    registration, not a callback object, so one callback may be registered twice. A notification
    sent after the unregister returned reaches the ended registration through no unidirectional
    channel, whenever that channel was opened, and through no bidirectional channel opened after
    it; bidirectional channels opened before are REQ-SPOOL-OVW-018's.

    Scenario Outline: After ending one of its two registrations of one callback, an application hears a <style> channel opened later once, and a second application hears it too
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "other" is an application running as "bob" in session 2
      And "app" listens for "status" notifications on "Laser"
      And "app" listens for "status" notifications on "Laser"
      And "other" listens for "status" notifications on "Laser"
      When "app" unregisters
      And "driver" has opened a <style> channel on "Laser" for "status" notifications to all users
      And "driver" sends "after"
      Then the call returns S_OK (success, 0x00000000)
      And "app" receives exactly "after"
      And "other" receives exactly "after"

      Examples:
        | style          |
        | unidirectional |
        | bidirectional  |

    Scenario Outline: An application that ended its only registration hears nothing of a <style> channel opened afterwards, and the send says no one received it
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      When "app" unregisters
      And "driver" has opened a <style> channel on "Laser" for "status" notifications to all users
      And "driver" sends "after"
      Then the call succeeds, saying no one received it
      And "app" receives nothing

      Examples:
        | style          |
        | unidirectional |
        | bidirectional  |

    Scenario: After unregistering, a listener hears nothing more of a unidirectional channel it heard before, while a second listener does
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "other" is an application running as "bob" in session 2
      And "app" listens for "status" notifications on "Laser"
      And "other" listens for "status" notifications on "Laser"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "before" and "app" has received it
      When "app" unregisters
      And "driver" sends "after"
      Then the call returns S_OK (success, 0x00000000)
      And "app" receives exactly "before"
      And "other" receives exactly "before" and "after"

  @REQ-SPOOL-OVW-018 @behaviour @ambiguous @source-related
  Rule: A bidirectional channel a listener was handed before it unregistered goes on reaching it until the channel closes
    Section: Overview of Spooler Notification (the interfaces applications use to register for notifications)
    Source: the UnRegisterForPrintAsyncNotifications and RegisterForPrintAsyncNotifications
    function pages (prnasnot.h), Remarks: for a bidirectional channel, unregistering keeps away only
    channels created after it; a listener that wants an existing channel to stop closes it with
    CloseChannel.
    Reading: an existing channel a listener can close is one whose pointer it was handed. That
    channel goes on delivering to it, and its answers go on reaching the sender, until the channel
    closes or the listener releases the pointer; its close is told as REQ-SPOOL-CHAN-018 says. The
    kit judges nothing either way for a bidirectional channel opened before the unregister that had
    not reached the listener yet: the listener has no pointer to close it with.

    Scenario: After unregistering, a listener still hears the bidirectional channel it holds, and its answer still reaches the driver
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "n1" and "app" has received it
      When "app" unregisters
      And "driver" sends the numbered notifications "n2" to "n4", whatever each returns
      Then "app" receives each notification of that batch whose send returned S_OK once, in the order sent, one at a time
      And "app" received "n1" before any of them
      When "app" answers "done" on the channel it was given
      Then the call returns S_OK (success, 0x00000000)
      And "driver" receives exactly "done"

    # State changed while the listener waited inside its own callback: it unregisters while it is
    # still busy with the notification that handed it the channel.
    Scenario: A listener that unregisters while busy with a notification still hears the channel it holds
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "app" holds every notification until it is let go
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "n1"
      And "app" is busy with "n1"
      And "app" unregisters
      And "driver" sends the numbered notifications "n2" to "n4", whatever each returns
      And "app" is let go
      Then "app" receives each notification of that batch whose send returned S_OK once, in the order sent, one at a time
      And "app" received "n1" before any of them

  @REQ-SPOOL-OVW-019 @behaviour @ambiguous @source-related
  Rule: Ending a registration a second time reports ALREADY_UNREGISTERED and changes nothing
    Section: Overview of Spooler Notification (the interfaces applications use to register for notifications)
    Source: the UnRegisterForPrintAsyncNotifications function page (prnasnot.h), Return value:
    ALREADY_UNREGISTERED, listed with both severities, for a registration already ended
    (prnasnot.h PrintAsyncNotifyError 0x0E).
    Reading: the page also asks the caller not to use a handle once it is unregistered, yet lists
    what such a call returns; the kit reads the return-value row as the answer an implementation
    gives when a caller does so anyway. It judges the code part, not the severity or the facility
    (callers compare HRESULT_CODE, as the page's example does).

    Scenario: A second unregister of one handle reports ALREADY_UNREGISTERED, and another application's registration still hears
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "other" is an application running as "bob" in session 2
      And "app" listens for "status" notifications on "Laser"
      And "other" listens for "status" notifications on "Laser"
      When "app" unregisters
      And "app" unregisters that registration again
      Then the call returns ALREADY_UNREGISTERED with either severity (code 0x0E)
      When "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      And "driver" sends "after"
      Then the call returns S_OK (success, 0x00000000)
      And "other" receives exactly "after"
      And "app" receives nothing
