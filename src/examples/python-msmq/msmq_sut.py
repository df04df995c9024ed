#!/usr/bin/env python3
"""An example third-party implementation of MSMQ's EnableNotification for notify-tck.

It models IMSMQQueue4::EnableNotification as [MC-MQAC] 3.11.4.1.9 (Opnum 15) describes it, and
speaks the kit's wire protocol (docs/protocol.md, version 1): newline-delimited JSON on stdin and
stdout. Standard library only; one thread; virtual time.

Shape of the program, top to bottom:
  1. constants (header values, as notifytck.spi.msmq.MsmqConstants gives them);
  2. the model: queues of messages, queue objects with a cursor, pending notifications;
  3. the instance: one scenario's world, with one method per request of msmq() and msmqControl();
  4. the wire: reading requests, writing replies and callbacks.

Why single-threaded: a callback (Arrived, ArrivedError) is a request *we* send; the kit may answer
it late, and may send us new requests (even a new EnableNotification from inside the handler)
before it answers. A loop that reads one line, handles it, writes its reply and then writes the
callbacks the request made due, never blocks on the kit, so it cannot deadlock. Since time is
virtual (it moves only on msmqControl.advanceClock), nothing ever becomes due between two lines.
"""

import json
import sys

# ---------------------------------------------------------------------------------------------
# 1. Constants
# ---------------------------------------------------------------------------------------------

# MQMSGCURSOR ([MC-MQAC] 2.2.2.8): the three cursor actions the method accepts.
MQMSG_FIRST = 0
MQMSG_CURRENT = 1
MQMSG_NEXT = 2

# MQACCESS (mq.h). The document's PeekAccess and PeekAdminAccess are these two values.
MQ_PEEK_ACCESS = 0x20
MQ_ADMIN_ACCESS = 0x80
PEEK_ACCESSES = (MQ_PEEK_ACCESS, MQ_PEEK_ACCESS | MQ_ADMIN_ACCESS)

# INFINITE (winbase.h) as an unsigned 32-bit count; the VT_I4 carries it as -1.
INFINITE = 0xFFFFFFFF

# HRESULTs. Values from the public headers (winerror.h, mq.h). Note MQ_ERROR_MESSAGE_NOT_FOUND:
# the document prints 0xc00e0008, which mq.h names MQ_ERROR_OPERATION_CANCELLED; the header's
# 0xC00E0088 is what a real MSMQ returns (see docs/msmq-readings.md, "Erratum").
S_OK = 0x00000000
E_INVALIDARG = 0x80070057
OLE_E_BLANK = 0x80040007
MQ_ERROR_INVALID_HANDLE = 0xC00E0007
MQ_ERROR_IO_TIMEOUT = 0xC00E001B
MQ_ERROR_ACCESS_DENIED = 0xC00E0025
MQ_ERROR_MESSAGE_NOT_FOUND = 0xC00E0088

# Cursor states, as the protocol names them (CursorPosition.Kind).
UNPOSITIONED = "UNPOSITIONED"
AT = "AT"
END = "END"


def hresult(value):
    """An HRESULT as the wire carries it. The kit takes signed or unsigned; we send signed,
    as a Java int would be."""
    value &= 0xFFFFFFFF
    if value >= 0x80000000:
        value -= 0x100000000
    return {"value": value}


class RequestError(Exception):
    """A request the instance cannot carry out: becomes an error reply of the given kind."""

    def __init__(self, kind, message):
        super().__init__(message)
        self.kind = kind
        self.message = message


# ---------------------------------------------------------------------------------------------
# 2. The model
# ---------------------------------------------------------------------------------------------

class Message:
    """A message in a queue's MessagePositionList. `seq` orders messages by arrival, so that a
    cursor can still step forward from a message that has since been removed."""

    def __init__(self, handle, queue, seq):
        self.handle = handle
        self.queue = queue
        self.seq = seq
        self.locked = False
        self.allow_peek_when_locked = False
        self.removed = False

    def suitable(self):
        # 3.11.4.1.9: a message may be peeked when its position is not Locked, or when it
        # carries AllowPeekWhenLocked. A message that is gone is not there to be peeked.
        return not self.removed and (not self.locked or self.allow_peek_when_locked)


