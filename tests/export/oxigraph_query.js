#!/usr/bin/env node
// Loads an RDF file into an in-memory Oxigraph store (npm package `oxigraph`, installed in
// tests/export/node_modules by scripts/install-deps) and prints the answer to a SPARQL query as
// JSON: a list of rows, each variable -> the term's value (IRI or lexical form).
//
// usage: oxigraph_query.js json-ld|nquads FILE QUERY_FILE
"use strict";
const fs = require("fs");
// Oxigraph's random numbers come from the Web Crypto API, a global only from Node 19 on;
// Debian 12's Node 18 has it as crypto.webcrypto.
if (!globalThis.crypto) globalThis.crypto = require("crypto").webcrypto;
const oxigraph = require("oxigraph");

const [format, file, queryFile] = process.argv.slice(2);
const mime = { "json-ld": "application/ld+json", nquads: "application/n-quads" }[format];
if (!mime) {
  console.error(`unknown format ${format}`);
  process.exit(2);
}
const store = new oxigraph.Store();
store.load(fs.readFileSync(file, "utf8"), { format: mime });
const answer = store.query(fs.readFileSync(queryFile, "utf8"));
let rows;
if (typeof answer === "boolean") {
  rows = [{ ask: String(answer) }];
} else {
  rows = answer.map((binding) => {
    const row = {};
    for (const [name, term] of binding) row[name] = term.value;
    return row;
  });
}
process.stdout.write(JSON.stringify(rows));
