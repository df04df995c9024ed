#!/usr/bin/env python3
"""Answers the kit's hello as told, then nothing more: for the command line's configuration errors.

usage: hello.py <protocol version> | hello.py garbage
"""
import json
import sys

line = sys.stdin.readline()
request = json.loads(line)
if sys.argv[1] == "garbage":
    print("hello to you too", flush=True)
else:
    print(json.dumps({"re": request["id"], "ok": {"protocol": int(sys.argv[1]), "name": "hello-only", "version": "0",
                                                "mechanisms": ["MSMQ"], "controls": [], "platform": "",
                                                "sideBySide": True, "freshProcess": False}}), flush=True)
sys.stdin.read()