class Queue:
    """A queue by name: its messages, head first, and the notifications waiting on it."""

    def __init__(self, name):
        self.name = name
        self.messages = []     # live messages, in arrival order
        self.waiters = []      # pending notifications on any queue object of this queue

    def first_message(self):
        return self.messages[0] if self.messages else None

    def message_after(self, message):
        """The first live message that arrived after `message` (which may have been removed)."""
        for m in self.messages:
            if m.seq > message.seq:
                return m
        return None

    def first_suitable(self):
        for m in self.messages:
            if m.suitable():
                return m
        return None


class QueueObject:
    """An IMSMQQueue4 object: one queue, the state the checks read, and its own cursor."""

    def __init__(self, handle, queue, access, initialized):
        self.handle = handle
        self.queue = queue
        self.access = access
        self.initialized = initialized
        self.closed = False
        self.cursor_kind = UNPOSITIONED
        self.cursor_message = None

    def put_cursor(self, message):
        """Stand the cursor on `message`, or at the end when there is none."""
        if message is None:
            self.cursor_kind, self.cursor_message = END, None
        else:
            self.cursor_kind, self.cursor_message = AT, message

    def advance_cursor(self):
        """One step forward. A fresh cursor goes to the first message; END stays END (the
        cursor only ever moves forward; docs/msmq-readings.md, step 6)."""
        if self.cursor_kind == UNPOSITIONED:
            self.put_cursor(self.queue.first_message())
        elif self.cursor_kind == AT:
            self.put_cursor(self.queue.message_after(self.cursor_message))


class Waiter:
    """One successful EnableNotification whose event has not fired yet.

    `from_cursor` is True for MQMSG_CURRENT and MQMSG_NEXT (the search walks the queue object's
    cursor), False for MQMSG_FIRST (the search looks from the head of the queue). `deadline` is the
    virtual time at which MQ_ERROR_IO_TIMEOUT fires, or None to wait without limit."""

    def __init__(self, seq, queue_object, target, from_cursor, deadline):
        self.seq = seq
        self.queue_object = queue_object
        self.target = target
        self.from_cursor = from_cursor
        self.deadline = deadline


# ---------------------------------------------------------------------------------------------
# 3. The instance: one scenario's world
# ---------------------------------------------------------------------------------------------

