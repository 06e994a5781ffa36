#!/usr/bin/env python3
"""Check the judgement corpus (tests/fixtures/corpus/{dev,test}/<story>/): every article has a
Published header, every locator resolves to exactly one place in its article's body, every two
versions of a fact met across articles have a relation, and apart pairs are not one fact.
Prints a line per story and totals; exits 1 on any problem. No third-party modules.

    python3 scripts/corpus_check.py [STORY_DIR ...]
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus"
RELATIONS = {"compatible", "diverge", "updated"}


def parse_article(text):
    """Title, published and body, as Article::parse splits them (header, blank line, body)."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    pos, body_start, any_header, published = 0, 0, False, None
    for raw in lines:
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip():
            if any_header:
                body_start = pos + len(raw)
            break
        m = re.match(r"\s*(title|source|published|date)\s*:(.*)$", line, re.I)
        if not m:
            if any_header:
                body_start = pos
            break
        any_header = True
        if m.group(1).lower() in ("published", "date"):
            published = m.group(2).strip()
        pos += len(raw)
        body_start = pos
    return published, text[body_start:]


def resolve(loc, bodies, where, errors):
    """The (stem, start, end) a locator marks, or None after recording why not."""
    if not (isinstance(loc, list) and len(loc) >= 2 and all(isinstance(x, str) for x in loc[:2])):
        errors.append(f"{where}: locator {loc!r} is not [stem, snippet]")
        return None
    stem, snippet = loc[0], loc[1]
    if stem not in bodies:
        errors.append(f"{where}: no article {stem}.txt")
        return None
    if snippet.count("[[") != 1 or snippet.count("]]") != 1 or snippet.index("[[") > snippet.index("]]"):
        errors.append(f"{where}: {stem}: {snippet!r} must mark exactly one span with [[ ]]")
        return None
    open_, close = snippet.index("[["), snippet.index("]]")
    plain = snippet[:open_] + snippet[open_ + 2:close] + snippet[close + 2:]
    body = bodies[stem]
    hits = [m.start() for m in re.finditer(re.escape(plain), body)]
    if len(hits) != 1:
        errors.append(f"{where}: {stem}: {plain!r} occurs {len(hits)} times in the body (must be once)")
        return None
    if close - open_ - 2 <= 0:
        errors.append(f"{where}: {stem}: empty mark")
        return None
    start = len(body[: hits[0]].encode()) + len(plain[:open_].encode())
    end = start + len(snippet[open_ + 2:close].encode())
    return (stem, start, end)


def check_story(d):
    errors = []
    bodies, published = {}, {}
    for f in sorted(d.glob("*.txt")):
        pub, body = parse_article(f.read_text(encoding="utf-8"))
        if not pub or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
            errors.append(f"{f.name}: needs a `Published: YYYY-MM-DD` header")
        if not body.strip():
            errors.append(f"{f.name}: empty body")
        bodies[f.stem], published[f.stem] = body, pub
    if len(bodies) < 3:
        errors.append(f"{len(bodies)} articles; a corpus story needs at least three")
    try:
        spec = json.loads((d / "facts.json").read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001 - any reason is worth printing
        return [f"facts.json: {e}"], {}
    for k in spec:
        if k not in ("notes", "facts", "apart"):
            errors.append(f"facts.json: unknown key {k!r}")
    seen_spans = {}
    fact_of = {}
    n_pairs = {"agree": 0, "compatible": 0, "diverge": 0, "updated": 0, "apart": 0}
    for fi, fact in enumerate(spec.get("facts", [])):
        where = f"fact {fi} ({fact.get('label', '?')})"
        if not fact.get("label"):
            errors.append(f"{where}: needs a label")
        mentions = []
        for mi, m in enumerate(fact.get("mentions", [])):
            if not (isinstance(m, list) and len(m) in (3, 4) and isinstance(m[2], str)):
                errors.append(f"{where}: mention {m!r} is not [stem, snippet, version(, attribution)]")
                continue
            if len(m) == 4 and m[3] is not None and not isinstance(m[3], str):
                errors.append(f"{where}: attribution of {m!r} must be a string")
            span = resolve(m, bodies, where, errors)
            if span is None:
                continue
            if span in seen_spans:
                errors.append(f"{where}: {m[0]}: {m[1]!r} is already a mention of fact {seen_spans[span]}")
            seen_spans[span] = fi
            fact_of[span] = fi
            mentions.append((span, m[2].strip()))
        arts = {s[0] for s, _ in mentions}
        if len(arts) < 2:
            errors.append(f"{where}: stated in {len(arts)} article(s); facts.json lists facts of two or more")
        rel = {}
        for key, value in fact.get("relations", {}).items():
            parts = [p.strip() for p in key.split("|")]
            if len(parts) != 2 or value not in RELATIONS:
                errors.append(f"{where}: relation {key!r}: {value!r} must be \"A | B\": compatible|diverge|updated")
                continue
            rel[frozenset(parts)] = value
        versions = {v for _, v in mentions}
        for k in rel:
            for v in k:
                if v not in versions:
                    errors.append(f"{where}: relation names version {v!r}, which no mention has")
        for i, (sa, va) in enumerate(mentions):
            for sb, vb in mentions[i + 1:]:
                if sa[0] == sb[0]:
                    continue
                if va == vb:
                    n_pairs["agree"] += 1
                elif frozenset((va, vb)) in rel:
                    # "?" marks a missing relation already reported: counted under no relation.
                    if rel[frozenset((va, vb))] != "?":
                        n_pairs[rel[frozenset((va, vb))]] += 1
                else:
                    errors.append(f"{where}: versions {va!r} and {vb!r} meet across articles; add \"{va} | {vb}\" to relations")
                    rel[frozenset((va, vb))] = "?"
    for ai, pair in enumerate(spec.get("apart", [])):
        where = f"apart {ai}"
        if not (isinstance(pair, list) and len(pair) == 2):
            errors.append(f"{where}: {pair!r} is not a pair of locators")
            continue
        a, b = (resolve(x, bodies, where, errors) for x in pair)
        if a is None or b is None:
            continue
        if a[0] == b[0]:
            errors.append(f"{where}: both locators are in {a[0]}.txt")
        if a in fact_of and b in fact_of and fact_of[a] == fact_of[b]:
            errors.append(f"{where}: both are mentions of fact {fact_of[a]}; apart pairs are different facts")
        n_pairs["apart"] += 1
    words = sum(len(b.split()) for b in bodies.values())
    stats = {"articles": len(bodies), "words": words, "facts": len(spec.get("facts", [])), **n_pairs}
    return errors, stats


def main(argv):
    dirs = [Path(a) for a in argv] or sorted(p for split in ("test", "dev") for p in (ROOT / split).iterdir() if p.is_dir())
    total = {}
    bad = 0
    for d in dirs:
        errors, stats = check_story(d)
        label = f"{d.parent.name}/{d.name}"
        print(f"{label:40s} " + " ".join(f"{k}={v}" for k, v in stats.items()))
        for e in errors:
            print(f"    ERROR {e}")
        bad += bool(errors)
        for k, v in stats.items():
            total[k] = total.get(k, 0) + v
    print(f"{len(dirs)} stories, " + " ".join(f"{k}={v}" for k, v in total.items()))
    if bad:
        print(f"{bad} stories with errors", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
