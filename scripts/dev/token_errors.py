#!/usr/bin/env python3
"""Tokens of a gold treebank that trame's tokenisation does not reproduce, counted.

usage: scripts/dev/token_errors.py GOLD.conllu SYSTEM.conllu [N]

Aligns tokens by character spans as ../shared/tools/score_parse.py does and lists the most
frequent gold tokens left unaligned, with what trame wrote there (a development aid: it
prints treebank tokens, so its output stays out of the repository).
"""
import collections
import sys


def tokens(path):
    sents, cur, skip_until = [], [], 0
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if cur:
                sents.append(cur)
            cur, skip_until = [], 0
            continue
        if line.startswith("#"):
            continue
        c = line.split("\t")
        if "." in c[0]:
            continue
        if "-" in c[0]:
            a, b = map(int, c[0].split("-"))
            cur.append((c[1], b - a + 1))
            skip_until = b
            continue
        if int(c[0]) <= skip_until:
            continue
        cur.append((c[1], 1))
    if cur:
        sents.append(cur)
    return sents


def spans(toks):
    out, pos = {}, 0
    for form, n in toks:
        f = "".join(form.split())
        out[(pos, pos + len(f))] = (form, n)
        pos += len(f)
    return out


gold, system = tokens(sys.argv[1]), tokens(sys.argv[2])
limit = int(sys.argv[3]) if len(sys.argv) > 3 else 40
errors = collections.Counter()
for g, s in zip(gold, system):
    gs, ss = spans(g), spans(s)
    for span, (form, n) in gs.items():
        got = ss.get(span)
        if got is None or got[1] != n:
            # what the system has over this span
            inside = [v[0] + ("/%d" % v[1] if v[1] > 1 else "") for k, v in sorted(ss.items())
                      if k[0] < span[1] and k[1] > span[0]]
            errors[(form + ("/%d" % n if n > 1 else ""), " ".join(inside))] += 1
for (form, got), count in errors.most_common(limit):
    print(f"{count:4d}  {form!r:30} -> {got!r}")
print("total", sum(errors.values()))