class Instance:
    """Everything one `start` creates and `stop` throws away.

    Handlers append the callbacks they make due to `self.outbox`; the wire writes them after the
    reply, which is how an event comes "after the call returned" (3.11.4.1.9, "Asynchronously")."""

    def __init__(self, handle_prefix):
        self.prefix = handle_prefix   # keeps handles unique across instances of one process
        self.queues = {}
        self.queue_objects = {}
        self.messages = {}
        self.now = 0                  # virtual time, in milliseconds
        self.next_number = 1
        self.outbox = []              # (callback type, fields), in the order they fire

    # -- helpers ------------------------------------------------------------------------------

    def _number(self):
        n = self.next_number
        self.next_number += 1
        return n

    def _queue(self, name):
        if not isinstance(name, str):
            raise RequestError("invalid-argument", "queueName must be a string")
        if name not in self.queues:
            self.queues[name] = Queue(name)
        return self.queues[name]

    def _queue_object(self, ref):
        handle = ref.get("handle") if isinstance(ref, dict) else None
        if handle not in self.queue_objects:
            raise RequestError("invalid-argument", "unknown queue object %r" % (handle,))
        return self.queue_objects[handle]

    def _message(self, ref):
        handle = ref.get("handle") if isinstance(ref, dict) else None
        if handle not in self.messages:
            raise RequestError("invalid-argument", "unknown message %r" % (handle,))
        return self.messages[handle]

    def _fire_arrived(self, waiter):
        self._finish(waiter)
        self.outbox.append(("msmq.event.arrived",
                            {"target": waiter.target,
                             "queue": {"handle": waiter.queue_object.handle}}))

    def _fire_error(self, waiter, code):
        self._finish(waiter)
        self.outbox.append(("msmq.event.arrivedError",
                            {"target": waiter.target,
                             "queue": {"handle": waiter.queue_object.handle},
                             "errorCode": hresult(code)}))

    def _finish(self, waiter):
        """A call fires exactly one event: once it has, it waits for nothing more."""
        waiters = waiter.queue_object.queue.waiters
        if waiter in waiters:
            waiters.remove(waiter)

    # -- the asynchronous part of 3.11.4.1.9 ----------------------------------------------------

    def _search_from_cursor(self, waiter, timeout):
        """MQMSG_CURRENT / MQMSG_NEXT: walk the cursor forward from the message it identifies,
        passing over messages that are not suitable. Returns True once an event has fired.
        `timeout` is the call's ReceiveTimeout; only whether it is 0 matters here (the deadline
        of a finite one is kept on the waiter).

        A fresh cursor is first stood on the first message; the message under the cursor is the
        first one looked at (the synchronous part already advanced for NEXT; readings 011/012).
        At the end of the queue: a timeout of 0 reports MQ_ERROR_MESSAGE_NOT_FOUND (the
        document's ILLEGAL_CURSOR_ACTION case, reading 023); otherwise the search waits."""
        qo = waiter.queue_object
        if qo.cursor_kind == UNPOSITIONED:
            qo.put_cursor(qo.queue.first_message())
        while qo.cursor_kind == AT:
            if qo.cursor_message.suitable():
                # The cursor stays on the message it found.
                self._fire_arrived(waiter)
                return True
            qo.advance_cursor()
        if timeout == 0:
            self._fire_error(waiter, MQ_ERROR_MESSAGE_NOT_FOUND)
            return True
        return False

    def _search_from_head(self, waiter, timeout):
        """MQMSG_FIRST (or no cursor): the first suitable message counted from the head,
        locked ones excepted (reading 014). The cursor is not touched. Returns True once an
        event has fired; a timeout of 0 with nothing suitable is MQ_ERROR_MESSAGE_NOT_FOUND."""
        if waiter.queue_object.queue.first_suitable() is not None:
            self._fire_arrived(waiter)
            return True
        if timeout == 0:
            self._fire_error(waiter, MQ_ERROR_MESSAGE_NOT_FOUND)
            return True
        return False

    def _wake_waiters(self, queue, new_message=None):
        """The queue changed in a way that may end a wait; pending notifications are looked at
        in the order their calls were made.

        An MQMSG_FIRST notification fires once any suitable message exists: a put, a lock
        released, or AllowPeekWhenLocked set can each make one (reading 014).

        A cursor notification waits at the end of the queue for a *new* message: when one
        arrives, its cursor moves onto it and the search goes on from there. Messages behind the
        cursor are never looked at again (reading 013), so a lock released behind it wakes
        nothing."""
        for waiter in list(queue.waiters):   # a copy: firing removes the waiter from the list
            if not waiter.from_cursor:
                if queue.first_suitable() is not None:
                    self._fire_arrived(waiter)
            elif new_message is not None:
                qo = waiter.queue_object
                if qo.cursor_kind == END:
                    qo.put_cursor(new_message)
                # A waiter that waits has a timeout other than 0 (0 never waits).
                self._search_from_cursor(waiter, timeout=INFINITE)

    # -- msmq(): the method itself ----------------------------------------------------------------

    def enable_notification(self, req):
        """IMSMQQueue4::EnableNotification, [MC-MQAC] 3.11.4.1.9.

        The synchronous checks run in the document's order and the first that fails decides the
        HRESULT; a refused call changes nothing and never fires (readings, steps 1-5)."""
        qo = self._queue_object(req.get("queue"))
        cursor = optional_int(req.get("cursor"), "cursor")
        timeout = optional_int(req.get("receiveTimeout"), "receiveTimeout")
        target = req.get("event")

        # Parameter defaults: no cursor is MQMSG_FIRST, no timeout is INFINITE.
        action = MQMSG_FIRST if cursor is None else cursor
        # The VT_I4 is read as an unsigned count of milliseconds, so -1 is INFINITE. (Other
        # negative values are not defined by the document; the kit sends none.)
        timeout = INFINITE if timeout is None else timeout & 0xFFFFFFFF

        # 1. A cursor that is not one of the three actions.
        if action not in (MQMSG_FIRST, MQMSG_CURRENT, MQMSG_NEXT):
            return hresult(E_INVALIDARG)
        # 2. IsInitialized is False.
        if not qo.initialized:
            return hresult(OLE_E_BLANK)
        # 3. IsClosed is True.
        if qo.closed:
            return hresult(MQ_ERROR_INVALID_HANDLE)
        # 4. No event object. (The list's order puts this after 2 and 3; reading 008.)
        if target is None:
            return hresult(E_INVALIDARG)
        # 5. Only peek access, alone or with admin, is accepted (read literally; reading 009).
        if qo.access not in PEEK_ACCESSES:
            return hresult(MQ_ERROR_ACCESS_DENIED)
        # 6. MQMSG_NEXT moves the cursor one step now, before the call returns.
        if action == MQMSG_NEXT:
            qo.advance_cursor()

        # 7. S_OK, and the asynchronous part begins. Its events go to the outbox, which the wire
        # writes only after this call's reply. A finite timeout counts once, from the call
        # (reading 016), in milliseconds (reading 019).
        deadline = None if timeout == INFINITE else self.now + timeout
        waiter = Waiter(self._number(), qo, target, action != MQMSG_FIRST, deadline)
        qo.queue.waiters.append(waiter)
        if waiter.from_cursor:
            self._search_from_cursor(waiter, timeout)
        else:
            self._search_from_head(waiter, timeout)
        return hresult(S_OK)

    # -- msmqControl(): what the kit makes the queue manager do ----------------------------------

    def open_queue(self, req):
        access = req.get("access")
        if not isinstance(access, int):
            raise RequestError("invalid-argument", "access must be an integer")
        return self._new_queue_object(req.get("queueName"), access, initialized=True)

    def uninitialized_queue(self, req):
        return self._new_queue_object(req.get("queueName"), 0, initialized=False)

    def _new_queue_object(self, queue_name, access, initialized):
        queue = self._queue(queue_name)
        handle = "%sq%d" % (self.prefix, self._number())
        self.queue_objects[handle] = QueueObject(handle, queue, access, initialized)
        return {"handle": handle}

    def close_queue(self, req):
        # Only IsClosed changes. The document says nothing of notifications already pending on
        # the object, so they are left as they are.
        self._queue_object(req.get("queue")).closed = True
        return None

    def put_message(self, req):
        queue = self._queue(req.get("queueName"))
        if not isinstance(req.get("body"), str):
            raise RequestError("invalid-argument", "body must be a string")
        n = self._number()
        message = Message("%sm%d" % (self.prefix, n), queue, n)
        queue.messages.append(message)
        self.messages[message.handle] = message
        self._wake_waiters(queue, new_message=message)
        return {"handle": message.handle}

    def list_messages(self, req):
        return [{"handle": m.handle} for m in self._queue(req.get("queueName")).messages]

    def remove_message(self, req):
        message = self._message(req.get("message"))
        if not message.removed:
            message.removed = True
            message.queue.messages.remove(message)
        return None

    def set_locked(self, req):
        message = self._message(req.get("message"))
        message.locked = require_bool(req.get("locked"), "locked")
        self._wake_waiters(message.queue)
        return None

    def set_allow_peek_when_locked(self, req):
        message = self._message(req.get("message"))
        message.allow_peek_when_locked = require_bool(req.get("allow"), "allow")
        self._wake_waiters(message.queue)
        return None

    def cursor(self, req):
        qo = self._queue_object(req.get("queue"))
        if qo.cursor_kind == AT:
            return {"kind": AT, "message": {"handle": qo.cursor_message.handle}}
        return {"kind": qo.cursor_kind}

    def position_cursor(self, req):
        qo = self._queue_object(req.get("queue"))
        position = req.get("position")
        kind = position.get("kind") if isinstance(position, dict) else None
        if kind == AT:
            message = self._message(position.get("message"))
            if message.queue is not qo.queue:
                raise RequestError("invalid-argument", "the message is in another queue")
            qo.put_cursor(message)
        elif kind in (UNPOSITIONED, END):
            qo.cursor_kind, qo.cursor_message = kind, None
        else:
            raise RequestError("invalid-argument", "unknown cursor position %r" % (position,))
        return None

    def advance_clock(self, req):
        """Move virtual time forward; every finite timeout due by then fires, earliest first
        (ties in the order the calls were made), before the reply."""
        by = req.get("by")
        if not isinstance(by, int) or by < 0:
            raise RequestError("invalid-argument", "by must be a non-negative integer")
        self.now += by
        due = [w for q in self.queues.values() for w in q.waiters
               if w.deadline is not None and w.deadline <= self.now]
        for waiter in sorted(due, key=lambda w: (w.deadline, w.seq)):
            self._fire_error(waiter, MQ_ERROR_IO_TIMEOUT)
        return None

    def quiesce(self, req):
        # Every due event is written right after the reply of the request that made it due, so
        # by the time we read a quiesce there is nothing left to hand over.
        return True


