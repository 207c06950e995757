#!/usr/bin/env python3
"""How right the heads `trame tag` writes are, against a UD treebank: of the words trame
attaches (head not "_"), the share whose head is the gold head, and the share of all gold
words trame attaches. Words are paired by their position when both sides have the same
words (sentences that tokenise differently are skipped and counted).

usage: head_accuracy.py GOLD.conllu SYSTEM.conllu"""
import sys

def sentences(path):
    out, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if cur: out.append(cur)
            cur = []
        elif not line.startswith("#"):
            c = line.split("\t")
            if "-" in c[0] or "." in c[0]:
                continue
            cur.append((c[1], c[6], c[7]))
    if cur: out.append(cur)
    return out

gold, system = sentences(sys.argv[1]), sentences(sys.argv[2])
attached = right = total = skipped = 0
for g, s in zip(gold, system):
    if [w[0] for w in g] != [w[0] for w in s]:
        skipped += 1
        continue
    for (form, gh, _), (_, sh, _) in zip(g, s):
        total += 1
        if sh != "_":
            attached += 1
            right += sh == gh
print(f"sentences compared: {len(gold) - skipped} of {len(gold)}")
print(f"heads: attached {attached}/{total} ({attached / max(1, total):.2f}), "
      f"right {right}/{attached} ({right / max(1, attached):.2f})")
