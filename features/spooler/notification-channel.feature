@spooler @notification-channel
Feature: Notification Channel
  Document: "Notification Channel" (Windows Driver Kit, print spooler notification:
  CreatePrintAsyncNotifyChannel and the IPrintAsyncNotifyChannel interface).
  Requirement IDs: REQ-SPOOL-CHAN-nnn. Readings the kit takes: docs/spooler-readings.md.

  Background:
    Given the local print server has the printers "Laser" and "Inkjet"

  @REQ-SPOOL-CHAN-001 @behaviour @source-document
  Rule: A channel opened on a printer reaches that printer's listeners and no other printer's
    Section: Notification Channel (a channel is per printer or per server)

    Scenario: Listeners of the channel's printer hear it, a listener of another printer does not
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "other" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "other" listens for "status" notifications on "Inkjet"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "paper jam"
      Then the call returns S_OK (success, 0x00000000)
      And "app" receives exactly "paper jam"
      And "other" receives nothing

  @REQ-SPOOL-CHAN-002 @behaviour @source-document
  Rule: A channel opened on a print server reaches that server's listeners, not those of another server
    Section: Notification Channel (a channel is per printer or per server)

    Scenario: A server channel is heard by a listener registered on the server
      Given "monitor" is a port monitor loaded by the spooler, running as "SYSTEM"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "\\<local server>"
      And "monitor" has opened a unidirectional channel on "\\<local server>" for "status" notifications to all users
      When "monitor" sends "spooler restarting"
      Then the call returns S_OK (success, 0x00000000)
      And "app" receives exactly "spooler restarting"

    @needs-remote-servers
    Scenario: A server channel is not heard by a listener registered on another server
      Given a second print server "FARSRV" with the printer "Plotter"
      And "monitor" is a port monitor loaded by the spooler, running as "SYSTEM"
      And "app" is an application running as "alice" in session 1
      And "far" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "\\<local server>"
      And "far" listens for "status" notifications on "\\FARSRV"
      And "monitor" has opened a unidirectional channel on "\\<local server>" for "status" notifications to all users
      When "monitor" sends "spooler restarting"
      Then "app" receives exactly "spooler restarting"
      And "far" receives nothing

  @REQ-SPOOL-CHAN-003 @must-not @source-document
  Rule: A printing component running inside an application cannot open a channel, and the failed call leaves nothing behind
    Section: Notification Channel (Winspool.drv disables channel creation for callers inside applications)

    Scenario: A driver loaded by an application to render fails to open a channel
      Given "renderer" is a printer driver loaded by an application, running as "alice" in session 1
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      When "renderer" opens a unidirectional channel on "Laser" for "status" notifications to all users
      Then the call fails and hands back no channel pointer
      And "app" receives nothing

    @needs-channel-objects
    Scenario: The refused creation leaves no channel object in the spooler
      Given "renderer" is a printer driver loaded by an application, running as "alice" in session 1
      When "renderer" opens a bidirectional channel on "Laser" for "status" notifications to all users
      Then the call fails and hands back no channel pointer
      And the spooler holds 0 channel objects

  @REQ-SPOOL-CHAN-004 @behaviour @source-document
  Rule: The same driver succeeds in opening a channel when the spooler loads it
    Section: Notification Channel (the call succeeds for a driver loaded by the spooler service)

    Scenario: A driver loaded by the spooler opens a channel and gets a pointer to it
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      When "driver" opens a bidirectional channel on "Laser" for "status" notifications to all users
      Then the call returns S_OK (success, 0x00000000)
      And "driver" holds a channel pointer

  @REQ-SPOOL-CHAN-005 @behaviour @source-document
  Rule: A port monitor running inside the spooler can open a channel
    Section: Notification Channel (Spoolss.lib lets port monitors open channels)

    Scenario: A port monitor opens a channel on a printer and its notification is heard
      Given "monitor" is a port monitor loaded by the spooler, running as "SYSTEM"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "port" notifications on "Laser"
      When "monitor" opens a unidirectional channel on "Laser" for "port" notifications to all users
      Then the call returns S_OK (success, 0x00000000)
      And "monitor" holds a channel pointer
      When "monitor" sends "port offline"
      Then "app" receives exactly "port offline"

  @REQ-SPOOL-CHAN-006 @behaviour @source-document
  Rule: A channel carries one notification type and reaches only listeners registered for that type
    Section: Notification Channel (step 2: the notification channel type)

    # A value not usually picked: the all-zero GUID is a type like any other, not "every type".
    Scenario Outline: A listener for another type on the same printer hears nothing (<other>)
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "status-app" is an application running as "alice" in session 1
      And "ink-app" is an application running as "alice" in session 1
      And "status-app" listens for "status" notifications on "Laser"
      And "ink-app" listens for "<other>" notifications on "Laser"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "warming up"
      Then "status-app" receives exactly "warming up"
      And "ink-app" receives nothing

      Examples:
        | other     |
        | ink       |
        | GUID_NULL |

    # Values not usually picked: a type is a GUID of 16 bytes, and two types are one only if every
    # byte is the same. Each other type differs from the channel's in one field alone, as GUIDs made
    # one after another often do: Data1, Data2, Data3, the first byte of Data4, its last byte.
    Scenario Outline: A listener for a type that differs from the channel's in <field> alone hears nothing
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "status-app" is an application running as "alice" in session 1
      And "other-app" is an application running as "alice" in session 1
      And "status-app" listens for "11111111-2222-3333-4444-555555555555" notifications on "Laser"
      And "other-app" listens for "<other>" notifications on "Laser"
      And "driver" has opened a unidirectional channel on "Laser" for "11111111-2222-3333-4444-555555555555" notifications to all users
      When "driver" sends "warming up"
      Then "status-app" receives exactly "warming up"
      And "other-app" receives nothing

      Examples:
        | field              | other                                |
        | Data1              | 91111111-2222-3333-4444-555555555555 |
        | Data2              | 11111111-9222-3333-4444-555555555555 |
        | Data3              | 11111111-2222-9333-4444-555555555555 |
        | Data4's first byte | 11111111-2222-3333-9444-555555555555 |
        | Data4's last byte  | 11111111-2222-3333-4444-555555555559 |

  @REQ-SPOOL-CHAN-007 @behaviour @ambiguous @source-related
  Rule: A notification of another type than the channel's is refused and delivered to nobody
    Section: Notification Channel (step 2: the notification channel type)
    Source: the WDK page "Notification Errors" (print spooler notification), which gives
    INVALID_NOTIFICATION_TYPE (prnasnot.h PrintAsyncNotifyError 0x14) for a notification whose type
    differs from the channel's.
    Reading: "Notification Channel" says only that the type names what will be sent through the
    channel. The refusal and its code come from the related page; the HRESULT is read as
    MAKE_HRESULT(SEVERITY_ERROR, FACILITY_ITF, 0x14), as for every PrintAsyncNotifyError.

    Scenario: Sending an "ink" notification on a "status" channel fails with the documented code
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "status-app" is an application running as "alice" in session 1
      And "ink-app" is an application running as "alice" in session 1
      And "status-app" listens for "status" notifications on "Laser"
      And "ink-app" listens for "ink" notifications on "Laser"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "cartridge low" as an "ink" notification
      Then the call returns INVALID_NOTIFICATION_TYPE (error, 0x80040014)
      When "driver" sends "still fine"
      Then the call returns S_OK (success, 0x00000000)
      And "status-app" receives exactly "still fine"
      And "ink-app" receives nothing

    # The type is the channel's, not the opener's: an answer goes through the same channel.
    Scenario: A listener's answer of another type than the channel's is refused and reaches nobody
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "question" and "app" has received it
      When "app" answers "cartridge low" as an "ink" notification on the channel it was given
      Then the call returns INVALID_NOTIFICATION_TYPE (error, 0x80040014)
      When "app" answers "still fine" on the channel it was given
      Then the call returns S_OK (success, 0x00000000)
      And "driver" receives exactly "still fine"

  @REQ-SPOOL-CHAN-008 @behaviour @ambiguous @source-document
  Rule: A per-user channel reaches the sender's own user in any session, and no other user
    Section: Notification Channel (step 3: the user filter)
    Reading: "the same user as the notification sender" does not say whose user that is for a
    component running inside the spooler service. The kit reads it as the user the opener runs
    as when it opens the channel, in whatever session its listeners are. A user is an account,
    and an account's name compares without regard to case: the account name (SAM-Account-Name,
    Active Directory Schema) has the String(Unicode) syntax, which that schema defines as a
    case-insensitive string. So "ALICE" is the same user as "alice".

    Scenario Outline: Only listeners running as the sender's user hear a <style> per-user channel
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "alice-desk" is an application running as "alice" in session 1
      And "alice-remote" is an application running as "alice" in session 3
      And "alice-caps" is an application running as "ALICE" in session 4
      And "bob-desk" is an application running as "bob" in session 2
      And "alice-desk" listens for "status" notifications on "Laser"
      And "alice-remote" listens for "status" notifications on "Laser"
      And "alice-caps" listens for "status" notifications on "Laser"
      And "bob-desk" listens for "status" notifications on "Laser"
      And "driver" has opened a <style> channel on "Laser" for "status" notifications to the same user
      When "driver" sends "your job printed"
      Then "alice-desk" receives exactly "your job printed"
      And "alice-remote" receives exactly "your job printed"
      And "alice-caps" receives exactly "your job printed"
      And "bob-desk" receives nothing

      Examples:
        | style          |
        | unidirectional |
        | bidirectional  |

  @REQ-SPOOL-CHAN-009 @behaviour @source-document
  Rule: An all-users channel reaches listeners of every user
    Section: Notification Channel (step 3: the user filter)

    Scenario: Listeners of two users both hear an all-users channel
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "alice-desk" is an application running as "alice" in session 1
      And "bob-desk" is an application running as "bob" in session 2
      And "alice-desk" listens for "status" notifications on "Laser"
      And "bob-desk" listens for "status" notifications on "Laser"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "toner low"
      Then the call returns S_OK (success, 0x00000000)
      And "alice-desk" receives exactly "toner low"
      And "bob-desk" receives exactly "toner low"

  @REQ-SPOOL-CHAN-010 @caller-obligation @ambiguous @source-document
  Rule: The opener states the conversation style, and a unidirectional channel still hands back a pointer
    Section: Notification Channel (step 4: the conversation filter)
    Reading: step 4 says a unidirectional channel is marked by setting the last parameter (the
    channel pointer output) to NULL, yet the same page later tells the opener of a unidirectional
    channel to Release "the pointer that you received as an output parameter". The two cannot both
    hold. The kit reads the conversation-style parameter as what decides the style, and expects
    a pointer back for both styles. The kit always passes a style (the caller's obligation).

    Scenario: A unidirectional channel is opened with a pointer, and its listener is given no channel to answer on
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      When "driver" opens a unidirectional channel on "Laser" for "status" notifications to all users
      Then the call returns S_OK (success, 0x00000000)
      And "driver" holds a channel pointer
      When "driver" sends "one way"
      Then "app" receives exactly "one way"
      And "app" is given no channel to answer on

  @REQ-SPOOL-CHAN-011 @may @ambiguous @source-document
  Rule: The opener may pass no callback; the channel still works and answers go nowhere
    Section: Notification Channel (step 5: the callback may be NULL)
    Reading: the document allows a NULL callback for a caller not interested in responses but does
    not say what a listener's answer then returns: S_OK, the overview's "no one received it"
    success, or an error are all defensible. The kit judges only what the page does say: the
    channel still carries notifications, and an answer reaches nobody.

    Scenario: A bidirectional channel without a callback delivers, and an answer reaches nobody, not even another listener
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "app2" is an application running as "alice" in session 2
      And "app2" listens for "status" notifications on "Laser"
      When "driver" opens a bidirectional channel on "Laser" for "status" notifications to all users, without a callback
      Then the call returns S_OK (success, 0x00000000)
      When "driver" sends "anyone there?"
      Then "app" receives exactly "anyone there?"
      And "app2" receives exactly "anyone there?"
      When "app" answers "yes" on the channel it was given
      Then "driver" receives nothing
      And "app" receives exactly "anyone there?"
      And "app2" receives exactly "anyone there?"

  @REQ-SPOOL-CHAN-012 @behaviour @source-document
  Rule: What a listener sends back reaches the opener's callback, once, with the opener's own channel pointer
    Section: Notification Channel (step 5: the callback is called when a notification comes back)

    Scenario: A listener's answer arrives at the opener's callback exactly once, and at no other listener
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app2" is an application running as "alice" in session 2
      And "app" listens for "status" notifications on "Laser"
      And "app2" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "need paper size"
      Then "app" receives exactly "need paper size"
      When "app" answers "A4" on the channel it was given
      Then the call returns S_OK (success, 0x00000000)
      And "driver" receives exactly "A4"
      And "driver" is handed its own channel pointer with each answer
      And "app" receives exactly "need paper size"
      And "app2" receives exactly "need paper size"

  @REQ-SPOOL-CHAN-013 @behaviour @source-document
  Rule: The opener's channel pointer is the handle through which it sends and through which it closes
    Section: Notification Channel (the sixth parameter receives the IPrintAsyncNotifyChannel object)

    Scenario: The opener's pointer sends a notification and then closes the channel
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "hello"
      Then the call returns S_OK (success, 0x00000000)
      And "app" receives exactly "hello"
      When "driver" closes its channel without a reason
      Then the call returns S_OK (success, 0x00000000)
      And "app" is told the channel closed without a reason

  @REQ-SPOOL-CHAN-014 @behaviour @ambiguous @source-document
  Rule: The channel object answers QueryInterface as an IUnknown, and a refused query adds no reference
    Section: IPrintAsyncNotifyChannel Interface (the interface inherits from IUnknown)
    Reading: the page says the interface inherits IUnknown but also that Release does not follow
    all COM rules. The kit expects ordinary QueryInterface behaviour: S_OK with one reference
    added for IID_IUnknown and IID_IPrintAsyncNotifyChannel, E_NOINTERFACE and no reference for
    any other interface. It balances each successful query with a Release (the AddRef case of
    the Release rules).

    Scenario: The channel answers for IUnknown and its own interface and refuses another
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" queries its channel for IUnknown
      Then the call returns S_OK (success, 0x00000000)
      When "driver" queries its channel for IPrintAsyncNotifyChannel
      Then the call returns S_OK (success, 0x00000000)
      When "driver" queries its channel for IPrintAsyncNotifyCallback
      Then the call returns E_NOINTERFACE (error, 0x80004002)

    # The moment varied: between the opener's own close and its Release. The object lives until its
    # last reference goes, so it still answers QueryInterface, and the reference that adds keeps it.
    @needs-channel-objects
    Scenario Outline: After its own close the opener's pointer still answers QueryInterface, and the added reference keeps the channel (<style>, <interface>)
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "driver" has opened a <style> channel on "Laser" for "status" notifications to all users
      When "driver" closes its channel without a reason
      And "driver" queries its channel for <interface>
      Then the call returns S_OK (success, 0x00000000)
      When "driver" releases its channel
      Then the spooler holds 1 channel object
      When "driver" releases its channel
      Then the spooler holds 0 channel objects

      Examples:
        | style          | interface                |
        | unidirectional | IUnknown                 |
        | bidirectional  | IPrintAsyncNotifyChannel |

    # A second party: the listener's own pointer. Its query adds a reference to that pointer, which
    # its Release then balances; the listener keeps the channel to answer on.
    Scenario: A listener's query and its Release leave it the channel to answer on
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "duplex?" and "app" has received it
      When "app" queries the channel it was given for IPrintAsyncNotifyChannel
      Then the call returns S_OK (success, 0x00000000)
      When "app" releases the channel it was given
      And "app" answers "yes" on the channel it was given
      Then the call returns S_OK (success, 0x00000000)
      And "driver" receives exactly "yes"

    @needs-channel-objects
    Scenario: A refused query leaves the reference count as it was
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" queries its channel for IPrintAsyncNotifyCallback
      And "driver" closes its channel without a reason
      And "driver" releases its channel
      Then the spooler holds 0 channel objects

    @needs-channel-objects
    Scenario: A granted query adds a reference that keeps the channel object alive until released
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" queries its channel for IUnknown
      And "driver" closes its channel without a reason
      And "driver" releases its channel
      Then the spooler holds 1 channel object
      When "driver" releases its channel
      Then the spooler holds 0 channel objects

    # Parties at once: the opener's threads query and add references together, as a channel shared
    # by its threads and the spooler's is (REQ-SPOOL-CHAN-021's scenario of four threads). Each
    # granted query counts like an AddRef. (Blind round 20: a query that counted its reference
    # outside the channel's lock lost some of them to the AddRefs beside it.)
    @needs-channel-objects
    Scenario: Queries and AddRefs made from four threads at once each add a reference
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" adds references to its channel from 4 threads at once for 300 ms, half of the threads by QueryInterface for IUnknown
      And "driver" closes its channel without a reason
      And "driver" releases its channel as many times, from 4 threads at once
      Then the spooler holds 1 channel object
      When "driver" releases its channel
      Then the spooler holds 0 channel objects

  @REQ-SPOOL-CHAN-015 @behaviour @source-document
  Rule: A listener answering a notification sends through the channel it was given
    Section: IPrintAsyncNotifyChannel Interface (the sender may be the opener or a listener that responds)

    Scenario: A listener's send on a bidirectional channel succeeds
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "print in colour?"
      Then "app" receives exactly "print in colour?"
      And "app" is given a channel to answer on
      When "app" answers "no" on the channel it was given
      Then the call returns S_OK (success, 0x00000000)
      And "driver" receives exactly "no"

  @REQ-SPOOL-CHAN-016 @behaviour @source-document
  Rule: SendNotification returns without waiting for listeners, and no listener runs on the sender's thread
    Section: IPrintAsyncNotifyChannel Interface (SendNotification behaves asynchronously)

    Scenario: A send returns while the listener is still busy with an earlier notification
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "app" holds every notification until it is let go
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "first"
      And "app" is busy with "first"
      And "driver" sends "second"
      Then the call returns S_OK (success, 0x00000000)
      And the send returned while "app" was still busy with "first"
      When "app" is let go
      Then "app" receives exactly "first" and "second"
      And no callback ran on a thread that called the spooler

  @REQ-SPOOL-CHAN-017 @may @untestable @source-document
  Rule: A successful send promises an attempt to deliver, not delivery
    Section: IPrintAsyncNotifyChannel Interface (no guarantee that any listener receives the notification)
    Untestable: on its own the statement permits every outcome after a successful send, including
    none, and no observation can contradict a permission. The kit reads it together with the
    overview (REQ-SPOOL-OVW-013, @ambiguous): a send that returned S_OK with listeners present is
    delivered once to each, and what this sentence leaves room for is a loss the send reports with a
    code other than S_OK. That narrowed reading is checked under REQ-SPOOL-OVW-013 and
    REQ-SPOOL-OVW-015; nothing is left here to check.

  @REQ-SPOOL-CHAN-018 @behaviour @ambiguous @source-document
  Rule: Either the opener or a listener can close the channel, and the other side is told
    Section: IPrintAsyncNotifyChannel Interface (the sender or a listener can call CloseChannel)
    Reading: the page says either side may close and that the other side learns of it through
    ChannelClosed; it does not list who else is told. The kit reads "the other side" as every
    party but the closer: the opener, and on a bidirectional channel each listener that holds a
    pointer, each told once; the closer, who knows, is not told. Being told names the channel:
    ChannelClosed passes the opener its own pointer, and a bidirectional listener the channel it
    was handed with its notifications (a unidirectional listener, handed none, is not judged on it).
    A party is a registration, not a callback object: one object registered twice is two listeners,
    each handed the channel with a pointer of its own, and a close through one of them tells the other.
    A channel has one closer: when two parties close it at the same moment, one close succeeds and
    the other fails as already closed, and the party whose close failed is told like any other.

    Scenario: The opener closes and the listener is told once
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "job started" and "app" has received it
      When "driver" closes its channel with reason "job done"
      Then the call returns S_OK (success, 0x00000000)
      And "app" is told the channel closed with reason "job done"
      And "driver" is not told the channel closed

    Scenario: A listener closes; the opener and the other listener are told once, the closer is not
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app2" is an application running as "alice" in session 2
      And "app" listens for "status" notifications on "Laser"
      And "app2" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "job started" and "app" has received it
      And "app2" is busy with "job started"
      When "app" closes the channel it was given with reason "cancelled by user"
      Then the call returns S_OK (success, 0x00000000)
      And "driver" is told the channel closed with reason "cancelled by user"
      And "app2" is told the channel closed with reason "cancelled by user"
      And "app" is not told the channel closed

    # A second party that shares the first one's callback object: the same object registered twice is
    # two listeners (each registration is handed the channel with a pointer of its own), so closing
    # through one of its pointers tells it once, through the other.
    Scenario: A callback object registered twice is told once when it closes through one of its two pointers
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "job started"
      Then "app" receives "job started" twice, through two different pointers
      When "app" closes the channel it was given with reason "cancelled by user"
      Then the call returns S_OK (success, 0x00000000)
      And "driver" is told the channel closed with reason "cancelled by user"
      And "app" is told the channel closed with reason "cancelled by user"
      And "app" was told through the other pointer, not the one it closed

    # State changed while the channel stayed open: the listener unregistered after it was handed the
    # channel. It still holds that pointer, so it is a party: told of the close like any other, and
    # released on its behalf, so the opener's Release frees the channel.
    @needs-channel-objects
    Scenario: A listener that unregistered after it was handed the channel is still told it closed
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "duplex?" and "app" has received it
      When "app" unregisters
      And "driver" closes its channel without a reason
      Then "app" is told the channel closed without a reason
      When "driver" releases its channel
      Then the spooler holds 0 channel objects

    # Two parties at once, while the channel is busy: the opener keeps sending (each send holds the
    # channel while it fans out to 200 more listeners) while it and a listener close the channel at the
    # same moment, on ten channels in turn. Whichever close comes second waited for the channel and
    # must find it closed (as REQ-SPOOL-CHAN-024 says of the opener's), and that party is the other
    # side: it is told, the closer is not. Blind rounds 8 and 11 both wrote a CloseChannel that looks
    # at "closed" before it takes the channel's lock, so both closers succeed.
    Scenario: The opener and a listener close at the same moment while the opener keeps sending: one close succeeds, the other fails as already closed
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And 200 more applications running as "alice" in session 2 listen for "status" notifications on "Laser", on callbacks that only count
      When 10 times in turn, "driver" opens a bidirectional channel on "Laser" for "status" notifications to all users, "app" is handed it with a first notification, and both close it at the same moment while "driver" keeps sending on it
      Then each time one of the two closes returned S_OK and the other CHANNEL_ALREADY_CLOSED (error, 0x80040008), or the listener CHANNEL_CLOSED_BY_SERVER (error, 0x80040001)
      And each time the sends made while the closes were under way returned S_OK or a failure, and none succeeded after one had failed with CHANNEL_ALREADY_CLOSED
      And each time every send made after both closes had returned failed with CHANNEL_ALREADY_CLOSED
      And each time, of "driver" and "app", the one whose close failed was told the channel closed once, and the other was not told
      And each time each of the listeners that only count was told the channel closed once

  @REQ-SPOOL-CHAN-019 @behaviour @source-document
  Rule: The reason given to CloseChannel is what the other side is told, and no reason means none
    Section: IPrintAsyncNotifyChannel Interface (CloseChannel takes a reason notification or NULL)

    Scenario Outline: Closing a bidirectional channel <how> tells the listener <told>
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "job started" and "app" has received it
      When "driver" closes its channel <how>
      Then the call returns S_OK (success, 0x00000000)
      And "app" is told the channel closed <told>

      # An empty reason is a reason, not none.
      Examples:
        | how                      | told                     |
        | with reason "paper out"  | with reason "paper out"  |
        | with reason ""           | with reason ""           |
        | without a reason         | without a reason         |

  @REQ-SPOOL-CHAN-020 @behaviour @ambiguous @source-document
  Rule: Closing a channel discards the notifications still queued on it, and nothing follows the closed event
    Section: IPrintAsyncNotifyChannel Interface (queued notifications are discarded when the channel closes)
    Reading: "discarded" is read as never delivered to anyone, at any later time; the close is the
    last thing the other side is told. What a send after the close returns is not this page's
    business; REQ-SPOOL-CHAN-032 takes it from the related page.

    Scenario Outline: Notifications queued behind a busy listener are dropped by the close of a <style> channel
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "app" holds every notification until it is let go
      And "driver" has opened a <style> channel on "Laser" for "status" notifications to all users
      When "driver" sends "n1"
      And "app" is busy with "n1"
      And "driver" sends "n2"
      And "driver" sends "n3"
      And "driver" sends "n4"
      And "driver" closes its channel with reason "shutting down"
      And "app" is let go
      Then "app" is told the channel closed with reason "shutting down"<or not>
      And "app" receives exactly "n1"

      # A unidirectional listener may or may not be told of the close (REQ-SPOOL-CHAN-035); what was
      # queued behind its busy callback is discarded all the same.
      Examples:
        | style          | or not                   |
        | bidirectional  |                          |
        | unidirectional | , or is not told at all  |

    Scenario: Answers queued for a busy opener are dropped when the listener closes
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" holds every notification until it is let go
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "question" and "app" has received it
      When "app" answers "a1" on the channel it was given
      And "driver" is busy with "a1"
      And "app" answers "a2" on the channel it was given
      And "app" answers "a3" on the channel it was given
      And "app" closes the channel it was given with reason "enough"
      And "driver" is let go
      Then "driver" is told the channel closed with reason "enough"
      And "driver" receives exactly "a1"

  @REQ-SPOOL-CHAN-021 @caller-obligation @source-document
  Rule: An explicit AddRef is matched by one Release, and the pair leaves the channel as it was
    Section: IPrintAsyncNotifyChannel Interface, calling Release (first condition: an explicit AddRef)

    Scenario: AddRef then Release leaves the channel open and usable
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" adds a reference to its channel
      And "driver" releases its channel
      And "driver" sends "still here"
      Then the call returns S_OK (success, 0x00000000)
      And "app" receives exactly "still here"

    @needs-channel-objects
    Scenario: The channel object outlives the opener's own Release while an added reference remains
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" adds a reference to its channel
      And "driver" closes its channel without a reason
      And "driver" releases its channel
      Then the spooler holds 1 channel object
      When "driver" releases its channel
      Then the spooler holds 0 channel objects

    # Another party as the closer: a listener holding a reference it added. Its close takes none of
    # its references; its two Releases free the channel, the second and not the first.
    @needs-channel-objects
    Scenario: A listener that added a reference and then closes keeps both until its two Releases
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "job started" and "app" has received it
      When "app" adds a reference to the channel it was given
      And "app" closes the channel it was given with reason "done"
      And "driver" is told the channel closed with reason "done"
      And "app" releases the channel it was given
      Then the spooler holds 1 channel object
      When "app" releases the channel it was given
      Then the spooler holds 0 channel objects

    # The moment varied: the reference added after a successful close, which the closer still holds.
    @needs-channel-objects
    Scenario: A reference added after the opener's own close is matched by one Release
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" closes its channel without a reason
      And "driver" adds a reference to its channel
      And "driver" releases its channel
      Then the spooler holds 1 channel object
      When "driver" releases its channel
      Then the spooler holds 0 channel objects

    # Parties at once: the channel is shared by the opener's threads and the spooler's, so its
    # count changes from several threads together. Each AddRef and each Release counts: the
    # channel lives exactly until the last of them (COM's rule for an object used from several
    # threads; the kit's reading in docs/spooler-readings.md).
    @needs-channel-objects
    Scenario: References added and released from four threads at once each count
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      When "driver" adds references to its channel from 4 threads at once for 30 ms
      And "driver" closes its channel without a reason
      And "driver" releases its channel as many times, from 4 threads at once
      Then the spooler holds 1 channel object
      When "driver" releases its channel
      Then the spooler holds 0 channel objects

  @REQ-SPOOL-CHAN-022 @caller-obligation @source-document
  Rule: The opener of a unidirectional channel releases its pointer once after closing, and the spooler keeps the channel until then
    Section: IPrintAsyncNotifyChannel Interface, calling Release (second condition: a unidirectional channel)

    @needs-channel-objects
    Scenario: Closing does not free a unidirectional channel; the opener's single Release does
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "job started" and "app" has received it
      When "driver" closes its channel without a reason
      Then the call returns S_OK (success, 0x00000000)
      And the spooler holds 1 channel object
      When "driver" releases its channel
      Then the spooler holds 0 channel objects

  @REQ-SPOOL-CHAN-023 @caller-obligation @ambiguous @source-document
  Rule: The opener of a bidirectional channel releases only after its own CloseChannel succeeded, and that single Release frees the channel
    Section: IPrintAsyncNotifyChannel Interface, calling Release (third condition: a bidirectional channel)
    Reading: the page says the opener of a bidirectional channel "might" have to Release "only if"
    it does one of the listed things, but the listed items are prohibitions rather than
    conditions. The kit reads it as: release exactly once, after the opener's own CloseChannel
    returned success; then the spooler holds nothing more for the channel.

    @needs-channel-objects
    Scenario: A successful close followed by one Release frees a bidirectional channel
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "job started" and "app" has received it
      When "driver" closes its channel with reason "done"
      Then the call returns S_OK (success, 0x00000000)
      And "app" is told the channel closed with reason "done"
      And the spooler holds 1 channel object
      When "driver" releases its channel
      Then the spooler holds 0 channel objects

    # The moment varied: the close comes while the listener may still have the channel's first
    # notification waiting (behind another channel's, at its busy callback, when an implementation
    # hands a listener one notification at a time across channels; REQ-SPOOL-OVW-015 leaves that
    # open, so the listener may also have been handed it already). Either way the opener's close
    # and single Release free the channel: no pointer handed out after the close keeps it alive.
    @needs-channel-objects
    Scenario: A bidirectional channel closed while its first notification may wait at a busy listener is freed by the opener's Release
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "monitor" is a port monitor loaded by the spooler, running as "SYSTEM"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "app" holds every notification until it is let go
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      And "monitor" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "n1"
      And "app" is busy with "n1"
      And "monitor" sends "m1"
      And "monitor" closes its channel without a reason
      And "app" is let go
      And "monitor" releases its channel
      And "driver" closes its channel without a reason
      And "driver" releases its channel
      Then the spooler holds 0 channel objects

  @REQ-SPOOL-CHAN-024 @behaviour @ambiguous @source-document
  Rule: When a listener has closed a bidirectional channel, the opener's CloseChannel fails as already closed and the channel is released on the opener's behalf
    Section: IPrintAsyncNotifyChannel Interface, calling Release (do not Release after a failed CloseChannel)
    Reading: the page says the channel "might" already have been released on the opener's
    behalf when its CloseChannel fails. The kit reads the "might" as the race of who closes first:
    once the close fails as already closed, the spooler does release the opener's pointer, and
    the opener's not releasing leaves no channel object behind.
    The opener may only call the channel until its ChannelClosed callback has returned
    (REQ-SPOOL-CHAN-026), so these scenarios make the opener's close before it has been told:
    its callback is still busy with the listener's earlier answer.

    Scenario: The opener's close fails with CHANNEL_ALREADY_CLOSED before it has been told
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" holds every notification until it is let go
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "job started" and "app" has received it
      When "app" answers "wait" on the channel it was given
      And "driver" is busy with "wait"
      And "app" closes the channel it was given with reason "not interested"
      And "driver" closes its channel without a reason
      Then the call returns CHANNEL_ALREADY_CLOSED (error, 0x80040008)
      When "driver" is let go
      Then "driver" is told the channel closed with reason "not interested"

    @needs-channel-objects
    Scenario: The opener does not release after its failed close, and the channel is freed all the same
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" holds every notification until it is let go
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "job started" and "app" has received it
      When "app" answers "wait" on the channel it was given
      And "driver" is busy with "wait"
      And "app" closes the channel it was given with reason "not interested"
      And "app" releases the channel it was given
      And "driver" closes its channel without a reason
      Then the call returns CHANNEL_ALREADY_CLOSED (error, 0x80040008)
      When "driver" is let go
      Then "driver" is told the channel closed with reason "not interested"
      And the spooler holds 0 channel objects

    # A value not usually picked: an opener without a callback is never told, so nothing waits for a
    # ChannelClosed of its own before its pointer is released on its behalf.
    @needs-channel-objects
    Scenario: An opener without a callback, whose listener closed: its close fails, and the channel is freed without its Release
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users, without a callback
      And "driver" has sent "job started" and "app" has received it
      When "app" closes the channel it was given with reason "not interested"
      And "app" releases the channel it was given
      And "driver" closes its channel without a reason
      Then the call returns CHANNEL_ALREADY_CLOSED (error, 0x80040008)
      And the spooler holds 0 channel objects

    # The same while the listener still holds its pointer, so the channel is not freed and the
    # opener's close reaches the closed channel itself: an opener released on its behalf is told
    # the channel is closed, not that a listener released it (blind round 13 moved the released
    # check ahead of the closed one, and the scenario above, whose channel is freed by then, passed).
    @needs-channel-objects
    Scenario: An opener without a callback closes after a listener closed but still holds its pointer: already closed, and freed once the listener releases
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users, without a callback
      And "driver" has sent "job started" and "app" has received it
      When "app" closes the channel it was given with reason "not interested"
      And "driver" closes its channel without a reason
      Then the call returns CHANNEL_ALREADY_CLOSED (error, 0x80040008)
      And the spooler holds 1 channel object
      When "app" releases the channel it was given
      Then the spooler holds 0 channel objects

  @REQ-SPOOL-CHAN-025 @behaviour @ambiguous @source-document
  Rule: While the opener's ChannelClosed callback runs, its pointer stays valid, a CloseChannel fails as already closed, and the spooler releases the pointer only after the callback
    Section: IPrintAsyncNotifyChannel Interface, calling Release (do not Release while entering ChannelClosed)
    Reading: the page tells the opener to detect this race by a CloseChannel failing with
    CHANNEL_ALREADY_CLOSED, and in the next item forbids calling CloseChannel once the ChannelClosed
    callback has finished. The kit reads the two together: a CloseChannel made while the opener's
    ChannelClosed callback is still running must fail with CHANNEL_ALREADY_CLOSED, and the
    spooler releases the opener's pointer once that callback returns. The kit never calls the
    channel after the callback has returned.

    @needs-channel-objects
    Scenario: The opener closes while its ChannelClosed callback is still running
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" holds every notification until it is let go
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "job started" and "app" has received it
      When "app" closes the channel it was given with reason "bye"
      And "app" releases the channel it was given
      And "driver" is busy with the channel closing
      And "driver" closes its channel without a reason
      Then the call returns CHANNEL_ALREADY_CLOSED (error, 0x80040008)
      And the spooler holds 1 channel object
      When "driver" is let go
      Then the spooler holds 0 channel objects

  @REQ-SPOOL-CHAN-026 @caller-obligation @untestable @source-document
  Rule: No member of the channel is called once the ChannelClosed callback has returned
    Section: IPrintAsyncNotifyChannel Interface, calling Release (no calls after ChannelClosed has finished)
    Untestable: the document leaves the outcome of such a call undefined, so no result of the
    implementation can be judged. The kit obeys it: its channel client refuses any call through a
    pointer after that pointer's ChannelClosed callback returned (unit-tested in
    notifytck.kit.spooler.ChannelClientTest).

  @REQ-SPOOL-CHAN-027 @caller-obligation @untestable @source-document
  Rule: The opener's foreground thread and its callback agree, atomically, on which of them closes and releases
    Section: IPrintAsyncNotifyChannel Interface, calling Release (coordinate CloseChannel and Release, e.g. with InterlockedCompareExchange)
    Untestable: a caller that fails to coordinate gets undefined behaviour, which no result can
    judge. The kit obeys it: its channel client claims the close with a compare-and-set so only
    one of the foreground and the callback closes and releases (unit-tested in
    notifytck.kit.spooler.ChannelClientTest).

  @REQ-SPOOL-CHAN-028 @may @source-document
  Rule: A listener may close and release the channel from inside OnEventNotify to end the conversation
    Section: IPrintAsyncNotifyChannel Interface, calling Release (a listener may CloseChannel then Release in OnEventNotify)

    Scenario: Closing and releasing inside OnEventNotify succeeds and the opener is told
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "app" answers every notification by closing the channel with reason "got it" and releasing it
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "job 7 printed"
      Then "app" closed the channel from inside its callback with S_OK (success, 0x00000000)
      And "driver" is told the channel closed with reason "got it"
      And "app" receives exactly "job 7 printed"

    @needs-channel-objects
    Scenario: After the listener ends the conversation the channel is freed without the opener's Release
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "app" answers every notification by closing the channel with reason "got it" and releasing it
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "job 7 printed"
      Then "driver" is told the channel closed with reason "got it"
      And the spooler holds 0 channel objects

  @REQ-SPOOL-CHAN-029 @caller-obligation @untestable @source-document
  Rule: A listener does not close or release the channel from inside its ChannelClosed callback
    Section: IPrintAsyncNotifyChannel Interface, calling Release (no CloseChannel or Release in ChannelClosed)
    Untestable: the consequence is left undefined by the document. The kit's callbacks never call
    the channel from ChannelClosed (enforced by its channel client, unit-tested in
    notifytck.kit.spooler.ChannelClientTest).

  @REQ-SPOOL-CHAN-030 @caller-obligation @untestable @source-document
  Rule: A caller releases the channel exactly when one of the listed conditions holds, and never otherwise
    Section: IPrintAsyncNotifyChannel Interface, calling Release (if a condition is met you must Release; otherwise you must not)
    Untestable: breaking it is the caller's fault and its outcome (a leak or a double release) is
    not specified. The implementation's side of each condition is checked by REQ-SPOOL-CHAN-021
    to REQ-SPOOL-CHAN-025 and REQ-SPOOL-CHAN-028.

  @REQ-SPOOL-CHAN-031 @behaviour @untestable @source-document
  Rule: Releasing the channel pointer after closing is a departure from ordinary COM practice
    Section: IPrintAsyncNotifyChannel Interface (Note on Release and COM programming patterns)
    Untestable: an explanatory note with no behaviour of its own; the behaviour it explains is
    checked by REQ-SPOOL-CHAN-022 to REQ-SPOOL-CHAN-024.

  @REQ-SPOOL-CHAN-032 @behaviour @ambiguous @source-related
  Rule: A send on a closed channel fails with CHANNEL_ALREADY_CLOSED and delivers nothing
    Section: IPrintAsyncNotifyChannel Interface (after the channel is closed)
    Source: the WDK page "Notification Errors" (print spooler notification), which lists
    CHANNEL_ALREADY_CLOSED (prnasnot.h PrintAsyncNotifyError 0x08) as what SendNotification
    returns on a bidirectional channel already closed. The kit judges the code part and the error
    severity, not the facility (prnasnot.h defines only the code).
    Reading: the same page also names, for a listener's call, who closed the channel before it:
    CHANNEL_CLOSED_BY_SERVER (0x01, the spooler-hosted component), CHANNEL_CLOSED_BY_ANOTHER_LISTENER
    (0x02) and CHANNEL_CLOSED_BY_SAME_LISTENER (0x03, the caller itself). A listener's send may
    fail with CHANNEL_ALREADY_CLOSED or with the one of these that fits; the opener's send fails
    with CHANNEL_ALREADY_CLOSED, as "Notification Channel" says of its calls.

    Scenario: After the close, sending on the channel delivers nothing and fails
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "job started" and "app" has received it
      When "driver" closes its channel without a reason
      And "driver" sends "too late"
      Then the call returns CHANNEL_ALREADY_CLOSED (error, 0x80040008)
      And "app" receives exactly "job started"

    # A second party as the sender: the listener closed the channel itself and has not released the
    # pointer it was handed, so the pointer is still its own to call; the channel behind it is closed.
    Scenario: A listener that closed the channel cannot answer on the pointer it still holds
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "job started" and "app" has received it
      When "app" closes the channel it was given with reason "enough"
      Then the call returns S_OK (success, 0x00000000)
      When "app" answers "too late" on the channel it was given
      Then the call returns CHANNEL_ALREADY_CLOSED (error, 0x80040008) or CHANNEL_CLOSED_BY_SAME_LISTENER (error, 0x80040003)
      And "driver" is told the channel closed with reason "enough"
      And "driver" receives nothing

    # State changed while the listener's callback ran: the opener closed meanwhile. The listener's
    # pointer is still held (its ChannelClosed waits behind the running callback), but its answer
    # meets a closed channel.
    Scenario: A listener busy with a notification when the opener closes cannot answer it
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "app" holds every notification until it is let go
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "question"
      And "app" is busy with "question"
      And "driver" closes its channel with reason "bye"
      And "app" answers "too late" on the channel it was given
      Then the call returns CHANNEL_ALREADY_CLOSED (error, 0x80040008) or CHANNEL_CLOSED_BY_SERVER (error, 0x80040001)
      When "app" is let go
      Then "app" is told the channel closed with reason "bye"
      And "driver" receives nothing

    # A second listener as the closer: the first is still busy with a notification (so its ChannelClosed
    # waits behind it) when another listener closes the channel, and then answers on its own pointer.
    Scenario: A listener busy with a notification when another listener closes cannot answer it
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "desk" is an application running as "alice" in session 2
      And "app" listens for "status" notifications on "Laser"
      And "desk" listens for "status" notifications on "Laser"
      And "app" holds every notification until it is let go
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      When "driver" sends "question"
      And "app" is busy with "question"
      Then "desk" receives exactly "question"
      When "desk" closes the channel it was given with reason "mine"
      Then the call returns S_OK (success, 0x00000000)
      When "app" answers "too late" on the channel it was given
      Then the call returns CHANNEL_ALREADY_CLOSED (error, 0x80040008) or CHANNEL_CLOSED_BY_ANOTHER_LISTENER (error, 0x80040002)
      When "app" is let go
      Then "app" is told the channel closed with reason "mine"
      And "driver" is told the channel closed with reason "mine"
      And "driver" receives nothing

    Scenario: After the listener closed, the opener's send delivers nothing and fails
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" holds every notification until it is let go
      And "driver" has opened a bidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "job started" and "app" has received it
      When "app" answers "wait" on the channel it was given
      And "driver" is busy with "wait"
      And "app" closes the channel it was given with reason "done"
      And "driver" sends "too late"
      Then the call returns CHANNEL_ALREADY_CLOSED (error, 0x80040008)
      When "driver" is let go
      Then "driver" is told the channel closed with reason "done"
      And "app" receives exactly "job started"

  @REQ-SPOOL-CHAN-033 @may @untestable @source-document
  Rule: IPrintAsyncNotifyChannel derives from IUnknown so that the clients of spooler notification may build on it with COM or with plain C++
    Section: IPrintAsyncNotifyChannel Interface (inherits from IUnknown: either a COM or a C++ object)
    Untestable: the page gives the reason for the interface's base, a choice left to the clients
    of the mechanism. Through the kit's adapter a client is the kit, in Java, and nothing the
    spooler does tells a COM client from a C++ one, so there is no outcome to judge. What the
    channel's IUnknown methods do is checked by REQ-SPOOL-CHAN-014 and REQ-SPOOL-CHAN-021.

  @REQ-SPOOL-CHAN-034 @behaviour @untestable @source-document
  Rule: IPrintAsyncNotifyChannel's methods come in the declared order: the three IUnknown methods, then SendNotification, then CloseChannel
    Section: IPrintAsyncNotifyChannel Interface (the DECLARE_INTERFACE_ declaration)
    Untestable: the declaration fixes the binary layout of the interface's method table, which a C
    or C++ caller relies on when it calls through the pointer. The kit reaches an implementation
    through a language-neutral adapter that names each call, so the order of entries in a method
    table never shows; a binary-level test against the compiled object (for instance a C client
    built with prnasnot.h) would be needed, and that is outside a black-box kit.

  @REQ-SPOOL-CHAN-035 @behaviour @ambiguous @source-document
  Rule: A listener of a unidirectional channel may or may not be told that the channel closed; if it is, it is told the closer's reason, once, after its notifications
    Section: IPrintAsyncNotifyChannel Interface (CloseChannel's reason; the sender or a listener closes); Overview (a unidirectional listener receives only the notification)
    Reading: the documents do not settle it. CloseChannel's reason argument suggests that someone
    is told; "the listener client receives only the notification" on a unidirectional channel, with
    no channel to answer on, suggests a listener there is not. The kit accepts both: told once with
    the reason the closer gave, as its last event for that channel, or not told at all. On a
    bidirectional channel, where both readings agree, REQ-SPOOL-CHAN-019 requires it.

    Scenario Outline: A unidirectional listener, if told of the close, is told <told>
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "driver" has opened a unidirectional channel on "Laser" for "status" notifications to all users
      And "driver" has sent "job started" and "app" has received it
      When "driver" closes its channel <how>
      Then the call returns S_OK (success, 0x00000000)
      And "app" is told the channel closed <told>, or is not told at all
      And "app" receives exactly "job started"

      Examples:
        | how                      | told                     |
        | with reason "paper out"  | with reason "paper out"  |
        | without a reason         | without a reason         |

  @REQ-SPOOL-CHAN-036 @behaviour @ambiguous @source-document
  Rule: A channel asked for on a printer or server that does not exist is refused, and nothing is left behind
    Section: Notification Channel (step 1: the printer or server the channel belongs to)
    Reading: the page ties every channel to a printer or a server and does not say what happens
    when the name names neither. The kit reads it as a call that fails: it hands back no pointer,
    no channel object stays, and no listener of another printer hears anything. Which error it
    returns is not judged (the reference answers ERROR_INVALID_PRINTER_NAME as an HRESULT).

    Scenario Outline: A channel on an unknown <what> fails, and the driver then opens one on a real printer that delivers once
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "app" listens for "status" notifications on "\\<local server>"
      When "driver" opens a unidirectional channel on "<name>" for "status" notifications to all users
      Then the call fails and hands back no channel pointer
      When "driver" opens a unidirectional channel on "Laser" for "status" notifications to all users
      And "driver" sends "after the refusal"
      Then "app" receives exactly "after the refusal"

      Examples:
        | what    | name          |
        | printer | NoSuchPrinter |
        | server  | \\NOSUCHSRV   |

    @needs-channel-objects
    Scenario Outline: A channel on an unknown <what> fails and leaves no channel object
      Given "driver" is a printer driver loaded by the spooler, running as "alice"
      And "app" is an application running as "alice" in session 1
      And "app" listens for "status" notifications on "Laser"
      And "app" listens for "status" notifications on "\\<local server>"
      When "driver" opens a unidirectional channel on "<name>" for "status" notifications to all users
      Then the call fails and hands back no channel pointer
      And the spooler holds 0 channel objects
      And "app" receives nothing

      Examples:
        | what    | name          |
        | printer | NoSuchPrinter |
        | server  | \\NOSUCHSRV   |

