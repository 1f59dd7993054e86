#!/usr/bin/env python3
"""Benchmark: Altitude beside the peers in ../shared/bench/, in one run, as ratios.

Generates the 10-year executive calendar (gen_calendar.py --weeks 520 --density 3)
into bench-out/ (git-ignored), builds the bare-libical floor (peer_libical.c), and
times each command as a whole process: wall time and peak resident memory from
wait4(2), median of --runs rounds in which every command runs once in turn
(the Python route: 3 rounds).

The release binary is the one `make release` builds (static Swift runtime,
as Altitude ships).

With --clients N (e.g. 100) it also times a coach's store instead: N clients,
each two years of gen_calendar.py with its own seed, added one by one (the import
timed, in all and per client), then `altitude portfolio` over all of them (wall
time, time per client, and CPU time over wall time: about 2 when both cores
work), and the store's size on disk.

Otherwise, after the single-calendar rows, the coach's Monday: `altitude digest --all --dry-run` over --digest-clients
clients (100; each a two-year calendar from gen_calendar.py with its own seed,
imported once into bench-out/digest-store.sqlite), per client time reported.

With --instructions it counts instructions instead of timing, for what classifying
costs: `altitude events` on the 10-year calendar without a profile, with the
shipped rules (scripts/bench-profile.yaml), and with every pack and a 2,000-person
org chart (bench-out/every-pack/), each run --runs times (3 by default), the
median count of each and the ratios printed. Instruction counts hardly move from
run to run where wall time moves by 10-20%. They are counted by
`perf stat -e instructions:u`, or, where the machine has no hardware counters (a
VM), by valgrind's cachegrind, on a copy of the binary without its debug
information (valgrind 3.19 cannot read Swift's DWARF 5).

Usage: scripts/benchmark.py [--runs N] [--altitude BIN] [--shared DIR] [--skip-python] [--digest-clients N] [--clients N]
                            [--instructions]
"""
import argparse
import os
import pathlib
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "bench-out"


def run_once(command, environment=None):
    """Wall seconds, peak RSS (MiB) and CPU seconds (user + system) of one run of `command`."""
    with open(os.devnull, "wb") as sink:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=environment)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        error = process.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"benchmark: {' '.join(map(str, command))} failed:\n{error}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def measure(rows, runs):
    """Every row's (wall, peak) per round, the rows run in turn, round after round:
    a shared machine's slow spells then fall on every command of a round alike. A
    row may cap its rounds and name a step to run before each run."""
    samples = {name: {} for name, *_ in rows}
    for round_number in range(runs):
        # Each round in its own order (seeded): on a VM, a command's place in the round moved
        # its time by more than 10%, the same command against itself included.
        order = list(rows)
        random.Random(round_number).shuffle(order)
        for name, command, limit, before in order:
            if round_number >= limit:
                continue
            if before:
                before()
            samples[name][round_number] = run_once(command)
    return samples


def median_ratio(numerator, denominator, field=0):
    """The median over rounds of one command's figure over another's in the same round."""
    return statistics.median(numerator[r][field] / denominator[r][field] for r in numerator if r in denominator)


