"""G.711 mu-law and A-law, by hand (Python 3.13 dropped audioop), for the test tools."""


def _seg(value, table):
    for i, top in enumerate(table):
        if value <= top:
            return i
    return len(table)


_ULAW_SEG = (0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF)
_ALAW_SEG = (0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF)


def ulaw_encode(sample):
    """16-bit linear -> mu-law byte."""
    sample >>= 2
    if sample < 0:
        sample, mask = -sample, 0x7F
    else:
        mask = 0xFF
    sample = min(sample, 8159) + 0x21
    seg = _seg(sample, _ULAW_SEG)
    if seg >= 8:
        return 0x7F ^ mask
    return ((seg << 4) | ((sample >> (seg + 1)) & 0xF)) ^ mask


def ulaw_decode(byte):
    byte = ~byte & 0xFF
    t = ((byte & 0x0F) << 3) + 0x84
    t <<= (byte & 0x70) >> 4
    return (0x84 - t) if (byte & 0x80) else (t - 0x84)


def alaw_encode(sample):
    sample >>= 3
    if sample >= 0:
        mask = 0xD5
    else:
        mask = 0x55
        sample = -sample - 1
    seg = _seg(sample, _ALAW_SEG)
    if seg >= 8:
        return 0x7F ^ mask
    aval = seg << 4
    aval |= (sample >> 1) & 0xF if seg < 2 else (sample >> seg) & 0xF
    return aval ^ mask


def alaw_decode(byte):
    byte ^= 0x55
    t = (byte & 0x0F) << 4
    seg = (byte & 0x70) >> 4
    if seg == 0:
        t += 8
    elif seg == 1:
        t += 0x108
    else:
        t += 0x108
        t <<= seg - 1
    return t if (byte & 0x80) else -t


if __name__ == "__main__":
    # Self-check: decode(encode(x)) stays within the G.711 step size.
    for enc, dec in ((ulaw_encode, ulaw_decode), (alaw_encode, alaw_decode)):
        for x in range(-32768, 32768, 7):
            y = dec(enc(x))
            assert abs(y - x) <= max(16, abs(x) // 14), (enc.__name__, x, y)
    print("g711 ok")
