#!/usr/bin/env python3
"""Write SampleData/clients/: three small sample clients for `make demo`'s portfolio.

Each is sixteen weeks (2026-08-03 to 2026-11-22) of ../shared/bench/gen_calendar.py
with its own seed and density, and a profile at its own level, promotion date and target,
so the three rank differently. The generator always writes one leader (Dana Reyes at
northwind.example) and her people; each client but the first gets a leader, a team and a
company of its own — every name, address and first name in a title replaced — so the
coach's three digests, reports and portfolio rows are about three different people. The
same arguments always give the same bytes; run it again after changing the generator.

Usage: scripts/sample_clients.py [--shared ../shared]
"""
import argparse
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from sample_data import fold  # noqa: E402  (RFC 5545 folding, as the sample VP's calendar is written)

# name, seed, density, level, promoted, target, company domain, then the people: the leader, their
# manager, six directs, four peers (in the generator's order, which the replacements follow).
CLIENTS = [
    ("atlas", 11, 1.0, "vp", "2026-09-07", 0.25, "northwind.example",
     ["Dana Reyes", "Karen Walsh", "Alex Kim", "Priya Nair", "Sam Okafor", "Jordan Lee", "Mei Chen", "Luis Ortega",
      "Grace Liu", "Marcus Hill", "Elena Rossi", "David Park"]),
    ("beacon", 12, 0.8, "director", "2026-03-02", 0.30, "fabrikam.example",
     ["Miguel Santos", "Helen Brandt", "Noah Clarke", "Fatima Rahman", "Ivan Petrov", "Chloe Martin", "Kenji Mori", "Sara Lind",
      "Tariq Aziz", "Julia Weber", "Oscar Diaz", "Amara Obi"]),
    ("cobalt", 13, 0.5, "executive", "2025-10-06", 0.20, "contoso.example",
     ["Ingrid Larsen", "Robert Hayes", "Lucia Ferri", "Daniel Cho", "Yara Haddad", "Peter Novak", "Anika Roy", "Felix Braun",
      "Hana Sato", "Victor Lopes", "Ruth Adler", "Emeka Eze"]),
]
GENERATOR_PEOPLE = CLIENTS[0][7]
GENERATOR_DOMAIN = CLIENTS[0][6]

PROFILE = """\
# Sample client {name} for `make demo` (written by scripts/sample_clients.py).
name: {leader}
email: {leader_address}
level: {level}
timezone: America/New_York
promoted: {promoted}
organization: [{domain}]
manager: {manager}
directs: [{directs}]
peers: [{peers}]
working_hours: {{start: "08:30", end: "18:00", days: [mon, tue, wed, thu, fri]}}
target: {target}
"""


def address(name, domain):
    return name.lower().replace(" ", ".") + "@" + domain


def recast(text, people, domain):
    """The generator's calendar about other people: each full name, address and first name replaced, lines refolded."""
    unfolded = text.replace("\r\n ", "")
    for old, new in zip(GENERATOR_PEOPLE, people):
        unfolded = unfolded.replace(address(old, GENERATOR_DOMAIN), address(new, domain)).replace(old, new)
        unfolded = re.sub(r"\b" + re.escape(old.split()[0]) + r"\b", new.split()[0], unfolded)
    unfolded = unfolded.replace(GENERATOR_DOMAIN, domain)
    lines = unfolded.split("\r\n")
    return b"".join(fold(line) for line in (lines[:-1] if lines[-1] == "" else lines)).decode("utf-8")


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
    for name, seed, density, level, promoted, target, domain, people in CLIENTS:
        calendar = out / f"{name}.ics"
        subprocess.run([sys.executable, str(generator), "--weeks", "16", "--start", "2026-08-03", "--seed", str(seed),
                        "--density", str(density), "--out", str(calendar)], check=True)
        text = calendar.read_bytes().decode("utf-8")
        calendar.write_bytes(recast(text, people, domain).encode("utf-8"))
        leader, manager, directs, peers = people[0], people[1], people[2:8], people[8:12]
        (out / f"{name}.yaml").write_text(PROFILE.format(
            name=name, leader=leader, leader_address=address(leader, domain), level=level, promoted=promoted, domain=domain,
            manager=address(manager, domain), directs=", ".join(address(d, domain) for d in directs),
            peers=", ".join(address(p, domain) for p in peers), target=target))
    return 0


if __name__ == "__main__":
    sys.exit(main())
