#!/usr/bin/python3
"""Loads an RDF file with rdflib (Debian's python3-rdflib) and prints the answer to a SPARQL
query as JSON: a list of rows, each variable -> the term's text (IRI or lexical form).

usage: rdf_query.py json-ld|nquads FILE QUERY_FILE

A file rdflib cannot read makes it exit 1 with rdflib's message: the tests want that loud.
"""
import json
import sys

import rdflib


def main():
    fmt, path, query_path = sys.argv[1:4]
    graph = rdflib.ConjunctiveGraph()
    with open(path, "rb") as f:
        graph.parse(f, format=fmt)
    with open(query_path, encoding="utf-8") as f:
        query = f.read()
    result = graph.query(query)
    rows = []
    if result.type == "ASK":
        rows.append({"ask": str(bool(result.askAnswer)).lower()})
    else:
        for row in result:
            rows.append({str(var): (None if row[var] is None else str(row[var]))
                         for var in result.vars})
    json.dump(rows, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