def optional_int(value, name):
    """An [in, optional] VT_I4 as the wire carries it: {given, value}. None when not given."""
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("given"), bool):
        raise RequestError("malformed", "%s must be {given, value}" % name)
    if not value["given"]:
        return None
    if not isinstance(value.get("value"), int):
        raise RequestError("malformed", "%s.value must be an integer" % name)
    return value["value"]


def require_bool(value, name):
    if not isinstance(value, bool):
        raise RequestError("invalid-argument", "%s must be true or false" % name)
    return value


# The requests of msmq() and msmqControl(), by wire type.
HANDLERS = {
    "msmq.enableNotification": Instance.enable_notification,
    "msmqControl.openQueue": Instance.open_queue,
    "msmqControl.uninitializedQueue": Instance.uninitialized_queue,
    "msmqControl.closeQueue": Instance.close_queue,
    "msmqControl.putMessage": Instance.put_message,
    "msmqControl.messages": Instance.list_messages,
    "msmqControl.removeMessage": Instance.remove_message,
    "msmqControl.setLocked": Instance.set_locked,
    "msmqControl.setAllowPeekWhenLocked": Instance.set_allow_peek_when_locked,
    "msmqControl.cursor": Instance.cursor,
    "msmqControl.positionCursor": Instance.position_cursor,
    "msmqControl.advanceClock": Instance.advance_clock,
    "msmqControl.quiesce": Instance.quiesce,
}


