#!/usr/bin/python3
"""Reads a GraphML file with networkx (Debian's python3-networkx), which checks the keys'
declared types, and prints what it read as JSON: {"directed": bool, "nodes": {id: data},
"edges": [[source, target, data], ...]}.

usage: graphml_read.py FILE
"""
import json
import sys

import networkx


def main():
    graph = networkx.read_graphml(sys.argv[1], force_multigraph=True)
    out = {
        "directed": graph.is_directed(),
        "nodes": {node: data for node, data in graph.nodes(data=True)},
        "edges": [[u, v, data] for u, v, data in graph.edges(data=True)],
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
