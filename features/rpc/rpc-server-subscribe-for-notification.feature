@rpc @rpc-server-subscribe-for-notification
Feature: RpcServerSubscribeForNotification function
  Document: "RpcServerSubscribeForNotification function" (Win32 RPC, rpcasync.h).
  Requirement IDs: REQ-RPC-NOTIFY-nnn. Readings the kit takes: docs/rpc-readings.md. Statements
  the document qualifies with a Windows version are Rules that say so in their title and carry the
  tag platform-<version>: they are judged for an implementation that claims that version or none,
  and are not applicable to one that claims another.

  @REQ-RPC-NOTIFY-001 @behaviour @ambiguous @source-document @platform-windows-vista
  Rule: On Windows Vista, a Notification other than client disconnect, call cancel or both is refused with RPC_S_CANNOT_SUPPORT, and subscribes nothing
    Section: Parameters (Notification: Windows Vista)
    Reading: "any other value" is read to include 0 (RpcNotificationCallNone), the empty
    combination, which names no notification the runtime could deliver. A real implementation
    makes the same choice: the Wine fork named in docs/rpc-readings.md refuses 0 with RPC_S_CANNOT_SUPPORT (1764).

    Scenario Outline: Notification <bits> is refused
      Given a synchronous call "c1" is in progress
      When the server subscribes for <bits> on "c1" by callback
      Then the call returns RPC_S_CANNOT_SUPPORT (1764)
      When the client cancels "c1"
      And the client disconnects from "c1"
      Then "c1" has been notified of nothing

      Examples:
        | bits                                     |
        | no notification                          |
        | notification bits 4                      |
        | call cancel and notification bits 4      |
        | notification bits 256                    |

    Scenario Outline: Notification <bits> is accepted with a method that carries the type
      Given a synchronous call "c1" is in progress
      When the server subscribes for <bits> on "c1" by callback
      Then the call returns RPC_S_OK (0)

      Examples:
        | bits                              |
        | client disconnect                 |
        | call cancel                       |
        | client disconnect and call cancel |

  @REQ-RPC-NOTIFY-002 @behaviour @source-document @platform-windows-vista
  Rule: On Windows Vista, the notification method RpcNotificationTypeNone is refused with RPC_S_INVALID_ARG
    Section: Parameters (NotificationType: Windows Vista; the table: None is not allowed)

    Scenario: Method None is refused and subscribes nothing
      Given a synchronous call "c1" is in progress
      When the server subscribes for call cancel on "c1" by no method
      Then the call returns RPC_S_INVALID_ARG (87)
      When the client cancels "c1"
      Then "c1" has been notified of nothing

  @REQ-RPC-NOTIFY-003 @caller-obligation @ambiguous @source-document
  Rule: The event method takes one notification per subscription: both at once are refused and subscribe nothing, and two subscriptions with two events each get their own
    Section: Remarks (for events, two separate calls are required)
    Reading: the document says two calls are needed for events, without saying what happens to one
    call asking for both. The kit reads it as a call the runtime refuses and that subscribes nothing,
    whatever RPC_S_ error it names: no page names the code. The Wine fork named in docs/rpc-readings.md refuses it with
    RPC_S_INVALID_ARG (87), which the reference returns too. With two calls, each event object is
    signalled for its own notification only.

    Scenario: One event subscription for both notifications is refused
      Given a synchronous call "c1" is in progress
      When the server subscribes for client disconnect and call cancel on "c1" by event "e"
      Then the call fails with an RPC_S_ status other than RPC_S_OK
      When the client cancels "c1"
      And the client disconnects from "c1"
      Then event "e" has not been signalled

    Scenario: Two event subscriptions, one per notification, each signal their own event
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by event "on-cancel"
      And the server has subscribed for client disconnect on "c1" by event "on-disconnect"
      When the client cancels "c1"
      Then event "on-cancel" has been signalled once
      And event "on-disconnect" has not been signalled
      When the client disconnects from "c1"
      Then event "on-disconnect" has been signalled once
      And event "on-cancel" has been signalled once

  @REQ-RPC-NOTIFY-004 @behaviour @ambiguous @source-document
  Rule: A method other than the event method subscribes to both notifications with one call, and each notification reaches it
    Section: Remarks (any method other than events can subscribe to both with a single call)
    Reading: "each notification is communicated" promises both, not their order; a runtime may
    report the disconnect that follows a cancel first, so the kit accepts either order. A
    completion packet carries no kind, and the page communicates a notification only where the
    method permits it, so for the completion port one packet or two are accepted.

    Scenario Outline: One <method> subscription reports a cancel and a disconnect of the same call
      Given a synchronous call "c1" is in progress
      And the server has subscribed for client disconnect and call cancel on "c1" by <method>
      When the client cancels "c1"
      And the client disconnects from "c1"
      Then "c1" has been notified of <seen>

      Examples:
        | method     | seen                                            |
        | APC        | RpcClientCancel and RpcClientDisconnect, in either order, by APC |
        | callback   | RpcClientCancel and RpcClientDisconnect, in either order, by callback |
        | completion port | one or two completion packets              |

    # State changing while a notification is due: the disconnect waits behind a busy APC routine on
    # the same thread when the server leaves call cancel. Leaving one kind keeps the other's.
    Scenario: A disconnect due behind a busy APC still arrives after the server unsubscribes from call cancel
      Given a synchronous call "c1" is in progress
      And a synchronous call "c2" is in progress
      And the server's APC and callback routines hold every notification until they are let go
      And the server has subscribed for call cancel on "c1" by APC to thread "t"
      And the server has subscribed for client disconnect and call cancel on "c2" by APC to thread "t"
      When the client cancels "c1"
      And the server's routine is busy with a notification for "c1"
      And the client disconnects from "c2"
      And the server unsubscribes from call cancel on "c2"
      And the server's routines are let go
      Then "c2" has been notified of RpcClientDisconnect by APC on thread "t"

  @REQ-RPC-NOTIFY-005 @behaviour @source-document
  Rule: The event method signals the event object and carries no notification type
    Section: Remarks (table: RpcNotificationTypeEvent, the type is not available)

    Scenario: A cancel sets the event once
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by event "e"
      When the client cancels "c1"
      Then event "e" has been signalled once

  @REQ-RPC-NOTIFY-006 @behaviour @source-document
  Rule: The APC method runs the APC routine on the thread the server named, with the notification type in its Event parameter
    Section: Remarks (table: RpcNotificationTypeApc, the type is in the APC function's Event parameter)

    Scenario Outline: A <what> runs the APC with <event> on the named thread
      Given a synchronous call "c1" is in progress
      And the server has subscribed for client disconnect and call cancel on "c1" by APC to thread "alertable-1"
      When <what happens>
      Then "c1" has been notified of <event> by APC on thread "alertable-1"

      Examples:
        | what       | what happens                   | event               |
        | cancel     | the client cancels "c1"        | RpcClientCancel     |
        | disconnect | the client disconnects from "c1" | RpcClientDisconnect |

    # A second party on the same thread: another call's APC, to the thread whose routine is still busy
    # with the first call's. One thread runs one routine at a time (an APC is queued to the thread and
    # runs when the thread is free to take it: QueueUserAPC, Win32), so the second waits its turn.
    Scenario: Two calls' APCs to one thread run one after the other
      Given a synchronous call "c1" is in progress
      And a synchronous call "c2" is in progress
      And the server's APC and callback routines hold every notification until they are let go
      And the server has subscribed for call cancel on "c1" by APC to thread "t"
      And the server has subscribed for call cancel on "c2" by APC to thread "t"
      When the client cancels "c1"
      And the server's routine is busy with a notification for "c1"
      And the client cancels "c2"
      Then "c2" is not notified while the server's routine is busy with "c1"
      When the server's routines are let go
      Then "c2" has been notified of RpcClientCancel by APC on thread "t"

    # The second party is the call's other kind: one subscription for both kinds by APC to one
    # thread. The disconnect comes while the routine is still busy with the cancel, so it is queued
    # to the same thread and waits its turn, as another call's would.
    Scenario: A call's disconnect APC waits while its cancel APC is still running on the same thread
      Given a synchronous call "c1" is in progress
      And the server's APC and callback routines hold every notification until they are let go
      And the server has subscribed for client disconnect and call cancel on "c1" by APC to thread "t"
      When the client cancels "c1"
      And the server's routine is busy with a notification for "c1"
      And the client disconnects from "c1"
      Then "c1" is notified of nothing more while the server's routine is busy with it
      When the server's routines are let go
      Then "c1" has been notified of RpcClientCancel then RpcClientDisconnect by APC

  @REQ-RPC-NOTIFY-007 @behaviour @source-document
  Rule: The completion port method posts the packet the server described, without the notification type
    Section: Remarks (table: RpcNotificationTypeIoc, the type is not available)

    Scenario Outline: <A call> posts one packet with the bytes, key and overlapped given at subscription, on a <kind>
      Given <a call> "c1" is in progress
      And the server has subscribed for <kind> on "c1" by completion port with bytes <bytes>, key <key> and overlapped <overlapped>
      When the client <acts on> "c1"
      Then "c1" has been notified of one completion packet with bytes <bytes>, key <key> and overlapped <overlapped>

      Examples:
        | A call               | a call               | kind              | acts on          | bytes | key | overlapped |
        | A synchronous call   | a synchronous call   | call cancel       | cancels          | 12    | 77  | 4096       |
        | A synchronous call   | a synchronous call   | client disconnect | disconnects from | 0     | 78  | 8192       |
        | An asynchronous call | an asynchronous call | call cancel       | cancels          | 40    | 79  | 12288      |
        | An asynchronous call | an asynchronous call | client disconnect | disconnects from | 7     | 80  | 16384      |

      # Values never varied: a byte count with its top bit set (dwNumberOfBytesTransferred is a
      # DWORD), and a key and an OVERLAPPED pointer beyond 32 bits (both are pointer-sized). Each
      # arrives as the server gave it. (Blind round 20 clamped a count at or over 2^31 to 0.)
      Examples: values at and beyond 32 bits
        | A call               | a call               | kind              | acts on          | bytes      | key                  | overlapped          |
        | A synchronous call   | a synchronous call   | call cancel       | cancels          | 2147483648 | 4294967297           | 9223372036854775808 |
        | An asynchronous call | an asynchronous call | client disconnect | disconnects from | 4294967295 | 18446744073709551615 | 4096                |

  @REQ-RPC-NOTIFY-008 @behaviour @ambiguous @source-document
  Rule: The callback method calls the routine with the notification type, and with the binding handle of a synchronous call or the async handle of an asynchronous one
    Section: Parameters (NotificationInfo: RpcNotificationTypeCallback); Remarks (table: the type is in the callback's Event parameter)
    Reading: taken literally, the page makes the routine member itself hold a handle (the binding
    handle of a synchronous call, the async handle of an asynchronous one), which a function
    pointer cannot. The kit reads the handle as what RPC passes the routine when it calls it, as
    the Wine fork named in docs/rpc-readings.md does.

    Scenario Outline: <A call>'s routine gets its <handle> handle and <event>
      Given <a call> "c1" is in progress
      And the server has subscribed for <kind> on "c1" by callback
      When the client <acts on> "c1"
      Then "c1" has been notified of <event> by callback with its <handle> handle

      Examples:
        | A call               | a call               | kind              | acts on          | event               | handle  |
        | A synchronous call   | a synchronous call   | call cancel       | cancels          | RpcClientCancel     | binding |
        | A synchronous call   | a synchronous call   | client disconnect | disconnects from | RpcClientDisconnect | binding |
        | An asynchronous call | an asynchronous call | call cancel       | cancels          | RpcClientCancel     | async   |
        | An asynchronous call | an asynchronous call | client disconnect | disconnects from | RpcClientDisconnect | async   |

  @REQ-RPC-NOTIFY-009 @behaviour @untestable @source-document
  Rule: The table says what a method carries, not whether a subscription with it is allowed
    Section: Remarks (note on the table)
    Untestable: a statement about how to read the table, with no behaviour of its own. Which
    methods are allowed is checked by REQ-RPC-NOTIFY-002 and 003; what each carries by 005 to 008.

  @REQ-RPC-NOTIFY-010 @behaviour @source-document
  Rule: A subscription covers the one call it was made for; another call in progress is not notified
    Section: Remarks (the subscription applies for one RPC call only)

    Scenario: A call started after a subscribed one has ended is not covered by that subscription
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by callback
      When the server unsubscribes from call cancel on "c1"
      And the server completes "c1"
      And a synchronous call "c2" is in progress
      And the client cancels "c2"
      Then "c2" has been notified of nothing
      And "c1" has been notified of nothing

    Scenario: A call that starts while another is subscribed is not covered by that subscription
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by callback
      When a synchronous call "c2" is in progress
      And the client cancels "c2"
      Then "c2" has been notified of nothing
      And "c1" has been notified of nothing
      When the client cancels "c1"
      Then "c1" has been notified of RpcClientCancel by callback with its binding handle

    Scenario: Cancelling an unsubscribed second call notifies nothing for it
      Given a synchronous call "c1" is in progress
      And a synchronous call "c2" is in progress
      And the server has subscribed for call cancel on "c1" by callback
      When the client cancels "c2"
      Then "c2" has been notified of nothing
      And "c1" has been notified of nothing
      When the client cancels "c1"
      Then "c1" has been notified of RpcClientCancel by callback with its binding handle

    # A second party on the thread: another call's dispatch thread. The binding given names the
    # call; only a NULL binding stands for the call dispatched on the thread (REQ-RPC-NOTIFY-015).
    Scenario: On one call's dispatch thread, the binding of another call subscribes that other call
      Given a synchronous call "c1" is in progress
      And a synchronous call "c2" is in progress
      When the server subscribes for call cancel on "c2" from the dispatch thread of "c1" by callback
      Then the call returns RPC_S_OK (0)
      When the client cancels "c2"
      Then "c2" has been notified of RpcClientCancel by callback with its binding handle
      When the client cancels "c1"
      Then "c1" has been notified of nothing

  @REQ-RPC-NOTIFY-011 @caller-obligation @untestable @source-document
  Rule: No subscription is left when the server ends a call
    Section: Remarks (unsubscribe before the call is completed; otherwise results are undefined)
    Untestable: the document leaves the outcome undefined (the server may crash later), so no
    result can be judged. The kit obeys it: every scenario unsubscribes before it completes or
    aborts a call, and its client refuses to complete a call that still has a subscription
    (notifytck.kit.rpc.SubscriptionLedgerTest).

  @REQ-RPC-NOTIFY-012 @behaviour @ambiguous @source-document
  Rule: After the server unsubscribes, nothing more is delivered for that call, whether it goes on, completes or is aborted
    Section: Remarks (the server unsubscribes before the call completes, by returning, RpcAsyncCompleteCall or RpcAsyncAbortCall)
    Reading: what happens after the unsubscription is judged, not what was already under way: a
    notification whose cause came before the unsubscription may still arrive (the Wine fork named in docs/rpc-readings.md
    delivers one already in flight). The kit unsubscribes one kind at a time, as the
    RpcServerUnsubscribeForNotification page asks (a caller obligation from that related page).

    Scenario: Unsubscribing returns RPC_S_OK and a later cancel notifies nothing
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by callback
      When the server unsubscribes from call cancel on "c1"
      Then the call returns RPC_S_OK (0)
      When the client cancels "c1"
      Then "c1" has been notified of nothing

    Scenario: Unsubscribing from client disconnect ends that subscription too
      Given a synchronous call "c1" is in progress
      And the server has subscribed for client disconnect on "c1" by callback
      When the server unsubscribes from client disconnect on "c1"
      And the client disconnects from "c1"
      Then "c1" has been notified of nothing

    Scenario Outline: An asynchronous call ended by <ending> notifies nothing afterwards
      Given an asynchronous call "a1" is in progress
      And the server has subscribed for client disconnect and call cancel on "a1" by callback
      When the server unsubscribes from client disconnect on "a1"
      And the server unsubscribes from call cancel on "a1"
      And the server <ending> "a1"
      And the client disconnects from "a1"
      Then "a1" has been notified of nothing

      Examples:
        | ending    |
        | completes |
        | aborts    |

  @REQ-RPC-NOTIFY-013 @behaviour @source-document
  Rule: A notification kind the server left out of its subscription never reaches it
    Section: Remarks (not signalled for notifications it has not subscribed for)

    Scenario: Subscribed for cancel, a disconnect notifies nothing
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by APC to thread "alertable-1"
      When the client disconnects from "c1"
      Then "c1" has been notified of nothing

    Scenario: Subscribed for cancel by completion port, a disconnect posts no packet
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by completion port with bytes 1, key 2 and overlapped 3
      When the client disconnects from "c1"
      Then "c1" has been notified of nothing

    Scenario: Subscribed for disconnect, a cancel notifies nothing
      Given a synchronous call "c1" is in progress
      And the server has subscribed for client disconnect on "c1" by callback
      When the client cancels "c1"
      Then "c1" has been notified of nothing

  @REQ-RPC-NOTIFY-014 @behaviour @source-related
  Rule: After an event or a packet that says nothing of its kind, asking the runtime tells a cancel from a disconnect
    Section: Remarks (the server can call RPC server APIs to test for cancel or disconnect)
    Source: this page says only that the server can ask; what the answers are comes from the
    RpcServerTestCancel page (RPC_S_OK once the call is cancelled, RPC_S_CALL_IN_PROGRESS before;
    winerror.h 0 and 1791) and the RpcServerInqCallAttributes page (the disconnected status of
    RPC_CALL_ATTRIBUTES_V2).

    Scenario: After the event is signalled, RpcServerTestCancel reports the cancel
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by event "e"
      When the server tests "c1" for a cancel
      Then the call returns RPC_S_CALL_IN_PROGRESS (1791)
      When the client cancels "c1"
      Then event "e" has been signalled once
      When the server tests "c1" for a cancel
      Then the call returns RPC_S_OK (0)

    Scenario: After the packet, the call attributes report the disconnect
      Given a synchronous call "c1" is in progress
      And the server has subscribed for client disconnect on "c1" by completion port with bytes 0, key 5 and overlapped 0
      Then the server finds the client of "c1" connected
      When the client disconnects from "c1"
      Then "c1" has been notified of one completion packet with bytes 0, key 5 and overlapped 0
      And the server finds the client of "c1" disconnected

    # State changed while the notification waits: the cancel of "c2" is due behind a busy APC on the
    # same thread when the server unsubscribes, which may drop it (REQ-RPC-NOTIFY-026; the reference
    # does). Dropped or not, the cancel happened, and the runtime still reports it. (Blind round 20:
    # dropping the due notification cleared the call's cancelled state too.)
    Scenario: A cancel whose notification was still due when the server unsubscribed is still reported by RpcServerTestCancel
      Given a synchronous call "c1" is in progress
      And a synchronous call "c2" is in progress
      And the server's APC and callback routines hold every notification until they are let go
      And the server has subscribed for call cancel on "c1" by APC to thread "t"
      And the server has subscribed for call cancel on "c2" by APC to thread "t"
      When the client cancels "c1"
      And the server's routine is busy with a notification for "c1"
      And the client cancels "c2"
      And the server unsubscribes from call cancel on "c2"
      And the server tests "c2" for a cancel
      Then the call returns RPC_S_OK (0)
      When the server's routines are let go
      And the server tests "c2" for a cancel
      Then the call returns RPC_S_OK (0)

    # State changed while the notification waits, without an unsubscription: the cancel of "c2" is
    # due behind a busy APC on the same thread when the server asks. The runtime reports what the
    # client did, not what has been delivered. (Blind round 21: RpcServerTestCancel answered
    # RPC_S_CALL_IN_PROGRESS while the call's cancel notification was still due.)
    Scenario: A cancel whose notification is still due behind a busy APC is already reported by RpcServerTestCancel
      Given a synchronous call "c1" is in progress
      And a synchronous call "c2" is in progress
      And the server's APC and callback routines hold every notification until they are let go
      And the server has subscribed for call cancel on "c1" by APC to thread "t"
      And the server has subscribed for call cancel on "c2" by APC to thread "t"
      When the client cancels "c1"
      And the server's routine is busy with a notification for "c1"
      And the client cancels "c2"
      And the server tests "c2" for a cancel
      Then the call returns RPC_S_OK (0)
      When the server's routines are let go
      Then "c2" has been notified of RpcClientCancel by APC on thread "t"
      When the server unsubscribes from call cancel on "c1"
      And the server unsubscribes from call cancel on "c2"

    Scenario: A disconnect whose notification was still due when the server unsubscribed is still reported in the call attributes
      Given a synchronous call "c1" is in progress
      And a synchronous call "c2" is in progress
      And the server's APC and callback routines hold every notification until they are let go
      And the server has subscribed for call cancel on "c1" by APC to thread "t"
      And the server has subscribed for client disconnect on "c2" by APC to thread "t"
      When the client cancels "c1"
      And the server's routine is busy with a notification for "c1"
      And the client disconnects from "c2"
      And the server unsubscribes from client disconnect on "c2"
      Then the server finds the client of "c2" disconnected
      When the server's routines are let go
      Then the server finds the client of "c2" disconnected

  @REQ-RPC-NOTIFY-015 @may @source-document
  Rule: On the thread RPC dispatched the call on, the binding may be NULL, and it means that call
    Section: Parameters (Binding: NULL on the dispatch thread)

    Scenario: A NULL binding on the dispatch thread subscribes that call
      Given a synchronous call "c1" is in progress
      When the server subscribes for call cancel with a NULL binding on the dispatch thread of "c1" by callback
      Then the call returns RPC_S_OK (0)
      When the client cancels "c1"
      Then "c1" has been notified of RpcClientCancel by callback with its binding handle

    Scenario: With two calls in progress, a NULL binding means the one dispatched on that thread
      Given a synchronous call "c1" is in progress
      And a synchronous call "c2" is in progress
      When the server subscribes for call cancel with a NULL binding on the dispatch thread of "c1" by callback
      Then the call returns RPC_S_OK (0)
      When the client cancels "c2"
      Then "c2" has been notified of nothing
      When the client cancels "c1"
      Then "c1" has been notified of RpcClientCancel by callback with its binding handle

  @REQ-RPC-NOTIFY-016 @caller-obligation @ambiguous @source-document
  Rule: On any other thread the binding must be given: a NULL binding there is refused and subscribes nothing
    Section: Parameters (Binding: otherwise an explicit binding handle must be passed)
    Reading: the document puts the duty on the caller and names no error for breaking it. The kit
    expects the call to fail with some RPC_S_ status other than RPC_S_OK and nothing to be
    subscribed; the reference answers RPC_S_NO_CALL_ACTIVE (1725), as the Wine fork named in docs/rpc-readings.md does.

    Scenario: A NULL binding on a worker thread is refused
      Given a synchronous call "c1" is in progress
      When the server subscribes for call cancel with a NULL binding on a worker thread by callback
      Then the call fails with an RPC_S_ status other than RPC_S_OK
      When the client cancels "c1"
      Then "c1" has been notified of nothing

    Scenario: The explicit binding on a worker thread is accepted
      Given a synchronous call "c1" is in progress
      When the server subscribes for call cancel on "c1" from a worker thread by callback
      Then the call returns RPC_S_OK (0)
      When the client cancels "c1"
      Then "c1" has been notified of RpcClientCancel by callback with its binding handle

  @REQ-RPC-NOTIFY-017 @behaviour @source-document
  Rule: RPC keeps its own copy of NotificationInfo: what the caller does to it after a successful call changes nothing
    Section: Parameters (NotificationInfo: RPC makes a copy; the caller can free or update it)

    Scenario: The server reuses its NotificationInfo for another event after subscribing
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by event "first"
      When the server overwrites the NotificationInfo it passed with event "second"
      And the client cancels "c1"
      Then event "first" has been signalled once
      And event "second" has not been signalled

    Scenario: The server reuses its NotificationInfo after subscribing by callback
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by callback
      When the server overwrites the NotificationInfo it passed with event "second"
      And the client cancels "c1"
      Then "c1" has been notified of RpcClientCancel by callback with its binding handle
      And event "second" has not been signalled

    # A second party: another call subscribed with the same union once the server has updated it.
    # Each copy is the union as it was when its own call subscribed: the first call's copy is not
    # handed to the second, nor the second's to the first.
    Scenario: The server updates its NotificationInfo and subscribes a second call with it
      Given a synchronous call "c1" is in progress
      And a synchronous call "c2" is in progress
      And the server has subscribed for call cancel on "c1" by event "first"
      When the server overwrites the NotificationInfo it passed with event "second"
      And the server subscribes for call cancel on "c2" by event, with the NotificationInfo it passed for "c1"
      Then the call returns RPC_S_OK (0)
      When the client cancels "c2"
      Then event "second" has been signalled once
      And event "first" has not been signalled
      When the client cancels "c1"
      Then event "first" has been signalled once
      And event "second" has been signalled once

    Scenario: The server frees its NotificationInfo after subscribing by APC
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by APC to thread "alertable-7"
      When the server frees the NotificationInfo it passed
      And the client cancels "c1"
      Then "c1" has been notified of RpcClientCancel by APC on thread "alertable-7"

    Scenario: The server frees its NotificationInfo after subscribing by completion port
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by completion port with bytes 3, key 9 and overlapped 64
      When the server frees the NotificationInfo it passed
      And the client cancels "c1"
      Then "c1" has been notified of one completion packet with bytes 3, key 9 and overlapped 64

  @REQ-RPC-NOTIFY-018 @behaviour @source-document
  Rule: Success is exactly RPC_S_OK
    Section: Return value

    Scenario: A valid subscription returns 0, not some other success-looking status
      Given an asynchronous call "a1" is in progress
      When the server subscribes for client disconnect on "a1" by completion port with bytes 1, key 1 and overlapped 1
      Then the call returns RPC_S_OK (0)

  @REQ-RPC-NOTIFY-019 @caller-obligation @untestable @source-document
  Rule: The server never overlaps two subscription calls, or a subscription and an unsubscription, on one binding handle
    Section: Remarks (the caller must synchronise the two calls on one binding handle; the same for two subscribing threads)
    Untestable: the document lists only undefined outcomes (lost or extra notifications, crashes)
    for a caller that does not. The kit serialises its own calls per binding handle.

  @REQ-RPC-NOTIFY-020 @behaviour @ambiguous @source-document
  Rule: Subscribing and unsubscribing from many threads at once is safe when each works on its own call
    Section: Remarks (calling both functions is thread safe)
    Reading: the paragraph before says simultaneous calls on the same binding handle are
    undefined, and this one says calling both "on the same binding handle is thread safe". The kit
    reads the second as thread safety across threads and calls, each thread on its own binding.

    Scenario: Twenty calls subscribed at once from twenty threads each hear only their own cancel
      Given 20 synchronous calls are in progress
      When the server subscribes for call cancel on each of them by callback, from 20 threads at once
      And the client cancels each of them
      Then each of them has been notified of RpcClientCancel by callback once, with its own binding handle

    Scenario: Twenty calls unsubscribed at once from twenty threads hear nothing afterwards
      Given 20 synchronous calls are in progress
      When the server subscribes for call cancel on each of them by callback, from 20 threads at once
      And the server unsubscribes from call cancel on each of them, from 20 threads at once
      And the client cancels each of them
      Then none of them has been notified of anything

    # Second parties that differ in a value: two threads subscribe at the very same moment, each on
    # a call of its own and each for the other kind. (Blind round 20: the kinds a subscription
    # names were worked out in one set shared by every thread, so one call could end up subscribed
    # for the other's kind, or for none.)
    @many-rounds
    Scenario: Two calls subscribed at the same moment for different kinds each hear their own kind once
      When 200 times in turn, two calls start and the server subscribes on both at the same moment by callback, for call cancel on the first and client disconnect on the second; then the client cancels and disconnects from both
      Then each of those calls was notified once, by callback with its binding handle, of the kind subscribed on it and of nothing else

  @REQ-RPC-NOTIFY-021 @behaviour @ambiguous @source-document
  Rule: A second cancel, or a second disconnect, of the same call adds no notification
    Section: Remarks (RPC notifies the server no more than once per call)
    Reading: "no more than once per call" could mean one notification in all or one per kind. Read
    with the statement that each subscribed notification is communicated, the kit takes it per
    kind: a second cancel, or a second disconnect, adds nothing. The Wine fork named in docs/rpc-readings.md counts it per kind too.

    Scenario: A client that cancels twice is reported once
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by callback
      When the client cancels "c1"
      And the client cancels "c1"
      Then "c1" has been notified of RpcClientCancel by callback with its binding handle

    # Two parties at once on each call: two client threads cancel (or disconnect from) every one of
    # 200 calls at nearly the same moment. (Blind round 1 wrote the once-per-call bookkeeping without
    # the call's lock: two cancels racing could both be told.) Both kinds, since each keeps its own
    # once-per-call mark.
    Scenario Outline: 200 calls each met by a <kind> from two client threads at once are each reported once
      Given 200 synchronous calls are in progress
      When the server subscribes for <kind> on each of them by callback, from 4 threads at once
      And the client <does> each of them from 2 threads at once, every thread doing so to every call
      Then each of them has been notified of <event> by callback once, with its own binding handle

      Examples:
        | kind              | does             | event               |
        | call cancel       | cancels          | RpcClientCancel     |
        | client disconnect | disconnects from | RpcClientDisconnect |

    Scenario: A disconnect that is seen twice signals the event once
      Given a synchronous call "c1" is in progress
      And the server has subscribed for client disconnect on "c1" by event "e"
      When the client disconnects from "c1"
      And the client disconnects from "c1"
      Then event "e" has been signalled once

  @REQ-RPC-NOTIFY-022 @caller-obligation @source-document
  Rule: A server watching several calls subscribes on each of them, and each subscription serves its own call
    Section: Remarks (a server monitoring more than one call subscribes for each call specifically)

    Scenario: Two calls, two subscriptions, each hears only its own cancel
      Given a synchronous call "c1" is in progress
      And a synchronous call "c2" is in progress
      And the server has subscribed for call cancel on "c1" by callback
      And the server has subscribed for call cancel on "c2" by callback
      When the client cancels "c2"
      Then "c2" has been notified of RpcClientCancel by callback with its binding handle
      And "c1" has been notified of nothing
      When the client cancels "c1"
      Then "c1" has been notified of RpcClientCancel by callback with its binding handle

  @REQ-RPC-NOTIFY-023 @behaviour @untestable @source-document
  Rule: The function exists from Windows Vista and Windows XP SP2 (client) and Windows Server 2008 and 2003 SP1 (server)
    Section: Requirements (minimum supported client and server)
    Untestable: platform availability, not behaviour an adapter can show. The kit models the
    Windows Vista behaviour the document describes (REQ-RPC-NOTIFY-001, 002).

  @REQ-RPC-NOTIFY-024 @behaviour @ambiguous @source-document
  Rule: A subscription made after the client already cancelled or disconnected is told of it at once or never, and at most once
    Section: Remarks (not signalled for what it has not subscribed for; no more than once per call)
    Reading: the document speaks of notifications for what happens while subscribed and does not
    say whether a subscription learns of a cancel or disconnect that came before it. Both answers
    are defensible: the Wine fork named in docs/rpc-readings.md notifies at once, the reference does not. The kit accepts either, and
    holds only the once-per-call limit.

    Scenario Outline: A subscription after the client <what> is told at most once
      Given a synchronous call "c1" is in progress
      When <what happens>
      And the server subscribes for <kind> on "c1" by callback
      Then the call returns RPC_S_OK (0)
      And "c1" has been notified of <event> by callback at most once, and of nothing else

      Examples:
        | what         | what happens                     | kind              | event               |
        | cancelled    | the client cancels "c1"          | call cancel       | RpcClientCancel     |
        | disconnected | the client disconnects from "c1" | client disconnect | RpcClientDisconnect |

  @REQ-RPC-NOTIFY-025 @behaviour @ambiguous @source-document
  Rule: A second subscription to a kind the call already holds is accepted or is refused as already registered, and the kind is told once in all
    Section: Remarks (no more than once per call)
    Reading: the document does not say what a second subscription for a kind already subscribed
    does. The Wine fork named in docs/rpc-readings.md refuses it with RPC_S_ALREADY_REGISTERED (1711) and keeps the first; another
    runtime may accept it. The kit accepts RPC_S_OK or RPC_S_ALREADY_REGISTERED. Accepted, the
    cancel is told once in all, to one of the two targets; refused, the refused subscription
    subscribed nothing, so its event stays quiet and the first target is told.

    Scenario: Subscribing again for call cancel by event, the cancel is told once, to one target
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by callback
      When the server subscribes for call cancel on "c1" by event "e"
      Then the call returns RPC_S_OK (0) or RPC_S_ALREADY_REGISTERED (1711)
      When the client cancels "c1"
      Then the cancel of "c1" has been told once in all, by the callback or by event "e"

    # The moment varied: the second subscription comes after the cancel was told. Accepted or
    # refused as above, it changes nothing for a call told once already: nothing more is told.
    Scenario: Subscribing again after the cancel was told tells it no second time
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by callback
      When the client cancels "c1"
      Then "c1" has been notified of RpcClientCancel by callback with its binding handle
      When the server subscribes for call cancel on "c1" by event "e"
      Then the call returns RPC_S_OK (0) or RPC_S_ALREADY_REGISTERED (1711)
      And the cancel of "c1" has been told once in all, by the callback or by event "e"

    # A value not usually picked: the second subscription asks for both kinds while one is held.
    # Accepted, it takes both; refused as already registered, it subscribed nothing, not even the
    # kind that was free (REQ-RPC-NOTIFY-001's "subscribes nothing" for a refused call).
    Scenario: Subscribing for both kinds while one is held takes the free kind only if it is accepted
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by APC to thread "t"
      When the server subscribes for client disconnect and call cancel on "c1" by callback
      Then the call returns RPC_S_OK (0) or RPC_S_ALREADY_REGISTERED (1711)
      When the client disconnects from "c1"
      Then "c1" has been notified of RpcClientDisconnect by callback once if that subscription was accepted, and of nothing if it was refused

    # State that changes while the cancel is due: it waits behind a busy APC routine on the same
    # thread when the server subscribes again. Accepted or refused, the cancel is told once in all,
    # by the APC or by the callback: the new subscription must not drop what the old one had due.
    Scenario: Subscribing again while the cancel waits behind a busy routine still tells it once
      Given a synchronous call "c1" is in progress
      And a synchronous call "c2" is in progress
      And the server's APC and callback routines hold every notification until they are let go
      And the server has subscribed for call cancel on "c1" by APC to thread "t"
      And the server has subscribed for call cancel on "c2" by APC to thread "t"
      When the client cancels "c1"
      And the server's routine is busy with a notification for "c1"
      And the client cancels "c2"
      And the server subscribes for call cancel on "c2" by callback
      Then the call returns RPC_S_OK (0) or RPC_S_ALREADY_REGISTERED (1711)
      When the server's routines are let go
      Then the cancel of "c2" has been told once in all, by APC or by callback


  @REQ-RPC-NOTIFY-026 @behaviour @ambiguous @source-related
  Rule: An unsubscribe reports in NotificationsQueued how many notifications were queued for the call; once all have arrived, that is how many the server received
    Section: Remarks (the server unsubscribes before the call completes)
    Source: the RpcServerUnsubscribeForNotification function page (rpcasync.h), parameter
    NotificationsQueued: the number of notifications the runtime queued for the call, which the
    server compares with the number it received to learn whether some may still be on their way.
    Reading: "queued for the call" is read as the kind being unsubscribed or as every kind of the
    call, and the kit accepts both; whether it counts from the call's start or from the kind's
    subscription is left open too (each scenario subscribes once, so the two agree). The kit reads
    the count only after everything due has arrived, so it must equal what the server received, no
    more and no fewer; a notification of a kind the server did not subscribe to was never queued,
    and one the unsubscription dropped will never come and was not. The model property judges the
    count after every unsubscription too.

    Scenario: Nothing happened: none queued
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by callback
      When the server unsubscribes from call cancel on "c1"
      Then the call returns RPC_S_OK (0)
      And the unsubscribe reported as many notifications queued as "c1" received of that kind, or of every kind

    Scenario Outline: A cancel told to <a> call by <method>: one queued
      Given <a> call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by <method>
      When the client cancels "c1"
      Then "c1" has been notified of RpcClientCancel by <told>
      When the server unsubscribes from call cancel on "c1"
      Then the unsubscribe reported as many notifications queued as "c1" received of that kind, or of every kind

      Examples:
        | a               | method            | told                             |
        | a synchronous   | callback          | callback with its binding handle |
        | a synchronous   | APC to thread "t" | APC on thread "t"                |
        | an asynchronous | callback          | callback with its async handle   |

    # State changing while a notification is due: the cancel of "c2" waits behind a busy APC on the
    # same thread when the server unsubscribes. Dropped, it was not queued; delivered, it was: the
    # count must say which, once the routine is let go.
    Scenario: A cancel due behind a busy routine when the server unsubscribes is counted exactly if it still arrives
      Given a synchronous call "c1" is in progress
      And a synchronous call "c2" is in progress
      And the server's APC and callback routines hold every notification until they are let go
      And the server has subscribed for call cancel on "c1" by APC to thread "t"
      And the server has subscribed for call cancel on "c2" by APC to thread "t"
      When the client cancels "c1"
      And the server's routine is busy with a notification for "c1"
      And the client cancels "c2"
      And the server unsubscribes from call cancel on "c2"
      And the server's routines are let go
      Then the unsubscribe reported as many notifications queued as "c2" received of that kind, or of every kind

    # State that changes while the cancel is on its way: the client cancels at the very moment the
    # server unsubscribes, a thousand times on calls of their own. Each time the cancel was queued
    # before the unsubscription (counted, and it arrives) or not (not counted, and it never arrives).
    @many-rounds
    Scenario: A cancel racing the unsubscription arrives exactly when the unsubscription counted it
      When 1000 times in turn, a call starts, the server subscribes for call cancel on it by callback, and the client cancels it at the moment the server unsubscribes from call cancel
      Then each of those calls received exactly as many cancels as its unsubscription reported queued

    Scenario: A disconnect the server did not subscribe to was never queued
      Given a synchronous call "c1" is in progress
      And the server has subscribed for call cancel on "c1" by callback
      When the client disconnects from "c1"
      Then "c1" has been notified of nothing
      When the server unsubscribes from call cancel on "c1"
      Then the unsubscribe reported as many notifications queued as "c1" received of that kind, or of every kind

    # A second kind told for the same call: the count of one kind, or of both, and nothing else.
    Scenario: Both kinds told: unsubscribing one reports it alone or both
      Given a synchronous call "c1" is in progress
      And the server has subscribed for client disconnect and call cancel on "c1" by callback
      When the client cancels "c1"
      And the client disconnects from "c1"
      Then "c1" has been notified of RpcClientCancel and RpcClientDisconnect, in either order, by callback
      When the server unsubscribes from call cancel on "c1"
      Then the unsubscribe reported as many notifications queued as "c1" received of that kind, or of every kind

  @REQ-RPC-NOTIFY-027 @behaviour @ambiguous @source-related @platform-windows-vista
  Rule: On Windows Vista, unsubscribing from a Notification other than client disconnect or call cancel is refused with RPC_S_CANNOT_SUPPORT, and ends no subscription
    Section: Remarks (the server unsubscribes before the call completes)
    Source: the RpcServerUnsubscribeForNotification function page (rpcasync.h), parameter
    Notification: on Windows Vista only client disconnect and call cancel are supported, any other
    value gets RPC_S_CANNOT_SUPPORT, and notifications are unsubscribed one at a time.
    Reading: "any other value" is read as REQ-RPC-NOTIFY-001 reads the subscribe page's, for a value
    of one bit or none: 0 (RpcNotificationCallNone) and a single bit beyond the two. A value of
    several bits (both kinds, or a kind beside another bit) is the page's "multiple values are not
    supported", which the kit reads as a caller obligation (it unsubscribes one kind at a time,
    REQ-RPC-NOTIFY-012) and does not judge: refusing it with RPC_S_INVALID_ARG is as defensible. A
    refused unsubscribe leaves the call as it was: both of its subscriptions still hear.

    Scenario Outline: Unsubscribing from <bits> is refused, and both subscriptions still hear
      Given a synchronous call "c1" is in progress
      And the server has subscribed for client disconnect and call cancel on "c1" by callback
      When the server unsubscribes from <bits> on "c1"
      Then the call returns RPC_S_CANNOT_SUPPORT (1764)
      When the client cancels "c1"
      And the client disconnects from "c1"
      Then "c1" has been notified of RpcClientCancel and RpcClientDisconnect, in either order, by callback
      When the server unsubscribes from call cancel on "c1"
      And the server unsubscribes from client disconnect on "c1"

      Examples:
        | bits                                |
        | no notification                     |
        | notification bits 4                 |
        | notification bits 256               |
        | notification bits 65536             |

  @REQ-RPC-NOTIFY-028 @behaviour @ambiguous @source-document
  Rule: A NotificationType beyond the RPC_NOTIFICATION_TYPES enumeration names no method: the subscription is refused and subscribes nothing
    Section: Parameters (NotificationType: a value of RPC_NOTIFICATION_TYPES); Return value (an RPC_S_ error code otherwise)
    Reading: the document names no error for it. RPC_NOTIFICATION_TYPES (rpcasync.h) ends at
    RpcNotificationTypeCallback (5), so 6 and 0xFFFFFFFF name no method RPC could notify by, and a
    success would be a promise nobody keeps. The kit expects some RPC_S_ status other than RPC_S_OK
    (the reference and the Wine fork named in docs/rpc-readings.md answer RPC_S_INVALID_ARG, 87),
    no notification afterwards, and the kind still free, so that a valid subscription made next
    is accepted and told once. Not judged: RpcNotificationTypeHwnd (4), which the enumeration has
    and the document's table leaves out (the kit's SPI has no window for it); and a union with
    nothing in it for a valid method, whose contents the parameter's text leaves to the caller
    (that Wine fork accepts a zeroed union; the reference refuses it, and `EmptyUnionAccepted`
    passes).

    Scenario Outline: A subscription by method number <number> is refused, and the kind stays free
      Given a synchronous call "c1" is in progress
      When the server subscribes for <kinds> on "c1" by method number <number>, with a callback's NotificationInfo
      Then the call fails with an RPC_S_ status other than RPC_S_OK
      When the server subscribes for call cancel on "c1" by callback
      Then the call returns RPC_S_OK (0)
      When the client cancels "c1"
      Then "c1" has been notified of RpcClientCancel by callback with its binding handle
      When the server unsubscribes from call cancel on "c1"

      Examples:
        | number     | kinds                               |
        | 6          | call cancel                         |
        | 4294967295 | call cancel                         |
        | 6          | client disconnect and call cancel   |

  @REQ-RPC-NOTIFY-029 @caller-obligation @untestable @source-document
  Rule: Once a call has ended, the server no longer names it: no subscription and no question through its binding
    Section: Remarks (the subscription applies for one RPC call only; the call is completed when the server returns, or calls RpcAsyncCompleteCall or RpcAsyncAbortCall)
    Untestable: the binding of an ended call names no current call, and the RpcAsyncCompleteCall
    page has the runtime free the call's resources and the server stop using its handle, so what a
    call through it does is undefined: a runtime may refuse it, crash, or hand the handle to a new
    call. The kit obeys it: after a call ends, only the client's cancel or disconnect of it follows
    (SUT controls), never a runtime call through its binding. The reference refuses such calls
    (docs/rpc-readings.md, part 2).