# ---------------------------------------------------------------------------------------------
# 4. The wire
# ---------------------------------------------------------------------------------------------

HELLO = {
    "protocol": 1,
    "name": "python-msmq-example",
    "version": "1.0.0",
    "mechanisms": ["MSMQ"],
    "controls": ["MSMQ_VIRTUAL_CLOCK", "MSMQ_QUIESCE"],
    "platform": "",
    "sideBySide": True,
    "freshProcess": False,
}


class Session:
    """One connection: reads requests, answers them, and sends callbacks with ids of its own."""

    def __init__(self, out):
        self.out = out
        self.instance = None
        self.instances_started = 0
        self.next_callback_id = 1

    def write(self, message):
        self.out.write(json.dumps(message, separators=(",", ":")) + "\n")
        self.out.flush()

    def reply(self, request_id, result):
        self.write({"re": request_id, "ok": result})

    def reply_error(self, request_id, kind, text):
        self.write({"re": request_id, "error": {"kind": kind, "message": text}})

    def handle_line(self, line):
        try:
            message = json.loads(line)
        except ValueError:
            log("not JSON, ignored: %r" % line[:200])
            return
        if not isinstance(message, dict):
            log("not a JSON object, ignored: %r" % line[:200])
            return
        if "re" in message:
            # The kit's answer to one of our callbacks. We never wait for it; an error is
            # worth a line on stderr.
            if "error" in message:
                log("callback %s answered with an error: %r" % (message["re"], message["error"]))
            return
        request_id = message.get("id")
        if not isinstance(request_id, int):
            log("request without an integer id, ignored: %r" % line[:200])
            return
        try:
            result = self.dispatch(message.get("type"), message)
        except RequestError as e:
            self.reply_error(request_id, e.kind, e.message)
            return
        self.reply(request_id, result)
        self.flush_callbacks()

    def dispatch(self, kind, message):
        if kind == "hello":
            return HELLO
        if kind == "start":
            # A fresh world; handles carry the instance's number so an old one is never reused.
            self.instances_started += 1
            self.instance = Instance("i%d." % self.instances_started)
            return None
        if kind == "stop":
            # Nothing is pending outside the instance, so dropping it stops every callback.
            self.instance = None
            return None
        handler = HANDLERS.get(kind)
        if handler is None:
            raise RequestError("unsupported", "this program does not implement %r" % (kind,))
        if self.instance is None:
            raise RequestError("illegal-state", "no instance: send start first")
        return handler(self.instance, message)

    def flush_callbacks(self):
        """Send the events the last request made due, in the order they fired."""
        if self.instance is None:
            return
        outbox, self.instance.outbox = self.instance.outbox, []
        for callback_type, fields in outbox:
            request = {"id": self.next_callback_id, "type": callback_type}
            request.update(fields)
            self.next_callback_id += 1
            self.write(request)


def log(text):
    sys.stderr.write("msmq_sut: %s\n" % text)
    sys.stderr.flush()


def main():
    session = Session(sys.stdout)
    # readline on the binary stream returns as soon as a whole line is there (no waiting for
    # a full buffer), and an empty result means stdin closed: time to exit.
    stdin = sys.stdin.buffer
    while True:
        raw = stdin.readline()
        if not raw:
            return 0
        line = raw.decode("utf-8").strip()
        if line:
            session.handle_line(line)


if __name__ == "__main__":
    sys.exit(main())
