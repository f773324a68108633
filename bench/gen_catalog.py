#!/usr/bin/env python3
"""gen_catalog.py N: a PostgreSQL schema of N tables for the catalog benchmarks
(bench/catalog.sh, bench/desktop.sh): each with an integer primary key, 8 columns (integer,
text, timestamptz in turn), a foreign key to the table before it, and 2 indexes."""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
for i in range(n):
    cols = ",\n  ".join(f"c{j} {'integer' if j % 3 == 0 else 'text' if j % 3 == 1 else 'timestamptz'}" for j in range(8))
    fk = f",\n  parent_id integer REFERENCES t{i - 1:05d} (id)" if i else ",\n  parent_id integer"
    print(f"CREATE TABLE t{i:05d} (\n  id integer PRIMARY KEY,\n  {cols}{fk}\n);")
    print(f"CREATE INDEX t{i:05d}_c0 ON t{i:05d} (c0);")
    print(f"CREATE INDEX t{i:05d}_c1_c2 ON t{i:05d} (c1, c2);")