def prepare(shared):
    OUT.mkdir(exist_ok=True)
    calendar = OUT / "calendar-520w-d3.ics"
    if not calendar.exists():
        subprocess.run([sys.executable, str(shared / "bench" / "gen_calendar.py"), "--weeks", "520", "--density", "3",
                        "--out", str(calendar)], check=True)
    floor = OUT / "peer_libical"
    source = shared / "bench" / "peer_libical.c"
    if not floor.exists() or floor.stat().st_mtime < source.stat().st_mtime:
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libical"], capture_output=True, text=True,
                               check=True).stdout.split()
        subprocess.run(["cc", "-O2", str(source), *flags, "-o", str(floor)], check=True)
    return calendar, floor


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, help="rounds (5; with --instructions, runs of each command: 3)")
    parser.add_argument("--altitude", default=str(ROOT / ".build" / "release" / "altitude"))
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--skip-python", action="store_true", help="leave out the slow Python route")
    parser.add_argument("--clients", type=int, default=0, help="time a coach's store of this many clients instead")
    parser.add_argument("--digest-clients", type=int, default=100, help="clients for the digest run (0: leave it out)")
    parser.add_argument("--instructions", action="store_true",
                        help="count the instructions classifying costs (events with and without a profile) instead")
    args = parser.parse_args()
    shared = pathlib.Path(args.shared)
    if args.instructions:
        return classification_instructions(args.altitude, shared, args.runs or 3)
    args.runs = args.runs or 5
    if args.clients:
        return coach_store(args.altitude, shared, args.clients, args.runs)
    calendar, floor = prepare(shared)
    altitude = args.altitude
    window = ["--from", "1970-01-01", "--to", "2100-01-01", "--timezone", "America/New_York"]

    store = OUT / "bench-store.sqlite"

    def empty_store():
        for leftover in OUT.glob("bench-store.sqlite*"):
            leftover.unlink()

    def filled_store():
        if not store.exists():
            run_once([altitude, "import", str(calendar), "--store", str(store), "--quiet", *window])

    profile = str(ROOT / "scripts" / "bench-profile.yaml")
    everything = every_pack_profile(calendar)
    rows = [
        ("floor: peer_libical (parse + expand)", [str(floor), str(calendar)], args.runs, None),
        ("altitude events --format csv", [altitude, "events", str(calendar), "--format", "csv", "--quiet", *window],
         args.runs, None),
        # The same command twice: the difference is this machine's noise, the bar the overheads below are read against.
        ("altitude events --format csv (again)", [altitude, "events", str(calendar), "--format", "csv", "--quiet", *window],
         args.runs, None),
        ("altitude events --profile (classified)", [altitude, "events", str(calendar), "--format", "csv", "--quiet",
                                                    "--profile", profile, *window], args.runs, None),
        ("  ... every pack, 2,000-person org chart", [altitude, "events", str(calendar), "--format", "csv", "--quiet",
                                                     "--profile", everything, *window], args.runs, None),
        ("altitude report (all weeks, json)", [altitude, "report", str(calendar), "--profile", profile, "--week", "2035-W51",
                                               "--weeks", "all", "--format", "json", "--quiet", *window], args.runs, None),
        ("altitude import (first, into an empty store)", [altitude, "import", str(calendar), "--store", str(store),
                                                          "--quiet", *window], args.runs, empty_store),
        ("altitude import (again, unchanged)", [altitude, "import", str(calendar), "--store", str(store), "--quiet",
                                                *window], args.runs, filled_store),
    ]
    if not args.skip_python:
        rows.append(("python: peer_python.py", [sys.executable, str(shared / "bench" / "peer_python.py"), str(calendar)],
                     min(args.runs, 3), None))

    size = calendar.stat().st_size / 1_048_576
    print(f"calendar: {calendar.relative_to(ROOT)} ({size:.1f} MiB); {os.cpu_count()} cores; "
          f"median of {args.runs} interleaved rounds")
    samples = measure(rows, args.runs)
    empty_store()
    floor = samples[rows[0][0]]
    python = samples.get("python: peer_python.py")
    print("wall and peak: medians; ratios: medians of the per-round ratios")
    print(f"{'command':44} {'wall':>8} {'peak':>9} {'wall/floor':>11} {'peak/floor':>11} {'python/this':>12}")
    for name, runs in samples.items():
        wall = statistics.median(w for w, *_ in runs.values())
        peak = statistics.median(p for _, p, _ in runs.values())
        speedup = f"{median_ratio(python, runs):11.1f}x" if python else "           -"
        print(f"{name:44} {wall:7.3f}s {peak:7.1f}MiB {median_ratio(runs, floor):10.2f}x "
              f"{median_ratio(runs, floor, 1):10.2f}x {speedup}")
    for name in ("altitude events --format csv (again)", "altitude events --profile (classified)",
                 "  ... every pack, 2,000-person org chart"):
        overhead = median_ratio(samples[name], samples["altitude events --format csv"]) - 1
        cpu = median_ratio(samples[name], samples["altitude events --format csv"], 2) - 1
        print(f"{name.strip(' .')}: {100 * overhead:+.1f}% wall, {100 * cpu:+.1f}% CPU time against altitude events"
              + (" (the noise)" if "again" in name else " (goal: within 10%)"))
    packs = samples["  ... every pack, 2,000-person org chart"]
    classified = samples["altitude events --profile (classified)"]
    print(f"every pack and the org chart against the shipped rules alone: {100 * (median_ratio(packs, classified) - 1):+.1f}% wall, "
          f"{100 * (median_ratio(packs, classified, 2) - 1):+.1f}% CPU time")
    if args.digest_clients:
        digest_benchmark(altitude, shared, args.digest_clients, args.runs)


