#!/usr/bin/env python3
"""List the annotated figures of a corpus split that the extractor does not read, by shape.

For every story under DIR (a split such as tests/fixtures/corpus/dev, or a directory of fresh
stories), each article is given to `crosscheck extract` with its publication date, and every
annotated mention in facts.json is looked up by byte offsets: "unread" when no extracted
mention overlaps it, "partly" when mentions overlap it but none covers it. Unread figures are
grouped by shape (digits become 9, lower case: "K745 million" is "k9 million"), the parts of
partly read figures that no mention covers likewise ("about 3pm" read as "3pm" is "about _").
The largest groups are where a reader is missing (docs/judgement.md, thirty-first and
thirty-second stops). Tuning aid for dev only; never run it on test.

usage: python3 scripts/unread_figures.py DIR [--top N] [--examples K] [--shape SHAPE]
       [--partly] [--crosscheck PATH]

--shape prints every unread figure of one shape with its sentence around it.
"""

import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys


def article_body(path):
    """The article's body and publication date, without the Title:/Published: lines."""
    body = open(path, encoding="utf-8").read()
    published = None
    while True:
        first, _, rest = body.partition("\n")
        if first.startswith("Published:"):
            published = first.split(":", 1)[1].strip()
            body = rest
        elif first.startswith("Title:"):
            body = rest
        else:
            return body, published


def extract_all(crosscheck, bodies):
    """Every article's mentions, from one run of `crosscheck extract`."""
    lines = [json.dumps({"text": body, "published": published}) for body, published in bodies]
    run = subprocess.run(
        [crosscheck, "extract"], input="\n".join(lines), capture_output=True, text=True, check=True
    )
    out = []
    for line in run.stdout.strip().split("\n"):
        answer = json.loads(line)
        if "mentions" not in answer:
            sys.exit(f"unread_figures.py: crosscheck extract refused an article: {line[:200]}")
        out.append(answer["mentions"])
    return out


def shape(text):
    return re.sub(r"[0-9]+", "9", text.lower())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--top", type=int, default=40, help="groups to print")
    ap.add_argument("--examples", type=int, default=2, help="examples per group")
    ap.add_argument("--shape", help="print every unread figure of this shape in context")
    ap.add_argument("--partly", action="store_true", help="group the partly read figures instead")
    ap.add_argument("--crosscheck", default="target/release/crosscheck")
    args = ap.parse_args()
    if not os.path.exists(args.crosscheck):
        sys.exit(f"unread_figures.py: {args.crosscheck} is missing: cargo build --release --bin crosscheck")

    stories = sorted(glob.glob(os.path.join(args.dir, "*", "facts.json")))
    paths = [p for s in stories for p in sorted(glob.glob(os.path.join(os.path.dirname(s), "*.txt")))]
    bodies = [article_body(p) for p in paths]
    mentions = dict(zip(paths, extract_all(args.crosscheck, bodies)))
    texts = {p: b for p, (b, _) in zip(paths, bodies)}

    total = 0
    groups = collections.defaultdict(list)
    for facts_path in stories:
        story = os.path.dirname(facts_path)
        for fact in json.load(open(facts_path, encoding="utf-8"))["facts"]:
            for m in fact["mentions"]:
                article, locator = m[0], m[1]
                path = os.path.join(story, article + ".txt")
                body = texts.get(path)
                plain = locator.replace("[[", "").replace("]]", "")
                at = body.find(plain) if body is not None else -1
                if at < 0:
                    continue
                a = at + locator.index("[[")
                b = a + locator.index("]]") - locator.index("[[") - 2
                # The engine's offsets are bytes.
                ab, be = len(body[:a].encode()), len(body[:b].encode())
                total += 1
                hits = [x for x in mentions[path] if x["start"] < be and x["end"] > ab]
                where = (os.path.basename(story), body, a, b)
                if not hits and not args.partly:
                    groups[shape(body[a:b])].append(where)
                elif hits and args.partly and not any(x["start"] <= ab and x["end"] >= be for x in hits):
                    covered = bytearray(body[a:b].encode())
                    for x in hits:
                        for k in range(max(x["start"], ab), min(x["end"], be)):
                            covered[k - ab] = ord("_")
                    rest = re.sub(r"_+", "_", covered.decode("utf-8", "replace")).strip()
                    groups[shape(rest)].append(where)

    kind = "partly read" if args.partly else "unread"
    print(f"{total} annotated mentions, {sum(len(v) for v in groups.values())} {kind}")
    if args.shape is not None:
        for story, body, a, b in groups.get(args.shape, []):
            print(f"{story[:40]:40} | {body[max(0, a - 70):b + 50]}".replace("\n", " "))
        return
    for key, found in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[: args.top]:
        examples = "; ".join(repr(body[a:b]) for _, body, a, b in found[: args.examples])
        print(f"{len(found):5}  {key!r:32} {examples}")


if __name__ == "__main__":
    main()
