#!/usr/bin/env python3
"""Write SampleData/clients/: three small sample clients for `make demo`'s portfolio.

Each is sixteen weeks (2026-08-03 to 2026-11-22) of ../shared/bench/gen_calendar.py
with its own seed and density, and a profile that puts the same calendar owner at a
different level, promotion date and target, so the three rank differently. The same
arguments always give the same bytes; run it again after changing the generator.

Usage: scripts/sample_clients.py [--shared ../shared]
"""
import argparse
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

# name, seed, density, level, promoted, target
CLIENTS = [
    ("atlas", 11, 1.0, "vp", "2026-09-07", 0.25),
    ("beacon", 12, 0.8, "director", "2026-03-02", 0.30),
    ("cobalt", 13, 0.5, "executive", "2025-10-06", 0.20),
]

PROFILE = """\
# Sample client {name} for `make demo` (written by scripts/sample_clients.py).
name: Dana Reyes
email: dana.reyes@northwind.example
level: {level}
timezone: America/New_York
promoted: {promoted}
organization: [northwind.example]
manager: karen.walsh@northwind.example
directs: [alex.kim@northwind.example, priya.nair@northwind.example, sam.okafor@northwind.example,
          jordan.lee@northwind.example, mei.chen@northwind.example, luis.ortega@northwind.example]
peers: [grace.liu@northwind.example, marcus.hill@northwind.example, elena.rossi@northwind.example,
        david.park@northwind.example]
working_hours: {{start: "08:30", end: "18:00", days: [mon, tue, wed, thu, fri]}}
target: {target}
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    generator = pathlib.Path(args.shared) / "bench" / "gen_calendar.py"
    if not generator.exists():
        print(f"sample_clients: {generator} not found", file=sys.stderr)
        return 66
    out = ROOT / "SampleData" / "clients"
    out.mkdir(parents=True, exist_ok=True)
    for name, seed, density, level, promoted, target in CLIENTS:
        subprocess.run([sys.executable, str(generator), "--weeks", "16", "--start", "2026-08-03", "--seed", str(seed),
                        "--density", str(density), "--out", str(out / f"{name}.ics")], check=True)
        (out / f"{name}.yaml").write_text(PROFILE.format(name=name, level=level, promoted=promoted, target=target))
    return 0


if __name__ == "__main__":
    sys.exit(main())
