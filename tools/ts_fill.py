#!/usr/bin/env python3
"""Fill Qt Linguist .ts files after lupdate, and check that nothing is left untranslated.

  ts_fill.py fill  LANG TS TSV...   LANG zh_CN: translations from the TSV files (context, English
                                    source, translation; tab-separated); LANG en: the source itself.
  ts_fill.py check TS...            exits 1 listing every message without a translation.

Only messages without a translation are filled; translations already in the file stay.
"""
import sys
import xml.etree.ElementTree as ET


def load_tsv(paths):
    table = {}
    for path in paths:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path}:{n}: expected context<TAB>source<TAB>translation")
            table[(parts[0], parts[1])] = parts[2]
            table.setdefault(("*", parts[1]), parts[2])
    return table


def untranslated(message):
    t = message.find("translation")
    if t is None:
        return True
    if message.get("numerus") == "yes":
        forms = t.findall("numerusform")
        return not forms or any(not (f.text or "") for f in forms)
    return t.get("type") in ("unfinished", "vanished", "obsolete") or not (t.text or "")


def fill(lang, ts, tsvs):
    table = load_tsv(tsvs)
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if not untranslated(message):
                continue
            source = message.findtext("source")
            text = source if lang == "en" else table.get((name, source), table.get(("*", source)))
            if text is None:
                missing.append(f"{name}\t{source}")
                continue
            t = message.find("translation")
            t.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for f in list(t):
                    t.remove(f)
                # English has two forms: "%n order(s)" becomes "%n order" and "%n orders".
                forms = [text.replace("(s)", ""), text.replace("(s)", "s")] if lang == "en" else [text]
                for form in forms:
                    ET.SubElement(t, "numerusform").text = form
            else:
                t.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print(f"{ts}: no translation for {m}", file=sys.stderr)
    return 1 if missing else 0


def check(paths):
    bad = 0
    for ts in paths:
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                if untranslated(message):
                    bad += 1
                    print(f"{ts}: untranslated: {context.findtext('name')}: {message.findtext('source')}")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "fill":
        sys.exit(fill(sys.argv[2], sys.argv[3], sys.argv[4:]))
    if len(sys.argv) >= 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2:]))
    sys.exit(__doc__)
