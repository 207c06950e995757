#!/usr/bin/env python3
"""Extraction throughput of the built `trame`: words and documents per second, and memory.

usage: bench/extraction_bench.py [--trame PATH] [--shared DIR] [--runs N] [--per-doc N]
                                 [--jobs 1,2] [--keep DIR] [--profile]

The corpus is made at run time, in a temporary directory, from the sentences of the UD
French treebanks in shared/data/ud (printed by shared/tools/score_ud.py) grouped into
documents of --per-doc sentences, plus examples/*.txt. Treebank text is never written into
the repository. A document is paragraphs of four sentences: sentences run on after a space
when they end with . ? ! or … and otherwise close their paragraph, so the extractor's
segmentation finds the treebank's sentence boundaries, as it would in a news article.

Measured, each --runs times, each as a new process under /usr/bin/time -v:
  start-up       `trame extract` of a one-sentence document: loading Apertium's analyser
                 and the parser model, which every extracting process pays once;
  extract        `trame extract CORPUS > /dev/null`, one process;
  ingest -j N    `trame ingest --db NEW_STORE CORPUS --jobs N`, into a new store each run.
With --profile, `trame extract CORPUS` also runs once under `perf record` (call graphs
unwound with DWARF; needs perf) and the CPU time is split between the stages, from the
inclusive samples of the functions that run them (see STAGES).
Words are whitespace-separated tokens of the documents (as `wc -w` counts them). The table
gives the median wall time of the runs and the rates it makes, the median CPU time (user +
system, the workers' included), the peak RSS of the largest single process (time's
"Maximum resident set size"), the peak proportional set size of the whole process tree
(sampled every 50 ms from /proc; the workers share the parent's pages until they write
them) and the 1-minute load average before and after each measure: the machine may be
shared, and wall times mean little without it.
"""
import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SENTENCE_END = (".", "?", "!", "…", ".»", "?»", "!»", ". »", "? »", "! »")


def ud_sentences(shared, treebank):
    out = subprocess.run([sys.executable, os.path.join(shared, "tools", "score_ud.py"), "text",
                          treebank], check=True, capture_output=True, text=True).stdout
    return [s.strip() for s in out.split("\n") if s.strip()]


def as_document(sentences):
    paragraphs, current = [], []
    for s in sentences:
        current.append(s)
        if len(current) == 4 or not s.endswith(SENTENCE_END):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs) + "\n"


