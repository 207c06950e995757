#!/usr/bin/env python3
"""Start-up cost of several builds of a program, run in turn so that they share the load.

usage: bench/startup_compare.py RUNS 'ARG|ARG|…' BINARY [BINARY…]

Runs every BINARY with the same arguments (separated by |), RUNS times each, one after the
other in turn, each as a new process (posix_spawn, output to /dev/null), and prints per
binary the median and minimum wall time from spawn to exit and CPU time (user + system,
from wait4), in milliseconds, then the load average. Turns keep a busy neighbour's load
from favouring one binary; medians keep its bursts out. Examples:

  bench/startup_compare.py 300 --version /tmp/trame-before build/cli/trame
  bench/startup_compare.py 300 'neighbours|--db|STORE|NAME' /tmp/trame-before build/cli/trame
"""
import os
import statistics
import sys
import time


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__.split("\n\n")[1])
    runs, args, binaries = int(sys.argv[1]), sys.argv[2].split("|"), sys.argv[3:]
    args = [a for a in args if a]
    walls = {b: [] for b in binaries}
    cpus = {b: [] for b in binaries}
    devnull = os.open(os.devnull, os.O_WRONLY)
    quiet = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
    for _ in range(runs):
        for b in binaries:
            t0 = time.perf_counter()
            pid = os.posix_spawn(b, [b] + args, os.environ, file_actions=quiet)
            _, _, usage = os.wait4(pid, 0)
            walls[b].append((time.perf_counter() - t0) * 1000)
            cpus[b].append((usage.ru_utime + usage.ru_stime) * 1000)
    width = max(len(b) for b in binaries)
    for b in binaries:
        print(f"{b:<{width}}  wall median {statistics.median(walls[b]):7.2f} min "
              f"{min(walls[b]):7.2f} ms | CPU median {statistics.median(cpus[b]):7.2f} min "
              f"{min(cpus[b]):7.2f} ms")
    print("load average: %.2f %.2f %.2f" % os.getloadavg())


if __name__ == "__main__":
    main()
