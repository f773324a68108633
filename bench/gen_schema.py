#!/usr/bin/env python3
"""Generate a reproducible schema of N SQL files (default 1000) for benchmarking `noorm run build`.

Files cycle through four kinds: a table, an index on an earlier table, a view over an
earlier table, and a batch of inserts into an earlier table. Portable SQL that SQLite,
PostgreSQL and MariaDB all accept. Also writes all.sql (every file concatenated in run
order) for the database's own client.

    gen_schema.py OUT_DIR [-n 1000] [--rows 20]
"""
import argparse
import os
import random

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--rows", type=int, default=20, help="rows per insert file")
    args = ap.parse_args()
    rnd = random.Random(42)
    sql_dir = os.path.join(args.out, "sql")
    os.makedirs(sql_dir, exist_ok=True)
    tables = []
    files = []
    for i in range(args.n):
        kind = ["table", "index", "view", "insert"][i % 4] if tables else "table"
        folder = {"table": "01_tables", "index": "02_indexes", "view": "03_views", "insert": "04_data"}[kind]
        # Folders run in order; within one, numbered files keep the order of creation.
        name = f"{folder}/{i:05d}_{kind}.sql"
        if kind == "table":
            t = f"bench_t{i:05d}"
            tables.append(t)
            body = (f"CREATE TABLE {t} (\n    id INTEGER PRIMARY KEY,\n    name VARCHAR(100) NOT NULL,\n"
                    f"    amount INTEGER NOT NULL DEFAULT 0,\n    note VARCHAR(255)\n);\n")
        elif kind == "index":
            t = rnd.choice(tables)
            body = f"CREATE INDEX bench_ix{i:05d} ON {t} (name, amount);\n"
        elif kind == "view":
            t = rnd.choice(tables)
            body = (f"CREATE VIEW bench_v{i:05d} AS\n    SELECT id, name, amount * 2 AS doubled\n"
                    f"    FROM {t}\n    WHERE amount > {rnd.randint(0, 100)};\n")
        else:
            t = rnd.choice(tables)
            lines = []
            for r in range(args.rows):
                rid = i * 1000 + r
                lines.append(f"INSERT INTO {t} (id, name, amount, note) VALUES "
                             f"({rid}, 'name {rid}', {rnd.randint(0, 1000)}, 'it''s row {r}');")
            body = "\n".join(lines) + "\n"
        files.append((name, f"-- {name}\n" + body))
    files.sort()
    for name, body in files:
        path = os.path.join(sql_dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(body)
    with open(os.path.join(args.out, "all.sql"), "w") as f:
        for _, body in files:
            f.write(body)
    print(f"{len(files)} files in {sql_dir}")

if __name__ == "__main__":
    main()
