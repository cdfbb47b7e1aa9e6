#!/usr/bin/env python3
"""Prints a free UDP/TCP port on 127.0.0.1 whose next three are free too (SIPp's media port and
+2), from below the kernel's ephemeral range, so no outgoing socket takes it meanwhile.

With a file argument, ports handed out before (listed in it) are never handed out again, and
the new one is added: a phone's SIP port is free for a moment between two SIPp runs, and a
media port drawn then would collide with it (seen in CI). Shared by the telephony tests
(lib.sh) and the benchmarks that drive SIPp (bench/*.sh).

usage: free_port.py [HANDED_FILE]
"""
import os
import random
import socket
import sys

path = sys.argv[1] if len(sys.argv) > 1 else None
handed = set()
if path and os.path.exists(path):
    handed = {int(x) for x in open(path).read().split()}
for _ in range(500):
    p = random.randrange(10000, 19996, 4)
    if any(abs(p - h) < 4 for h in handed):
        continue
    socks = []
    try:
        for q in range(p, p + 4):
            for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
                s = socket.socket(socket.AF_INET, kind)
                s.bind(("127.0.0.1", q))
                socks.append(s)
        print(p)
        if path:
            with open(path, "a") as f:
                f.write(f"{p}\n")
        sys.exit(0)
    except OSError:
        pass
    finally:
        for s in socks:
            s.close()
sys.exit("free_port.py: no free port found")
