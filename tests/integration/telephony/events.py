#!/usr/bin/env python3
"""Reads cti-cli JSON lines (snapshot / watch output) on standard input or from a file and answers
the telephony tests' questions. Exit status 0 means yes.

  events.py registered EXT < snapshot     the agent with extension EXT has phoneRegistered true
  events.py calls FILE                    one line per call event: callId state reason legs
  events.py call-ids FILE                 the call ids seen, in order
  events.py digits FILE [CALLID]          the DTMF digits heard, in order
  events.py has-state FILE STATE [CALLID] some call event has this state
  events.py has-leg FILE LEGSTATE [CALLID] some call event has a leg in this state
"""
import json
import sys


def lines(path):
    src = open(path, encoding="utf-8", errors="replace") if path != "-" else sys.stdin
    for line in src:
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            yield json.loads(line)
        except ValueError:
            continue


def find(obj, key):
    """The first value under KEY anywhere in OBJ (snapshot lines nest their content)."""
    if isinstance(obj, dict):
        if key in obj:
            return obj[key]
        for v in obj.values():
            r = find(v, key)
            if r is not None:
                return r
    elif isinstance(obj, list):
        for v in obj:
            r = find(v, key)
            if r is not None:
                return r
    return None


def get(d, snake):
    """A field by its proto name (cti-cli prints these) or its JSON camelCase name."""
    if snake in d:
        return d[snake]
    parts = snake.split("_")
    return d.get(parts[0] + "".join(p.title() for p in parts[1:]))


def call_events(path):
    for obj in lines(path):
        ev = obj.get("event")
        if isinstance(ev, dict) and isinstance(ev.get("call"), dict):
            yield ev["call"]


def main():
    cmd = sys.argv[1]
    if cmd == "registered":
        for obj in lines("-"):
            for agent in find(obj, "agents") or []:
                if agent.get("extension") == sys.argv[2]:
                    return 0 if get(agent, "phone_registered") else 1
        return 1
    path = sys.argv[2]
    if cmd == "calls":
        for c in call_events(path):
            legs = ",".join("%s:%s:%s" % (l.get("party", ""), l.get("number", ""), l.get("state", ""))
                            for l in c.get("legs", []))
            print(get(c, "call_id"), c.get("state"), c.get("direction", ""), c.get("reason", ""), legs)
        return 0
    if cmd == "call-ids":
        seen = []
        for c in call_events(path):
            if get(c, "call_id") not in seen:
                seen.append(get(c, "call_id"))
        print("\n".join(str(s) for s in seen))
        return 0
    if cmd == "digits":
        want = sys.argv[3] if len(sys.argv) > 3 else None
        out = ""
        for obj in lines(path):
            ev = obj.get("event")
            if isinstance(ev, dict) and isinstance(ev.get("dtmf"), dict):
                d = ev["dtmf"]
                if want is None or str(get(d, "call_id")) == want:
                    out += d.get("digit", "")
        print(out)
        return 0
    if cmd in ("has-state", "has-leg"):
        want = sys.argv[4] if len(sys.argv) > 4 else None
        for c in call_events(path):
            if want is not None and str(get(c, "call_id")) != want:
                continue
            if cmd == "has-state" and c.get("state") == sys.argv[3]:
                return 0
            if cmd == "has-leg" and any(l.get("state") == sys.argv[3] for l in c.get("legs", [])):
                return 0
        return 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
