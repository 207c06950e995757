#!/usr/bin/env python3
"""Speed of `trame tag` (tokens, tags, lemmas and dependency trees) against Apertium's own
command-line tagging pipeline on the same text, in the same run, both on one core.

usage: bench/tagging_bench.py [--trame PATH] [--shared DIR] [--words N] [--runs N] [--core C]

The text is made at run time, in a temporary file, from the sentences of the UD French
treebanks in shared/data/ud (printed by shared/tools/score_ud.py), one a line, repeated
until it holds at least --words words (whitespace-separated, as `wc -w` counts them).
Treebank text is never written into the repository.

Measured, --runs times each, alternating, each pinned to one core with taskset:
  apertium   apertium-destxt | lt-proc -w AUTOMORF | cg-proc -w RLX | apertium-tagger -g PROB
             (the fra-oci data of apertium-oci-fra; the processes share the core;
             apertium-destxt escapes the characters Apertium's stream reserves, without which
             lt-proc stops at the first "[" or "^")
  trame tag  trame tag --one-sentence-per-line TEXT
and once each, as a new process under /usr/bin/time -v:
  start-up   `trame tag` of a one-sentence text: loading the analyser and the parser model
  memory     the peak resident set size of `trame tag` over the whole text
The table gives the median wall time and CPU time (user + system, all the pipeline's
processes) of the runs, the words per second they make and the ratios of the rates, with
the 1-minute load average before and after: the machine may be shared, and wall times mean
little without it; CPU time is less sensitive to other work on the machine.
"""
import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
APERTIUM = "/usr/share/apertium/apertium-oci-fra"


def load():
    return os.getloadavg()[0]


def ud_text(shared):
    lines = []
    ud = os.path.join(shared, "data", "ud")
    for name in sorted(os.listdir(ud)):
        if not name.endswith(".conllu"):
            continue
        out = subprocess.run([sys.executable, os.path.join(shared, "tools", "score_ud.py"), "text",
                              os.path.join(ud, name)], check=True, capture_output=True,
                             text=True).stdout
        lines += [s.strip() for s in out.split("\n") if s.strip()]
    return lines


def timed(command, stdin_path=None):
    """Wall time and CPU time (user + system of the command and its children)."""
    with open(stdin_path or os.devnull, "rb") as stdin:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, check=True)
        wall = time.monotonic() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu


def peak_rss_mib(command):
    out = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True, check=True).stderr
    kib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", out).group(1))
    return kib / 1024


def check_tools():
    missing = [t for t in ("apertium-destxt", "lt-proc", "cg-proc", "apertium-tagger", "taskset")
               if shutil.which(t) is None]
    if missing:
        sys.exit("tagging_bench: missing " + ", ".join(missing) +
                 " (Debian packages apertium, lttoolbox, cg3, util-linux)")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--trame", default=os.path.join(ROOT, "build", "cli", "trame"))
    p.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    p.add_argument("--words", type=int, default=200000)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--core", type=int, default=0)
    a = p.parse_args()
    check_tools()

    sentences = ud_text(a.shared)
    text, words = [], 0
    while words < a.words:
        for s in sentences:
            text.append(s)
            words += len(s.split())
            if words >= a.words:
                break
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "text.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(text) + "\n")
        one = os.path.join(tmp, "one.txt")
        with open(one, "w", encoding="utf-8") as f:
            f.write(text[0] + "\n")
        pin = ["taskset", "-c", str(a.core)]
        apertium = pin + ["bash", "-o", "pipefail", "-c",
                          "apertium-destxt | "
                          f"lt-proc -w {APERTIUM}/fra-oci.automorf.bin | "
                          f"cg-proc -w {APERTIUM}/fra-oci.rlx.bin | "
                          f"apertium-tagger -g {APERTIUM}/fra-oci.prob"]
        tag = pin + [a.trame, "tag", "--one-sentence-per-line", path]
        times = {"apertium": [], "trame tag": []}
        load_before = load()
        for _ in range(a.runs):
            times["apertium"].append(timed(apertium, path))
            times["trame tag"].append(timed(tag))
        load_after = load()
        startup = statistics.median(timed(pin + [a.trame, "tag", one])[0] for _ in range(5))
        rss = peak_rss_mib([a.trame, "tag", "--one-sentence-per-line", path])
        rss_startup = peak_rss_mib([a.trame, "tag", one])

    print(f"text: {len(text):,} sentences, {words:,} words; load {load_before:.2f} -> "
          f"{load_after:.2f}; core {a.core}; {a.runs} runs each")
    print(f"{'':12} {'median wall':>12} {'words/s':>10} {'median CPU':>11} {'words/CPU s':>12}"
          "   runs (wall/CPU)")
    rates, cpu_rates = {}, {}
    for name, ts in times.items():
        m = statistics.median(t[0] for t in ts)
        c = statistics.median(t[1] for t in ts)
        rates[name] = words / m
        cpu_rates[name] = words / c
        print(f"{name:12} {m:11.2f}s {rates[name]:10,.0f} {c:10.2f}s {cpu_rates[name]:12,.0f}   " +
              " ".join(f"{t[0]:.2f}/{t[1]:.2f}" for t in ts))
    print(f"trame tag / apertium: {rates['trame tag'] / rates['apertium']:.2f}x by wall time, "
          f"{cpu_rates['trame tag'] / cpu_rates['apertium']:.2f}x by CPU time")
    print(f"start-up (trame tag of one sentence, median of 5): {startup:.3f} s, "
          f"peak RSS {rss_startup:.0f} MiB")
    print(f"peak RSS of trame tag over the whole text: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
