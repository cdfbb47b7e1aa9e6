#!/usr/bin/env python3
"""The media side of a SIPp phone: listens on the port the phone's SDP names, counts what arrives
(packets per payload type, RFC 4733 digits, the loudness of the G.711 audio) and, once the far end
is known from its first packet, sends it a 1 kHz tone every 20 ms (symmetric RTP). Writes the
figures as JSON to --stats every half second and on SIGTERM.

usage: rtp_peer.py --port N --stats FILE [--ip 127.0.0.1] [--seconds 120]
"""
import argparse
import json
import math
import os
import select
import signal
import socket
import struct
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import g711  # noqa: E402

DIGITS = "0123456789*#ABCD"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ip", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--stats", required=True)
    ap.add_argument("--seconds", type=float, default=120)
    a = ap.parse_args()

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((a.ip, a.port))
    stats = {"packets": 0, "by_pt": {}, "digits": "", "audio_packets": 0, "loud_packets": 0,
             "sent": 0, "source": None}
    state = {"peer": None, "event_ts": None, "pt": 0, "stop": False}

    def dump():
        tmp = a.stats + ".tmp"
        with open(tmp, "w") as f:
            json.dump(stats, f)
        os.replace(tmp, a.stats)

    def stop(*_):
        state["stop"] = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    tone = [int(8000 * math.sin(2 * math.pi * 1000 * n / 8000)) for n in range(160)]
    payloads = {0: bytes(g711.ulaw_encode(s) for s in tone), 8: bytes(g711.alaw_encode(s) for s in tone)}
    seq, ts, ssrc = 1, 0, 0x50484F4E
    end = time.monotonic() + a.seconds
    next_send = next_dump = time.monotonic()
    while not state["stop"] and time.monotonic() < end:
        now = time.monotonic()
        timeout = max(0.0, min(next_send, next_dump) - now)
        try:
            ready, _, _ = select.select([sock], [], [], timeout)
        except InterruptedError:
            continue
        if ready:
            data, addr = sock.recvfrom(2048)
            if len(data) >= 12 and data[0] >> 6 == 2:
                pt = data[1] & 0x7F
                cc = data[0] & 0x0F
                body = data[12 + 4 * cc:]
                stats["packets"] += 1
                stats["by_pt"][str(pt)] = stats["by_pt"].get(str(pt), 0) + 1
                stats["source"] = "%s:%d" % addr
                state["peer"] = addr
                if pt in (0, 8):
                    state["pt"] = pt
                    stats["audio_packets"] += 1
                    dec = g711.ulaw_decode if pt == 0 else g711.alaw_decode
                    rms = math.sqrt(sum(dec(b) ** 2 for b in body) / max(1, len(body)))
                    if rms > 300:
                        stats["loud_packets"] += 1
                elif pt >= 96 and len(body) >= 4:
                    event = body[0]
                    rtp_ts = struct.unpack("!I", data[4:8])[0]
                    if rtp_ts != state["event_ts"] and event < 16:
                        state["event_ts"] = rtp_ts
                        stats["digits"] += DIGITS[event]
        now = time.monotonic()
        if now >= next_send:
            next_send += 0.02
            if state["peer"]:
                pt = state["pt"]
                hdr = struct.pack("!BBHII", 0x80, pt, seq & 0xFFFF, ts & 0xFFFFFFFF, ssrc)
                sock.sendto(hdr + payloads[pt], state["peer"])
                seq += 1
                ts += 160
                stats["sent"] += 1
        if now >= next_dump:
            next_dump += 0.5
            dump()
    dump()


if __name__ == "__main__":
    main()
