#!/usr/bin/env python3
"""Stands between the kit and a wire program, and misbehaves once, on purpose.

usage: misbehave.py <mode> <start-number> <request-type> <marker-file> -- <program> [args...]

Relays every line both ways until the <start-number>-th "start" the kit sends to this process has
been made and a request of <request-type> comes; then it misbehaves as <mode> says, once per
<marker-file> (a restarted process finds the marker and only relays). The self-test checks that
the kit fails that one scenario with the cause named, restarts the program, and passes the rest.

Mode "fresh" is not a misbehaviour: it only rewrites the program's hello to ask for a fresh process
per scenario (freshProcess: true), and relays everything else. Mode "after-stop" sends, right after
the answer to the <start-number>-th instance's stop, an Arrived to that instance's event object.
"""
import json
import os
import signal
import subprocess
import sys
import threading

MODES = {"exit", "crash", "hang", "garbage", "partial", "malformed", "late", "flood", "stderr", "unknown-type", "fresh", "after-stop"}


def main():
    if len(sys.argv) < 7 or sys.argv[5] != "--" or sys.argv[1] not in MODES:
        sys.stderr.write(__doc__)
        sys.exit(2)
    mode, start_number, trigger, marker = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    child = subprocess.Popen(sys.argv[6:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    out_lock = threading.Lock()
    state = {"mute": False, "spoil": None, "twice": None, "stop": None, "target": None, "queue": None}

    def emit(line):
        with out_lock:
            sys.stdout.write(line)
            sys.stdout.flush()

    def relay_replies():
        for line in child.stdout:
            if state["mute"]:
                continue
            try:
                msg = json.loads(line)
            except ValueError:
                msg = {}
            if mode == "fresh" and msg.get("re") == 1 and isinstance(msg.get("ok"), dict) and "freshProcess" in msg["ok"]:
                msg["ok"]["freshProcess"] = True
                emit(json.dumps(msg) + "\n")
                continue
            if state["spoil"] is not None and msg.get("re") == state["spoil"]:
                state["spoil"] = None
                emit(json.dumps({"re": msg["re"], "ok": {"bogus": True}}) + "\n")
                continue
            emit(line)
            if state["stop"] is not None and msg.get("re") == state["stop"] and state["target"]:
                # After the stop's answer: a callback to the ended scenario's event object.
                state["stop"] = None
                emit(json.dumps({"id": 3_000_000_000, "type": "msmq.event.arrived", "target": state["target"], "queue": state["queue"]}) + "\n")
            if state["twice"] is not None and msg.get("re") == state["twice"]:
                state["twice"] = None
                emit(line)
        os._exit(0)

    threading.Thread(target=relay_replies, daemon=True).start()
    starts = 0
    for line in sys.stdin:
        msg = json.loads(line)
        if msg.get("type") == "start":
            starts += 1
        if mode == "after-stop":
            if msg.get("type") == "msmq.enableNotification" and msg.get("event"):
                state["target"], state["queue"] = msg["event"], msg.get("queue")
            if msg.get("type") == "stop" and starts == start_number and not os.path.exists(marker):
                open(marker, "w").close()
                state["stop"] = msg["id"]
        armed = mode not in ("fresh", "after-stop") and starts >= start_number and msg.get("type") == trigger and not os.path.exists(marker)
        if armed:
            open(marker, "w").close()
            if misbehave(mode, msg, emit, state):
                continue
        child.stdin.write(line)
        child.stdin.flush()
    child.stdin.close()
    child.wait()


def misbehave(mode, msg, emit, state):
    """Does the misbehaviour; True when the request must not reach the program."""
    sys.stderr.write("misbehave: %s at request %s (%s)\n" % (mode, msg.get("id"), msg.get("type")))
    sys.stderr.flush()
    if mode == "exit":
        sys.stdout.flush()
        os._exit(3)
    if mode == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    if mode == "hang":
        state["mute"] = True
        return True
    if mode == "garbage":
        emit("this is not json {\n")
        return True
    if mode == "partial":
        state["mute"] = True
        with_newline_missing = '{"re": %d, "ok": ' % msg["id"]
        emit(with_newline_missing)
        return True
    if mode == "malformed":
        state["spoil"] = msg["id"]
        return False
    if mode == "late":
        state["twice"] = msg["id"]
        return False
    if mode == "flood":
        target = msg.get("event")
        for i in range(150_000):
            emit(json.dumps({"id": 1_000_000_000 + i, "type": "msmq.event.arrived", "target": target, "queue": msg.get("queue")}) + "\n")
        return False
    if mode == "stderr":
        chunk = "x" * 1023 + "\n"
        for _ in range(6 * 1024):
            sys.stderr.write(chunk)
        sys.stderr.flush()
        return False
    if mode == "unknown-type":
        emit(json.dumps({"id": 2_000_000_000, "type": "msmq.event.exploded", "target": msg.get("event")}) + "\n")
        return False
    return False


if __name__ == "__main__":
    main()
