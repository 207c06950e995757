#!/usr/bin/python3
"""Reads a CSV file the way `neo4j-admin database import` is told to in docs/formats.md
(comma separated, '"' quoting with doubled quotes, fields over several lines) and prints
it as JSON: a list of rows, each a list of fields, the header first.

usage: csv_read.py FILE
"""
import csv
import json
import sys


def main():
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter=",", quotechar='"', doublequote=True, strict=True))
    json.dump(rows, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
