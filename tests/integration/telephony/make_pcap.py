#!/usr/bin/env python3
"""Writes an RTP capture SIPp can play (<exec play_pcap_audio>): a raw 8 kHz G.711 file (e.g. from
`sox ... -e u-law -t raw`) cut into 20 ms packets, then optionally RFC 4733 digits, all one stream
(one SSRC, continuous sequence numbers and timestamps). Standard library only; the pcap file
format (classic, Ethernet link type) is written by hand.

usage: make_pcap.py RAW OUT.pcap --pt 0|8 [--digits 123#] [--event-pt 101]
"""
import argparse
import struct

DIGITS = "0123456789*#ABCD"


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def frame(payload, src_port=6000, dst_port=6000):
    udp = struct.pack("!HHHH", src_port, dst_port, 8 + len(payload), 0) + payload
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 0, 0x4000, 64, 17, 0,
                     bytes([127, 0, 0, 1]), bytes([127, 0, 0, 1]))
    ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
    eth = b"\0" * 12 + b"\x08\x00"
    return eth + ip + udp


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("raw")
    ap.add_argument("out")
    ap.add_argument("--pt", type=int, default=0)
    ap.add_argument("--digits", default="")
    ap.add_argument("--event-pt", type=int, default=101)
    a = ap.parse_args()

    audio = open(a.raw, "rb").read()
    ssrc, seq, ts, t_us = 0x43544931, 1000, 160000, 0
    packets = []  # (time in microseconds, rtp bytes)

    def rtp(pt, marker, timestamp, payload):
        nonlocal seq
        hdr = struct.pack("!BBHII", 0x80, (0x80 if marker else 0) | pt, seq & 0xFFFF,
                          timestamp & 0xFFFFFFFF, ssrc)
        seq += 1
        return hdr + payload

    for i in range(0, len(audio) - 159, 160):
        packets.append((t_us, rtp(a.pt, i == 0, ts, audio[i:i + 160])))
        ts += 160
        t_us += 20000
    silence = b"\xff" if a.pt == 0 else b"\xd5"
    for d in a.digits:
        event = DIGITS.index(d.upper())
        start = ts
        # 100 ms of tone as events every 20 ms, then the end packet three times (RFC 4733 2.5.1.4)
        for n in range(1, 6):
            end = n == 5
            dur = n * 160
            body = struct.pack("!BBH", event, (0x80 if end else 0) | 10, dur)
            for _ in range(3 if end else 1):
                packets.append((t_us, rtp(a.event_pt, n == 1, start, body)))
            t_us += 20000
        ts = start + 800
        # 100 ms of silence between digits
        for _ in range(5):
            packets.append((t_us, rtp(a.pt, False, ts, silence * 160)))
            ts += 160
            t_us += 20000

    with open(a.out, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for when, data in packets:
            pkt = frame(data)
            f.write(struct.pack("<IIII", 1700000000 + when // 1000000, when % 1000000, len(pkt), len(pkt)))
            f.write(pkt)


if __name__ == "__main__":
    main()
