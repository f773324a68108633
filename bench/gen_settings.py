#!/usr/bin/env python3
"""Generate a settings.yml of N rules and N stages (each stage with defaults and a secret),
about 300 bytes per N (N=44000 is 13.5 MB), for benchmarking how noorm reads and writes
large settings files. Same shape as tst_settings' generatedSettings().

    gen_settings.py N > .noorm/settings.yml
"""
import sys


def main():
    n = int(sys.argv[1])
    out = ["schemaVersion: 1", "rules:"]
    for i in range(n):
        out += [f"    - description: rule {i}", "      match:", f"          name: cfg{i}",
                "      include:", f"          - folder{i}"]
    out.append("stages:")
    for i in range(n):
        out += [f"    stage{i}:", f"        description: Stage number {i}", "        defaults:",
                "            dialect: postgres", f"            port: {1000 + i % 60000}", "        secrets:",
                f"            - key: KEY_{i}", "              type: password"]
    print("\n".join(out))


if __name__ == "__main__":
    main()
