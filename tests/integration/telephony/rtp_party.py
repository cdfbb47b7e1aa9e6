#!/usr/bin/env python3
"""One party's media in the call-control tests: a G.711 RTP endpoint that talks first and tells
apart who it hears.

It binds --port (the port the party's SDP names), sends a sine tone of --tone Hz every 20 ms to
the server's media port, and for every audio packet it receives measures the amplitude of each
frequency in --listen (Goertzel over the packet's 160 samples), so a test can tell whose tone
reached this party: the caller's, an agent's, the 450 Hz hold music, or several at once from a
conference mix.

Where it sends: the address in --dest-file ("IP PORT", written by the SIPp scenario from the
server's SDP; re-read whenever it changes, e.g. a new call on the same phone) or, symmetric RTP,
the source of the last packet received — whichever changed last. Payload type 0 (PCMU) until a
PCMA packet arrives.

Writes its figures as JSON to --stats every 0.1 s and on SIGTERM:
  packets, audio_packets, loud_packets (RMS > 300), tones {"HZ": packets in which HZ is heard
  with an amplitude > --min-amplitude}, sent, source, dest, dumps (how many times written: a
  reader waits for it to grow to know the figures are fresh).

usage: rtp_party.py --port N --stats FILE [--dest-file F] [--tone HZ] [--listen HZ,HZ,...]
                    [--ip 127.0.0.1] [--seconds 300]
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


def amplitude(samples, hz):
    """The amplitude of the HZ component of 8 kHz SAMPLES (Goertzel)."""
    n = len(samples)
    w = 2 * math.pi * hz / 8000
    coeff = 2 * math.cos(w)
    s1 = s2 = 0.0
    for x in samples:
        s0 = x + coeff * s1 - s2
        s2, s1 = s1, s0
    power = s1 * s1 + s2 * s2 - coeff * s1 * s2
    return 2 * math.sqrt(max(power, 0.0)) / n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ip", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--stats", required=True)
    ap.add_argument("--dest-file")
    ap.add_argument("--tone", type=float, default=1000)
    ap.add_argument("--listen", default="")
    ap.add_argument("--min-amplitude", type=float, default=600)
    ap.add_argument("--seconds", type=float, default=300)
    a = ap.parse_args()
    listen = [int(x) for x in a.listen.split(",") if x]

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((a.ip, a.port))
    stats = {"packets": 0, "audio_packets": 0, "loud_packets": 0, "tones": {str(f): 0 for f in listen},
             "sent": 0, "source": None, "dest": None, "dumps": 0}
    state = {"dest": None, "dest_text": None, "pt": 0, "stop": False}

    def dump():
        stats["dumps"] += 1
        tmp = a.stats + ".tmp"
        with open(tmp, "w") as f:
            json.dump(stats, f)
        os.replace(tmp, a.stats)

    def stop(*_):
        state["stop"] = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    # 8 kHz: the tone continues smoothly from packet to packet.
    phase_step = 2 * math.pi * a.tone / 8000
    phase = 0.0
    seq, ts, ssrc = 1, 0, (0x52544000 + a.port) & 0xFFFFFFFF
    end = time.monotonic() + a.seconds
    next_send = next_dump = next_file = time.monotonic()
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
                stats["source"] = "%s:%d" % addr
                if state["dest"] != addr:
                    state["dest"] = addr
                    stats["dest"] = "%s:%d" % addr
                if pt in (0, 8):
                    state["pt"] = pt
                    stats["audio_packets"] += 1
                    dec = g711.ulaw_decode if pt == 0 else g711.alaw_decode
                    samples = [dec(b) for b in body]
                    rms = math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))
                    if rms > 300:
                        stats["loud_packets"] += 1
                    for f in listen:
                        if samples and amplitude(samples, f) > a.min_amplitude:
                            stats["tones"][str(f)] += 1
        now = time.monotonic()
        if a.dest_file and now >= next_file:
            next_file = now + 0.1
            try:
                with open(a.dest_file) as f:
                    text = f.read().strip()
            except OSError:
                text = None
            if text and text != state["dest_text"]:
                state["dest_text"] = text
                ip, port = text.split()[:2]
                state["dest"] = (ip, int(port))
                stats["dest"] = "%s:%s" % (ip, port)
        if now >= next_send:
            next_send += 0.02
            if next_send < now:  # fell behind (a slow machine): do not burst
                next_send = now + 0.02
            if state["dest"]:
                samples = []
                for _ in range(160):
                    samples.append(int(8000 * math.sin(phase)))
                    phase += phase_step
                phase %= 2 * math.pi
                pt = state["pt"]
                enc = g711.ulaw_encode if pt == 0 else g711.alaw_encode
                hdr = struct.pack("!BBHII", 0x80, pt, seq & 0xFFFF, ts & 0xFFFFFFFF, ssrc)
                try:
                    sock.sendto(hdr + bytes(enc(s) for s in samples), state["dest"])
                    stats["sent"] += 1
                except OSError:
                    pass
                seq += 1
                ts += 160
        if now >= next_dump:
            next_dump += 0.1
            if next_dump < now:
                next_dump = now + 0.1
            dump()
    dump()


if __name__ == "__main__":
    main()
