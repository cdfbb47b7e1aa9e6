#!/usr/bin/env python3
"""Sends the PROTOS c07-sip cases (University of Oulu) to a SIP server and counts its answers.

Each case file holds records "<length> <template>": an INVITE, then a teardown. The placeholders
are filled as the PROTOS tool filled them (our address and port, a unique branch and Call-ID per
case, CANCEL as the teardown, Content-Length computed from the filled body), then the INVITE and
the teardown go out one after the other, paced to --rate cases per second.

Transport: UDP, like PROTOS. A datagram cannot exceed 65,507 bytes; the few cases larger than that
(the 64 KB and 128 KB overflow cases) go over TCP instead, their Via rewritten to TCP (a server
drops a request whose Via names another transport than the one it came on).

We behave as a UAC transaction layer would: a final non-2xx response to an INVITE is ACKed (same
branch), so the server stops retransmitting it; a 2xx (not expected: the test's number cannot
answer) is ACKed and ended with a BYE. Nothing else is retransmitted.

Prints the figures and writes them as JSON to --summary.
usage: protos_c07.py --cases DIR --port PORT [--host 127.0.0.1] [--bind 127.0.0.2] [--to 95598]
                     [--rate 100] [--limit N] [--summary FILE]
       protos_c07.py --options --port PORT [--bind 127.0.0.1]   (one OPTIONS; exit 0 on a response)
       protos_c07.py --live N --to 12345 --port PORT [--ready FILE]   (N calls kept up; see live_calls)
"""
import argparse
import collections
import json
import os
import re
import socket
import sys
import threading
import time

UDP_MAX = 65507
STATUS = re.compile(rb"^SIP/2\.0 (\d{3})")


def records(data):
    """The "<length> <template>" records of one case file."""
    out, at = [], 0
    while at < len(data):
        space = data.index(b" ", at)
        n = int(data[at:space])
        out.append(data[space + 1:space + 1 + n])
        at = space + 1 + n
    return out


def fill(template, values):
    for key, value in values.items():
        template = template.replace(b"<" + key.encode() + b">", value.encode())
    head, sep, body = template.partition(b"\r\n\r\n")
    if b"<Content-Length>" in head:
        head = head.replace(b"<Content-Length>", str(len(body) if sep else 0).encode())
    return head + sep + body


def header(msg, name):
    """The first value of a header (long or compact name) in a response, or None."""
    names = {b"via": (b"via", b"v"), b"from": (b"from", b"f"), b"to": (b"to", b"t"),
             b"call-id": (b"call-id", b"i"), b"cseq": (b"cseq",)}[name]
    for line in msg.split(b"\r\n\r\n", 1)[0].split(b"\r\n")[1:]:
        key, colon, value = line.partition(b":")
        if colon and key.strip().lower() in names:
            return value.strip()
    return None


class Counters:
    def __init__(self):
        self.lock = threading.Lock()
        self.by_class = collections.Counter()       # "INVITE 4xx" ...
        self.by_status = collections.Counter()      # "INVITE 407" ...
        self.cases_answered = set()
        self.acks = 0