def make_corpus(directory, shared, per_doc):
    shutil.rmtree(directory, ignore_errors=True)  # a --keep directory used before
    os.makedirs(directory)
    docs = []
    for treebank in sorted(glob.glob(os.path.join(shared, "data", "ud", "*.conllu"))):
        sentences = ud_sentences(shared, treebank)
        name = os.path.basename(treebank).replace(".conllu", "")
        for i in range(0, len(sentences), per_doc):
            part = sentences[i:i + per_doc]
            docs.append((f"{name}-{i // per_doc + 1:04d}.txt", as_document(part), len(part)))
    for path in sorted(glob.glob(os.path.join(ROOT, "examples", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            docs.append(("example-" + os.path.basename(path), f.read(), None))
    words = 0
    for name, text, _ in docs:
        with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
            f.write(text)
        words += len(text.split())
    ud = sum(n for _, _, n in docs if n)
    return len(docs), words, ud


def tree_pss_kb(root_pid):
    """Proportional set size of root_pid and every process under it, in KiB."""
    children = {}
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            with open(stat) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.split("/")[2]))
        except (OSError, IndexError, ValueError):
            pass
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def timed(cmd, stdout):
    """Runs cmd under /usr/bin/time -v; returns wall s, CPU s, max RSS KiB, peak tree PSS KiB."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        t0 = time.perf_counter()
        p = subprocess.Popen(["/usr/bin/time", "-v", "-o", report.name] + cmd, stdout=stdout,
                             stderr=subprocess.PIPE, text=True)
        peak, done = [0], threading.Event()

        def sample():
            while not done.wait(0.05):
                peak[0] = max(peak[0], tree_pss_kb(p.pid))

        sampler = threading.Thread(target=sample)
        sampler.start()
        _, err = p.communicate()
        wall = time.perf_counter() - t0
        done.set()
        sampler.join()
        if p.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed ({p.returncode}): {err.strip()[-500:]}")
        fields = {}
        for line in report.read().splitlines():
            key, _, value = line.strip().rpartition(": ")
            fields[key] = value
    cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
    return wall, cpu, int(fields["Maximum resident set size (kbytes)"]), peak[0]


def measure(label, make_cmd, runs, words, docs, stdout=subprocess.DEVNULL):
    walls, cpus, rss, pss, loads = [], [], [], [], []
    for run in range(runs):
        before = os.getloadavg()[0]
        w, c, r, p = timed(make_cmd(run), stdout)
        walls.append(w)
        cpus.append(c)
        rss.append(r)
        pss.append(p)
        loads.append((before, os.getloadavg()[0]))
    wall = statistics.median(walls)
    rates = f"{words / wall:8.0f} | {docs / wall:7.1f}" if words else f"{'':>8} | {'':>7}"
    print(f"| {label:<16} | {wall:7.2f} ({min(walls):.2f}–{max(walls):.2f}) | "
          f"{statistics.median(cpus):6.2f} | {rates} | {max(rss) / 1024:6.0f} | "
          f"{max(pss) / 1024:6.0f} | {' '.join(f'{a:.1f}→{b:.1f}' for a, b in loads)} |",
          flush=True)
    return wall


# The stages of `trame extract`, each the samples under some functions less those under
# others (names as perf prints them for the Release build, which keeps its symbols).
PIPELINE = "trame::internal::ApertiumPipeline::"
STAGES = [
    ("loading the Apertium analyser (lttoolbox transducer)", [PIPELINE + "ApertiumPipeline"], []),
    ("loading the parser model", ["trame::internal::ParserModel::built_in"], []),
    ("lttoolbox morphological analysis", [PIPELINE + "analyse"], []),
    ("tagger and parser (the network, the spanning trees)",
     ["trame::internal::ParserModel::analyse"], []),
    ("segmentation, UD words, dictionary look-ups, readings",
     ["trame::internal::FrenchAnalyzer::analyse"],
     [PIPELINE + "analyse", "trame::internal::ParserModel::analyse"]),
    ("trame's clause grammar, coreference, entity names",
     ["trame::Extractor::extract"], ["trame::internal::FrenchAnalyzer::analyse"]),
]


def profile(trame, corpus, work, words):
    data = os.path.join(work, "perf.data")
    subprocess.run(["perf", "record", "-q", "-e", "cpu-clock", "-F", "499", "--call-graph",
                    "dwarf,32768", "-o", data, trame, "extract", corpus],
                   check=True, stdout=subprocess.DEVNULL)
    report = subprocess.run(["perf", "report", "-i", data, "--children", "--sort", "sym", "-g",
                             "none", "--stdio", "--percent-limit", "0.01"],
                            check=True, capture_output=True, text=True).stdout
    samples = subprocess.run(["perf", "report", "-i", data, "--stdio", "--sort", "comm", "-g",
                              "none"], check=True, capture_output=True, text=True).stdout
    # cpu-clock counts nanoseconds.
    seconds = next(int(line.split()[-1]) for line in samples.splitlines()
                   if line.startswith("# Event count")) / 1e9
    children = {}
    for line in report.splitlines():
        parts = line.split(None, 3)
        if len(parts) == 4 and parts[0].endswith("%") and parts[2] in ("[.]", "[k]"):
            children.setdefault(parts[3].strip(), float(parts[0][:-1]))
    inclusive = lambda names: sum(children.get(n, 0.0) for n in names)
    print(f"\nwhere `trame extract` spends its CPU: {seconds:.2f} s for {words} words (perf)")
    print("| stage | share | CPU s | words/s of CPU through it |\n|---|---|---|---|")
    accounted = 0.0
    for label, plus, minus in STAGES:
        share = max(0.0, inclusive(plus) - inclusive(minus))
        accounted += share
        rate = "" if label.startswith("loading") else f"{words / (seconds * share / 100):,.0f}"
        print(f"| {label} | {share:5.1f}% | {seconds * share / 100:6.2f} | {rate} |")
    rest = 100 - accounted
    print(f"| the rest: process start and exit, reading the files, JSON output | {rest:5.1f}% | "
          f"{seconds * rest / 100:6.2f} | |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trame", default=os.path.join(ROOT, "build", "cli", "trame"))
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"),
                        help="the shared folder holding data/ud and tools/score_ud.py")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--per-doc", type=int, default=20, help="treebank sentences a document")
    parser.add_argument("--jobs", default="1,2", help="ingest --jobs values to measure")
    parser.add_argument("--keep", help="make the corpus and stores here and keep them")
    parser.add_argument("--profile", action="store_true",
                        help="also split the time of trame extract between its stages (perf)")
    args = parser.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "data", "ud")):
        args.shared = "/work/shared"
    trame = os.path.abspath(args.trame)

    work = args.keep or tempfile.mkdtemp(prefix="trame-extraction-bench-")
    try:
        corpus = os.path.join(work, "corpus")
        docs, words, sentences = make_corpus(corpus, args.shared, args.per_doc)
        one = os.path.join(work, "one.txt")
        with open(one, "w", encoding="utf-8") as f:
            f.write("Le groupe Méridia a racheté le terminal de Fos-sur-Mer.\n")
        print(f"corpus: {docs} documents, {words} words ({sentences} treebank sentences in "
              f"documents of {args.per_doc}, and examples/*.txt); {os.cpu_count()} cores; "
              f"{trame}")
        print("| measure          | wall s, median (range) | CPU s | words/s  | docs/s  "
              "| max RSS MiB | tree PSS MiB | load 1 min before→after each run |")
        print("|---|---|---|---|---|---|---|---|")
        measure("start-up", lambda run: [trame, "extract", one], args.runs, 0, 0)
        measure("extract", lambda run: [trame, "extract", corpus], args.runs, words, docs)
        for jobs in [int(j) for j in args.jobs.split(",")]:
            def ingest(run, jobs=jobs):
                db = os.path.join(work, f"store-j{jobs}-{run}")
                shutil.rmtree(db, ignore_errors=True)
                return [trame, "ingest", "--db", db, corpus, "--jobs", str(jobs)]
            measure(f"ingest --jobs {jobs}", ingest, args.runs, words, docs)
        if args.profile:
            profile(trame, corpus, work, words)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