def every_pack_profile(calendar):
    """The benchmark profile with every rule pack and an org chart of 2,000 people:
    everyone the calendar names, placed as the generator means them (the owner's
    directs and their teams, peers under the manager), and the rest of a company
    of 2,000 under the CEO, generated, so every attendee is looked up in a full chart."""
    import re
    folder = OUT / "every-pack"
    folder.mkdir(exist_ok=True)
    text = (ROOT / "scripts" / "bench-profile.yaml").read_text()
    field = lambda key: re.search(rf"^{key}: (.*)$", text, re.M).group(1).strip()
    owner, manager = field("email"), field("manager")
    lists = lambda key: re.findall(r"[\w.]+@northwind\.example", re.search(rf"^{key}: \[(.*?)\]", text, re.M | re.S).group(1))
    directs, peers = lists("directs"), lists("peers")
    named = sorted(set(re.findall(r"mailto:([\w.]+@northwind\.example)", calendar.read_text(errors="replace").lower())))
    ceo = "ceo@northwind.example"
    rows = [(ceo, ""), (manager, ceo), (owner, manager)] + [(peer, manager) for peer in peers] + [(d, owner) for d in directs]
    placed = {email for email, _ in rows}
    others = [email for email in named if email not in placed]
    # The calendar's other colleagues split between the directs' teams and the peers' teams.
    rows += [(email, (directs if index % 2 == 0 else peers)[index // 2 % len(directs if index % 2 == 0 else peers)])
             for index, email in enumerate(others)]
    leads = [ceo, manager] + peers + directs
    while len(rows) < 2000:
        rows.append((f"employee{len(rows)}@northwind.example", leads[len(rows) % len(leads)]))
    chart = folder / "org.csv"
    chart.write_text("email,name,manager_email\n" + "".join(f"{email},,{boss}\n" for email, boss in rows))
    profile = folder / "profile.yaml"
    profile.write_text(text + "function: [engineering, product, sales, customer-success, operations, finance, people, marketing]\n"
                       + "org_chart: org.csv\n")
    return str(profile)


def classification_instructions(altitude, shared, runs):
    """Instructions of `altitude events` without a profile, with the shipped rules, and with
    every pack and the org chart: the median of `runs` counts each, and their ratios."""
    calendar, _ = prepare(shared)
    count, counter = instruction_counter(altitude)
    events = ["events", str(calendar), "--format", "csv", "--quiet", "--from", "1970-01-01", "--to", "2100-01-01",
              "--timezone", "America/New_York"]
    commands = {
        "no profile": events,
        "shipped rules": events + ["--profile", str(ROOT / "scripts" / "bench-profile.yaml")],
        "every pack + org chart": events + ["--profile", every_pack_profile(calendar)],
    }
    print(f"calendar: {calendar.relative_to(ROOT)}; instructions counted by {counter}, median of {runs} runs")
    medians = {}
    for name, arguments in commands.items():
        counts = sorted(count(arguments) for _ in range(runs))
        medians[name] = statistics.median(counts)
        print(f"altitude events, {name:24} {medians[name] / 1e6:9.1f}M instructions"
              f" (runs {counts[0] / 1e6:.1f}M-{counts[-1] / 1e6:.1f}M)")
    base = medians["no profile"]
    print(f"shipped rules / no profile:          {medians['shipped rules'] / base:.3f}x")
    print(f"every pack + org chart / no profile: {medians['every pack + org chart'] / base:.3f}x (goal: 1.10x or less)")


def instruction_counter(altitude):
    """A function counting one run's user-space instructions, and what it counts with:
    perf's hardware counter, or valgrind's cachegrind where there is none."""
    probe = subprocess.run(["perf", "stat", "-x,", "-e", "instructions:u", "true"], capture_output=True, text=True)
    if probe.returncode == 0 and "<not supported>" not in probe.stderr and "<not counted>" not in probe.stderr:
        def count(arguments):
            result = subprocess.run(["perf", "stat", "-x,", "-e", "instructions:u", altitude, *arguments],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            line = next(line for line in result.stderr.splitlines() if "instructions" in line)
            return int(line.split(",")[0])
        return count, "perf stat -e instructions:u"
    stripped = OUT / "altitude-without-debug-info"
    subprocess.run(["objcopy", "--strip-debug", altitude, str(stripped)], check=True)

    def count(arguments):
        result = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                                 str(stripped), *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if result.returncode != 0:
            sys.exit(f"benchmark: altitude {' '.join(arguments)} failed under valgrind:\n{result.stderr}")
        line = next(line for line in result.stderr.splitlines() if "I   refs:" in line or "I refs:" in line)
        return int(line.split(":")[1].replace(",", ""))
    return count, "valgrind --tool=cachegrind (no hardware counters here)"


# The two-year calendars start on 2026-01-05; the digest reports their second-to-last week.
DIGEST_NOW = {"ALTITUDE_NOW": "2027-12-20T09:00:00Z"}


def digest_benchmark(altitude, shared, clients, runs):
    """A coach's Monday: every client's digest composed (--dry-run), all clients in one run."""
    folder = OUT / "digest"
    folder.mkdir(parents=True, exist_ok=True)
    store = folder / f"digest-store-{clients}.sqlite"
    environment = {**os.environ, **DIGEST_NOW}
    if not store.exists():
        try:
            import_clients(altitude, shared, folder, store, clients, environment)
        except BaseException:
            for partial in folder.glob(store.name + "*"):
                partial.unlink()  # a half-filled store would be timed as if it were whole
            raise
    command = [altitude, "digest", "--all", "--dry-run", "--week", "2027-W50", "--store", str(store)]
    samples = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall, peak, _ = run_once(command, environment)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        samples.append((wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, peak))
    wall = statistics.median(w for w, _, _ in samples)
    cpu = statistics.median(c for _, c, _ in samples)
    peak = statistics.median(p for _, _, p in samples)
    print(f"altitude digest --all --dry-run, {clients} clients of two years: {wall:.2f}s wall "
          f"({1000 * wall / clients:.0f} ms per client), {cpu / wall:.1f} cores busy, peak {peak:.0f} MiB "
          f"(median of {runs}; goal: under 10 s)")


def import_clients(altitude, shared, folder, store, clients, environment):
    """Each client a two-year calendar of its own seed, imported with the benchmark profile."""
    profile = str(ROOT / "scripts" / "bench-profile.yaml")
    for index in range(clients):
        calendar = folder / f"client-{index:03}.ics"
        if not calendar.exists():
            subprocess.run([sys.executable, str(shared / "bench" / "gen_calendar.py"), "--weeks", "104", "--seed",
                            str(1000 + index), "--out", str(calendar)], check=True)
        subprocess.run([altitude, "import", str(calendar), "--client", f"client-{index:03}", "--profile", profile,
                        "--store", str(store), "--quiet"], check=True, stdout=subprocess.DEVNULL, env=environment)


def coach_store(altitude, shared, count, runs):
    """N clients of two years each in one store: the import, the portfolio, the size."""
    calendars = OUT / "clients"
    calendars.mkdir(parents=True, exist_ok=True)
    names = [f"client-{index:03d}" for index in range(count)]
    started = time.perf_counter()
    for index, name in enumerate(names):
        calendar = calendars / f"{name}.ics"
        if not calendar.exists():
            subprocess.run([sys.executable, str(shared / "bench" / "gen_calendar.py"), "--weeks", "104", "--start", "2025-01-06",
                            "--seed", str(1000 + index), "--out", str(calendar)], check=True)
    print(f"{count} calendars of 104 weeks in {calendars.relative_to(ROOT)} "
          f"({sum(f.stat().st_size for f in calendars.glob('client-*.ics')) / 1_048_576:.1f} MiB; "
          f"made in {time.perf_counter() - started:.1f}s); {os.cpu_count()} cores")
    store = OUT / "clients.sqlite"
    for leftover in OUT.glob("clients.sqlite*"):
        leftover.unlink()
    # "Now" pinned to the day after the calendars' last week, so every client is fresh.
    environment = dict(os.environ, ALTITUDE_STORE=str(store), ALTITUDE_NOW="2027-01-04T09:00:00Z")
    profile = str(ROOT / "scripts" / "bench-profile.yaml")
    imports = [run_once([altitude, "clients", "add", name, "--profile", profile, "--source", str(calendars / f"{name}.ics"),
                         "--quiet"], environment) for name in names]
    total = sum(wall for wall, *_ in imports)
    print(f"import: {total:.1f}s for {count} clients, {1000 * total / count:.0f} ms per client "
          f"(median {1000 * statistics.median(wall for wall, *_ in imports):.0f} ms)")
    portfolio = [run_once([altitude, "portfolio", "--week", "2026-W52", "--weeks", "12", "--format", "json"], environment)
                 for _ in range(runs)]
    wall = statistics.median(wall for wall, *_ in portfolio)
    cpu = statistics.median(cpu for *_, cpu in portfolio)
    peak = statistics.median(peak for _, peak, _ in portfolio)
    verdict = "within" if wall < 10 else "OVER"
    print(f"portfolio: {wall:.2f}s median of {runs} ({verdict} 10 s), {1000 * wall / count:.0f} ms per client, "
          f"CPU/wall {cpu / wall:.2f} (cores busy), peak {peak:.0f} MiB")
    size = sum(f.stat().st_size for f in OUT.glob("clients.sqlite*"))
    print(f"store: {size / 1_048_576:.1f} MiB on disk ({size / count / 1024:.0f} KiB per client)")


if __name__ == "__main__":
    main()