def receive(sock, server, counters, request_uri, stop):
    sock.settimeout(0.2)
    while not stop.is_set():
        try:
            msg, _ = sock.recvfrom(70000)
        except socket.timeout:
            continue
        except OSError:
            return
        m = STATUS.match(msg)
        if not m:
            continue  # a request from the server (e.g. a BYE): not ours to count
        code = int(m.group(1))
        cseq = header(msg, b"cseq") or b""
        method = cseq.split()[-1].decode("latin-1") if cseq.split() else "?"
        if method not in ("INVITE", "CANCEL", "ACK", "BYE"):
            method = "other"  # a fuzzed CSeq (PROTOS puts format strings and overflows there)
        call_id = header(msg, b"call-id") or b""
        with counters.lock:
            counters.by_class["%s %dxx" % (method, code // 100)] += 1
            counters.by_status["%s %d" % (method, code)] += 1
            if call_id.startswith(b"protos-"):
                counters.cases_answered.add(call_id.split(b"@")[0])
        if method == "INVITE" and code >= 200:
            via, frm, to = header(msg, b"via"), header(msg, b"from"), header(msg, b"to")
            if not (via and frm and to and call_id and cseq.split()):
                continue
            ack = (b"ACK " + request_uri + b" SIP/2.0\r\nVia: " + via.split(b",")[0] + b"\r\nFrom: " + frm +
                   b"\r\nTo: " + to + b"\r\nCall-ID: " + call_id + b"\r\nCSeq: " + cseq.split()[0] +
                   b" ACK\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n")
            sock.sendto(ack, server)
            with counters.lock:
                counters.acks += 1
            if code < 300:  # an answered call: hang it up
                branch = b"z9hG4bKbye" + call_id.split(b"@")[0]
                bye = (b"BYE " + request_uri + b" SIP/2.0\r\nVia: SIP/2.0/UDP " + via.split(b" ", 1)[-1].split(b";")[0] +
                       b";branch=" + branch + b"\r\nFrom: " + frm + b"\r\nTo: " + to + b"\r\nCall-ID: " + call_id +
                       b"\r\nCSeq: " + str(int(cseq.split()[0]) + 1).encode() +
                       b" BYE\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n")
                sock.sendto(bye, server)


def send_tcp(server, bind, messages, counters):
    """An oversized case over its own TCP connection; counts what comes back within 1 s."""
    try:
        s = socket.create_connection(server, timeout=2, source_address=(bind, 0))
    except OSError as e:
        print("protos_c07: TCP connect failed: %s" % e, file=sys.stderr)
        return False
    try:
        for m in messages:
            s.sendall(m)
        s.settimeout(1.0)
        data = b""
        end = time.monotonic() + 1.0
        while time.monotonic() < end:
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                break
            if not chunk:
                break
            data += chunk
        for code, method in re.findall(rb"SIP/2\.0 (\d{3})[^\r]*\r\n(?:[^\r]*\r\n)*?CSeq: *\d+ (\w+)", data):
            method = method.decode("latin-1") if method in (b"INVITE", b"CANCEL") else "other"
            with counters.lock:
                counters.by_class["%s %sxx (TCP)" % (method, code.decode()[0])] += 1
                counters.by_status["%s %s (TCP)" % (method, code.decode())] += 1
        return True
    except OSError:
        return True  # the server may close on a message it will not read: that is an answer too
    finally:
        s.close()


def options_probe(host, port, bind, timeout=10.0):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((bind, 0))
    lport = s.getsockname()[1]
    s.settimeout(1.0)
    end = time.monotonic() + timeout
    n = 0
    while time.monotonic() < end:
        n += 1
        msg = ("OPTIONS sip:%s:%d SIP/2.0\r\nVia: SIP/2.0/UDP %s:%d;branch=z9hG4bKprobe%d%d\r\n"
               "From: <sip:probe@%s>;tag=probe\r\nTo: <sip:%s:%d>\r\nCall-ID: probe-%d@%s\r\n"
               "CSeq: %d OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n" %
               (host, port, bind, lport, os.getpid(), n, bind, host, port, os.getpid(), bind, n)).encode()
        s.sendto(msg, (host, port))
        try:
            while True:
                data, _ = s.recvfrom(70000)
                m = STATUS.match(data)
                if m:
                    print("OPTIONS answered: %s" % data.split(b"\r\n", 1)[0].decode("latin-1"))
                    return int(m.group(1))
        except socket.timeout:
            continue
    return None


def reply_to(request, code, phrase):
    """A response to a request from the server (its BYE), echoing the headers RFC 3261 8.2.6 names."""
    lines = request.split(b"\r\n\r\n", 1)[0].split(b"\r\n")[1:]
    keep = [l for l in lines if l.split(b":", 1)[0].strip().lower() in
            (b"via", b"v", b"from", b"f", b"to", b"t", b"call-id", b"i", b"cseq")]
    return (b"SIP/2.0 %d %s\r\n" % (code, phrase) + b"\r\n".join(keep) +
            b"\r\nContent-Length: 0\r\n\r\n")


def live_calls(a):
    """--live N: N well-formed calls to --to that the server answers (a queue), ACKed and kept up;
    BYEs from the server are answered 200. Writes --ready once all N are up; on SIGTERM prints how
    many calls were established and how many the server ended with a BYE."""
    import signal
    server = (a.host, a.port)
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((a.bind, 0))
    lport = sock.getsockname()[1]
    rtp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # where the server's hold music goes
    rtp.bind((a.bind, 0))
    rtp_port = rtp.getsockname()[1]
    ruri = "sip:%s@%s:%d" % (a.to, a.host, a.port)
    tag = "%x" % os.getpid()
    for i in range(a.live):
        sdp = ("v=0\r\no=live %d 1 IN IP4 %s\r\ns=-\r\nc=IN IP4 %s\r\nt=0 0\r\n"
               "m=audio %d RTP/AVP 0 8 101\r\na=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n" %
               (i, a.bind, a.bind, rtp_port))
        msg = ("INVITE %s SIP/2.0\r\nVia: SIP/2.0/UDP %s:%d;branch=z9hG4bKlive%s%d\r\n"
               "From: <sip:live%d@%s>;tag=%s%d\r\nTo: <%s>\r\nCall-ID: live-%s-%d@%s\r\nCSeq: 1 INVITE\r\n"
               "Contact: <sip:live@%s:%d>\r\nMax-Forwards: 70\r\nContent-Type: application/sdp\r\n"
               "Content-Length: %d\r\n\r\n%s" %
               (ruri, a.bind, lport, tag, i, i, a.bind, tag, i, ruri, tag, i, a.bind, a.bind, lport, len(sdp), sdp))
        sock.sendto(msg.encode(), server)
        time.sleep(0.05)
    up, byes, done = set(), set(), [False]
    signal.signal(signal.SIGTERM, lambda *_: done.__setitem__(0, True))
    sock.settimeout(0.2)
    end = time.monotonic() + a.seconds
    draining = False
    while time.monotonic() < end:
        if done[0] and not draining:  # stopped: read what is still queued (a frozen caller's BYEs)
            draining = True
            sock.setblocking(False)
        try:
            msg, _ = sock.recvfrom(70000)
        except (socket.timeout, InterruptedError):
            continue
        except BlockingIOError:
            break
        m = STATUS.match(msg)
        if m and int(m.group(1)) >= 200:
            call_id, cseq = header(msg, b"call-id"), header(msg, b"cseq") or b""
            if not cseq.endswith(b"INVITE"):
                continue
            ack = (b"ACK " + ruri.encode() + b" SIP/2.0\r\nVia: SIP/2.0/UDP %s:%d;branch=z9hG4bKack%s\r\n" %
                   (a.bind.encode(), lport, call_id.split(b"@")[0]) + b"From: " + header(msg, b"from") +
                   b"\r\nTo: " + header(msg, b"to") + b"\r\nCall-ID: " + call_id +
                   b"\r\nCSeq: 1 ACK\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n")
            if int(m.group(1)) >= 300:  # a refused call: the ACK is hop-by-hop, same branch
                ack = ack.replace(b"z9hG4bKack" + call_id.split(b"@")[0],
                                  (header(msg, b"via") or b"").split(b"branch=")[-1].split(b";")[0])
                print("live call refused: %s" % msg.split(b"\r\n", 1)[0].decode("latin-1"), flush=True)
            sock.sendto(ack, server)
            if int(m.group(1)) < 300 and call_id not in up:
                up.add(call_id)
                if len(up) == a.live and a.ready:
                    with open(a.ready, "w") as f:
                        f.write("%d\n" % len(up))
        elif msg.startswith(b"BYE "):
            if not draining:
                sock.sendto(reply_to(msg, 200, b"OK"), server)
            byes.add(header(msg, b"call-id"))
    print("live calls: %d established, %d ended by the server's BYE" % (len(up), len(byes)), flush=True)
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--bind", default="127.0.0.2")
    ap.add_argument("--to", default="95598")
    ap.add_argument("--rate", type=float, default=100.0, help="cases per second")
    ap.add_argument("--limit", type=int, default=0, help="send only the first N cases")
    ap.add_argument("--summary")
    ap.add_argument("--options", action="store_true")
    ap.add_argument("--live", type=int, default=0)
    ap.add_argument("--ready")
    ap.add_argument("--seconds", type=float, default=300)
    a = ap.parse_args()
    if a.live:
        return live_calls(a)
    if a.options:
        code = options_probe(a.host, a.port, a.bind)
        return 0 if code is not None else 1

    server = (a.host, a.port)
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((a.bind, 0))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
    lport = sock.getsockname()[1]
    to = "%s@%s:%d" % (a.to, a.host, a.port)
    counters = Counters()
    stop = threading.Event()
    rx = threading.Thread(target=receive, args=(sock, server, counters, b"sip:" + to.encode(), stop), daemon=True)
    rx.start()

    # Oversized cases go over TCP from a worker thread, so their waits do not hold up the pacing.
    tcp_cases = []
    tcp_cv = threading.Condition()

    def tcp_worker():
        while True:
            with tcp_cv:
                while not tcp_cases:
                    tcp_cv.wait()
                msgs = tcp_cases.pop(0)
            if msgs is None:
                return
            send_tcp(server, a.bind, msgs, counters)

    tcp_thread = threading.Thread(target=tcp_worker, daemon=True)
    tcp_thread.start()

    names = sorted(os.listdir(a.cases))
    if a.limit:
        names = names[:a.limit]
    nonce = "%x" % int(time.time())
    sent = tcp = 0
    start = time.monotonic()
    gap = 1.0 / a.rate
    for i, name in enumerate(names):
        with open(os.path.join(a.cases, name), "rb") as f:
            recs = records(f.read())
        values = {"To": to, "From": "c07@%s" % a.bind, "From-Address": a.bind, "From-IP": a.bind,
                  "Local-Port": str(lport), "Branch-ID": "%s%s" % (name, nonce),
                  "Call-ID": "protos-%s-%s" % (name, nonce), "CSeq": "1", "Teardown-Method": "CANCEL"}
        msgs = [fill(r, values) for r in recs]
        due = start + i * gap
        if any(len(m) > UDP_MAX for m in msgs):
            msgs = [m.replace(b"SIP/2.0/UDP " + a.bind.encode(), b"SIP/2.0/TCP " + a.bind.encode(), 1) for m in msgs]
            with tcp_cv:
                tcp_cases.append(msgs)
                tcp_cv.notify()
            tcp += 1
        else:
            for k, m in enumerate(msgs):
                if k:  # the teardown half a gap after the INVITE
                    time.sleep(max(0.0, due + gap / 2 - time.monotonic()))
                sock.sendto(m, server)
        sent += 1
        time.sleep(max(0.0, due + gap - time.monotonic()))
        if sent % 500 == 0:
            print("protos_c07: %d cases sent, %.1f s" % (sent, time.monotonic() - start), flush=True)
    send_time = time.monotonic() - start
    with tcp_cv:
        tcp_cases.append(None)
        tcp_cv.notify()
    tcp_thread.join()
    time.sleep(3.0)  # the last answers
    stop.set()
    rx.join()
    total = time.monotonic() - start

    classes = collections.Counter()
    for k, v in counters.by_class.items():
        classes[k.split()[1]] += v  # "INVITE 4xx (TCP)" counts as 4xx
    summary = {
        "cases_sent": sent, "cases_over_tcp": tcp, "cases_with_a_response": len(counters.cases_answered),
        "responses_by_class": dict(sorted(classes.items())),
        "responses_by_method_and_class": dict(sorted(counters.by_class.items())),
        "responses_by_status": dict(sorted(counters.by_status.items())),
        "acks_sent": counters.acks, "send_seconds": round(send_time, 1), "total_seconds": round(total, 1),
        "rate_cases_per_s": round(sent / send_time, 1) if send_time else 0,
    }
    print("protos_c07: %d cases sent (%d over TCP) in %.1f s (%.0f cases/s), %d with a response (UDP)" %
          (sent, tcp, send_time, summary["rate_cases_per_s"], len(counters.cases_answered)))
    print("protos_c07: responses by class: %s" % json.dumps(summary["responses_by_class"]))
    print("protos_c07: responses by method and class: %s" % json.dumps(summary["responses_by_method_and_class"]))
    print("protos_c07: responses by status: %s" % json.dumps(summary["responses_by_status"]))
    if a.summary:
        with open(a.summary, "w") as f:
            json.dump(summary, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
