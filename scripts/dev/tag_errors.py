#!/usr/bin/env python3
"""Where trame's tagging differs from a UD treebank: the most frequent UPOS confusions
(with example words) and the gold units trame's tokens do not line up with.

usage: tag_errors.py GOLD.conllu SYSTEM.conllu [N]
Pairs sentences and aligns tokens the way ../shared/tools/score_tag.py does."""
import sys, collections, importlib.util, os
spec = importlib.util.spec_from_file_location(
    "score_tag", os.path.join(os.path.dirname(__file__), "../../../shared/tools/score_tag.py"))
st = importlib.util.module_from_spec(spec); spec.loader.exec_module(st)
gold, system = st.units(sys.argv[1]), st.units(sys.argv[2])
top = int(sys.argv[3]) if len(sys.argv) > 3 else 25
conf, words, unaligned, lemmas = collections.Counter(), collections.defaultdict(collections.Counter), collections.Counter(), collections.Counter()
for k, g in enumerate(gold):
    gs = st.spans(g)
    text = "".join("".join(t[0].split()) for t in g)
    ss = st.spans_in(system[k], text) if k < len(system) else {}
    forms = {}
    pos = 0
    for form, upos, lemma in g:
        n = len("".join(form.split())); forms[(pos, pos + n)] = form; pos += n
    for span, (gu, gl) in gs.items():
        if span not in ss:
            unaligned[forms[span]] += 1
            continue
        su, sl = ss[span]
        if su != gu:
            conf[(gu, su)] += 1
            words[(gu, su)][forms[span].lower()] += 1
        elif sl.lower() != gl.lower():
            lemmas[(forms[span], gl, sl)] += 1
print("== UPOS confusions (gold -> system)")
for (gu, su), n in conf.most_common(top):
    print(f"{n:5d} {gu:>6} -> {su:<6} {', '.join(w for w, _ in words[(gu, su)].most_common(8))}")
print("== unaligned gold units")
print(", ".join(f"{w}:{n}" for w, n in unaligned.most_common(top * 2)))
print("== lemma errors (form gold system)")
print(", ".join(f"{f}/{g}/{s}:{n}" for (f, g, s), n in lemmas.most_common(top * 2)))
