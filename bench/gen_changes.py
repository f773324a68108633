#!/usr/bin/env python3
"""Generate N change sets (default 500) in four tools' layouts, for bench/changes.sh.

Each change creates one table, one index and inserts three rows; its revert drops the
table. Portable SQL (SQLite, PostgreSQL, MariaDB). Written under OUT_DIR:

    changes/2026-01-01-c0001/{change,revert}/001_*.sql   noorm change sets
    sql/c0001.sql                                       the same forward SQL, for `run build`
    db/migrations/20260101000001_c0001.sql              dbmate (-- migrate:up / -- migrate:down)
    sqitch/{sqitch.plan,sqitch.conf,deploy,revert}/     Sqitch (each script BEGIN ... COMMIT,
                                                        as `sqitch add` scaffolds it)
    raw_up.sql                                          every change, one transaction each
    raw_revert_last.sql                                 the newest change's revert, one transaction

    gen_changes.py OUT_DIR [-n 500]
"""
import argparse
import os


def forward(i):
    t = f"bench_c{i:04d}"
    rows = ",\n".join(f"    ({k}, 'row {k} of {t}', {k * 10})" for k in range(1, 4))
    return (f"CREATE TABLE {t} (\n    id INTEGER PRIMARY KEY,\n    name VARCHAR(100) NOT NULL,\n"
            f"    amount INTEGER NOT NULL DEFAULT 0\n);\n"
            f"CREATE INDEX {t}_name ON {t} (name);\n"
            f"INSERT INTO {t} (id, name, amount) VALUES\n{rows};\n")


def backward(i):
    return f"DROP TABLE bench_c{i:04d};\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("-n", type=int, default=500)
    args = ap.parse_args()
    out = args.out
    plan = ["%syntax-version=1.0.0", "%project=bench", ""]
    raw = []
    for i in range(1, args.n + 1):
        name = f"c{i:04d}"
        up, down = forward(i), backward(i)
        change = os.path.join(out, "changes", f"2026-01-01-{name}")
        write(os.path.join(change, "change", f"001_{name}.sql"), up)
        write(os.path.join(change, "revert", f"001_{name}.sql"), down)
        write(os.path.join(out, "sql", f"{name}.sql"), up)
        write(os.path.join(out, "db", "migrations", f"2026010100{i:04d}_{name}.sql"),
              f"-- migrate:up\n{up}\n-- migrate:down\n{down}")
        write(os.path.join(out, "sqitch", "deploy", f"{name}.sql"), f"BEGIN;\n\n{up}\nCOMMIT;\n")
        write(os.path.join(out, "sqitch", "revert", f"{name}.sql"), f"BEGIN;\n\n{down}\nCOMMIT;\n")
        plan.append(f"{name} 2026-01-01T00:00:00Z Bench <bench@noorm.dev> # change {i}")
        raw.append(f"BEGIN;\n{up}COMMIT;\n")
    write(os.path.join(out, "sqitch", "sqitch.plan"), "\n".join(plan) + "\n")
    write(os.path.join(out, "sqitch", "sqitch.conf"), "[core]\n\tplan_file = sqitch.plan\n\ttop_dir = .\n")
    write(os.path.join(out, "raw_up.sql"), "".join(raw))
    write(os.path.join(out, "raw_revert_last.sql"), f"BEGIN;\n{backward(args.n)}COMMIT;\n")


if __name__ == "__main__":
    main()
