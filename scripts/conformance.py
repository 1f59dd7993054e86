#!/usr/bin/env python3
"""Conformance: Altitude's expansion against outside truth.

1. Every calendar in ../shared/corpus/recurring-ical-events/ through
   `altitude events` and through ../shared/bench/oracle.py (icalendar +
   recurring-ical-events) over 1990-01-01..2040-01-01, floating times in UTC;
   the instance sets must be equal. Where RFC 5545 says the oracle is wrong,
   scripts/conformance-deviations.json records the exact difference and why; a
   calendar counts as conforming only if its difference is exactly that.
2. The RRULE vectors of ../shared/corpus/libical/icalrecur_test.txt through
   `altitude rrule`.

Prints matched/total for each and fails when either falls below the committed
baseline (.ci/conformance-baseline.json). --verbose adds the documented
deviations, the failing vectors and the differing calendars grouped by kind.

--corpus DIR (repeatable) compares every *.ics under DIR (recursively) the same
way instead, and prints matched/total, the files that differ grouped by the
kind of difference (altitude refused the file, missing instances, extra
instances, same instances at shifted times, all-day flag differs, durations
differ, UIDs differ, timed out, ...), the files the oracle cannot read (with
what altitude made of them), and, when DIR has subfolders, a table per
subfolder (a subfolder is a class of input). Deviations are keyed by the path
relative to DIR (for the shared corpus that is the file name). With
--baseline KEY the conforming count is checked against that key of the
baseline file (and --write-baseline records it); without, it only reports.
Tests/Corpus is checked this way under the key `own-corpus` by `make test`.

Time limits: altitude and the oracle each get --timeout seconds per file (the
oracle runs in a forked child); one that runs out is reported as timed out,
never waited on.

Unbounded fine frequencies (FREQ=SECONDLY/MINUTELY/HOURLY with no COUNT or
UNTIL) are millions of instances over a 50-year window: altitude lists the
first 50,000 of such a series and warns "only the first N are listed", and
the oracle would not finish. When altitude reports that cap, the file is
compared capped: the comparison window ends at the start of altitude's
CAPPED_COMPARE-th instance, the oracle is asked for that shorter window only,
and the file conforms when altitude finished within the time limit, reported
the cap, and both list the same instances before that point.

Usage: scripts/conformance.py [--altitude BIN] [--shared DIR] [--verbose] [--write-baseline]
       scripts/conformance.py --corpus DIR [--corpus DIR ...] [--baseline KEY] [--write-baseline]
"""
import argparse
import collections
import csv
import dataclasses
import datetime as dt
import importlib.util
import io
import json
import multiprocessing
import pathlib
import re
import subprocess
import sys
import warnings

ROOT = pathlib.Path(__file__).resolve().parent.parent
WINDOW = ("1990-01-01", "2040-01-01")
CAPPED_COMPARE = 1000
CAP_WARNING = re.compile(r"only the first [\d,]+ are listed")
BASELINE_PATH = ROOT / ".ci" / "conformance-baseline.json"

# Kinds of result that are not differences between two instance sets.
IDENTICAL, DOCUMENTED, UNREADABLE = "identical", "documented RFC 5545 deviation", "oracle cannot read"
REFUSED, ALTITUDE_TIMEOUT = "altitude refused the file", "altitude timed out"
AGREES_WHERE_WRONG = "same as the oracle where a deviation says it is wrong"


def load_oracle(shared):
    spec = importlib.util.spec_from_file_location("oracle", shared / "bench" / "oracle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclasses.dataclass
class Altitude:
    rows: list = None         # sorted UID|START|END|ALLDAY lines; None when it failed
    error: str = ""           # the first error line, or "timed out after N s"
    capped: bool = False      # it reported its per-series cap

    @property
    def kind(self):
        return None if self.rows is not None else ALTITUDE_TIMEOUT if self.error.startswith("timed out") else REFUSED


def altitude_rows(binary, path, timeout):
    try:
        result = subprocess.run(
            [binary, "events", str(path), "--from", WINDOW[0], "--to", WINDOW[1], "--timezone", "UTC",
             "--format", "csv"],
            capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return Altitude(error=f"timed out after {timeout:g} s")
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines()
        errors = [line for line in lines if "error:" in line]
        first = (errors or lines or [f"exit status {result.returncode}"])[0]
        return Altitude(error=first.removeprefix("altitude: "))
    rows = csv.DictReader(io.StringIO(result.stdout))
    return Altitude(sorted(f"{r['uid']}|{r['start']}|{r['end']}|{1 if r['all_day'] == 'true' else 0}" for r in rows),
                    capped=bool(CAP_WARNING.search(result.stderr)))


def oracle_rows(oracle, path, end=None):
    """The oracle's rows for the window, or for the window cut at `end` (a UTC datetime)."""
    start, window_end = (dt.date.fromisoformat(d) for d in WINDOW)
    rows = oracle.rows(str(path), start, end or window_end, dt.timezone.utc)
    return [row for row in rows if row_start(row) < WINDOW[1]]


def _oracle_child(connection, oracle, path, end):
    warnings.simplefilter("ignore")  # icalendar's guesses about TZIDs: the rows are what counts
    try:
        connection.send(("rows", oracle_rows(oracle, path, end)))
    except Exception as error:  # the oracle cannot read it
        message = "".join(c if c.isprintable() else "?" for c in (str(error).splitlines() or [""])[0])
        connection.send(("error", f"{type(error).__name__}: {message[:160]}"))


def oracle_rows_within(oracle, path, timeout, end=None):
    """("rows", rows), ("error", "Type: message") or ("timeout", None); the oracle runs in a forked child."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_oracle_child, args=(sender, oracle, path, end))
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            return "timeout", None
        return receiver.recv()
    except EOFError:
        return "error", f"the oracle died (exit status {child.exitcode})"
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()


def row_start(row):
    return row.rsplit("|", 3)[1]


def difference(expected, actual):
    """Multiset difference as (missing, extra): what the oracle has that we lack, and the reverse."""
    want, have = collections.Counter(expected), collections.Counter(actual)
    return sorted((want - have).elements()), sorted((have - want).elements())


def _instant(text):
    return dt.datetime.strptime(text, "%Y-%m-%d" if len(text) == 10 else "%Y-%m-%dT%H:%M:%SZ")


def _hours(delta):
    return f"{delta.total_seconds() / 3600:+g}"


def kind_of(missing, extra):
    """The kind of a difference between two instance sets (at least one side non-empty)."""
    if not extra:
        return "missing instances"
    if not missing:
        return "extra instances"
    lost, found = ([row.rsplit("|", 3) for row in rows] for rows in (missing, extra))
    if sorted(r[1:] for r in lost) == sorted(r[1:] for r in found):
        return "UIDs differ"

    def of(side, uid):
        return sorted((r for r in side if r[0] == uid), key=lambda r: r[1])

    uids = sorted({r[0] for r in lost + found})
    if any(len(of(lost, uid)) != len(of(found, uid)) for uid in uids):
        return "missing and extra instances"
    pairs = [pair for uid in uids for pair in zip(of(lost, uid), of(found, uid))]
    if all(a[3] != b[3] for a, b in pairs):
        return "all-day flag differs"
    shifts = {_instant(b[1]) - _instant(a[1]) for a, b in pairs}
    stretches = {(_instant(b[2]) - _instant(b[1])) - (_instant(a[2]) - _instant(a[1])) for a, b in pairs}
    if stretches == {dt.timedelta(0)}:
        return f"same instances at shifted times (offset {'/'.join(_hours(s) for s in sorted(shifts))} h)"
    if shifts == {dt.timedelta(0)}:
        return "durations differ"
    return "times and durations differ"


@dataclasses.dataclass
class FileResult:
    key: str                  # path relative to its corpus: the deviations key, the class is its folder
    kind: str
    detail: str = ""          # an error line, or a deviation's reason
    missing: list = dataclasses.field(default_factory=list)
    extra: list = dataclasses.field(default_factory=list)
    altitude: Altitude = None

    @property
    def conforms(self):
        return self.kind in (IDENTICAL, DOCUMENTED)

    @property
    def counted(self):
        """Part of matched/total: the oracle gave an answer to compare with."""
        return self.kind != UNREADABLE

    @property
    def group(self):
        return self.key.split("/")[0] if "/" in self.key else "."

    def failure_line(self):
        """The line a failure has always printed (the default run's output)."""
        if self.kind == AGREES_WHERE_WRONG:
            return f"{self.key}: identical to the oracle, where the recorded deviation says the oracle is wrong"
        if self.altitude is not None and self.altitude.kind:
            return f"{self.key}: altitude failed: {self.detail}"
        return (f"{self.key}: {len(self.missing)} missing, {len(self.extra)} extra"
                + (" (capped comparison)" if self.altitude and self.altitude.capped else "") + "\n"
                + "".join(f"      - {line}\n" for line in self.missing[:5])
                + "".join(f"      + {line}\n" for line in self.extra[:5]))


def compare_file(binary, oracle, path, key, deviations, timeout):
    altitude = altitude_rows(binary, path, timeout)
    cutoff = None  # capped: compare what starts before altitude's CAPPED_COMPARE-th instance
    if altitude.capped and len(altitude.rows) > CAPPED_COMPARE:
        cutoff = sorted(map(row_start, altitude.rows))[CAPPED_COMPARE - 1]
    end = _instant(cutoff).replace(tzinfo=dt.timezone.utc) if cutoff else None
    status, expected = oracle_rows_within(oracle, path, timeout, end)
    if status != "rows":
        detail = expected if status == "error" else f"timed out after {timeout:g} s"
        seen = altitude.error if altitude.kind else f"{len(altitude.rows)} instances"
        return FileResult(key, UNREADABLE, f"{detail}; altitude: {seen}", altitude=altitude)
    if altitude.kind:
        return FileResult(key, altitude.kind, altitude.error, altitude=altitude)
    actual = altitude.rows
    if cutoff:
        expected, actual = ([row for row in rows if row_start(row) < cutoff] for rows in (expected, actual))
    missing, extra = difference(expected, actual)
    known = deviations.get(key)
    if known:  # RFC 5545 says the oracle is wrong here: conforming means differing exactly so
        if sorted(known["missing"]) == missing and sorted(known["extra"]) == extra:
            return FileResult(key, DOCUMENTED, known["reason"], missing, extra, altitude)
        if not missing and not extra:
            return FileResult(key, AGREES_WHERE_WRONG, known["reason"], altitude=altitude)
    elif not missing and not extra:
        return FileResult(key, IDENTICAL, altitude=altitude)
    return FileResult(key, kind_of(missing, extra), "", missing, extra, altitude)


def check_corpus(binary, oracle, files, timeout):
    """files: (path, key) pairs. One FileResult per file, in order."""
    deviations = json.loads((ROOT / "scripts" / "conformance-deviations.json").read_text())
    return [compare_file(binary, oracle, path, key, deviations, timeout) for path, key in files]


def corpus_files(roots):
    """(path, key) for every *.ics under the roots; with several roots the key starts with the root's name."""
    files = []
    for root in roots:
        for path in sorted(root.rglob("*.ics")):
            key = path.relative_to(root).as_posix()
            files.append((path, f"{root.name}/{key}" if len(roots) > 1 else key))
    return files


def summary(results):
    conforming = [r for r in results if r.conforms]
    documented = [r for r in results if r.kind == DOCUMENTED]
    total = sum(r.counted for r in results)
    return len(conforming), len(documented), total


def print_grouped(results, indent="  "):
    """The files that differ grouped by kind, then the ones the oracle cannot read."""
    groups = collections.defaultdict(list)
    for result in results:
        if not result.conforms:
            groups[result.kind].append(result)
    for kind in sorted(groups, key=lambda k: (k == UNREADABLE, -len(groups[k]), k)):
        print(f"{indent}{kind} ({len(groups[kind])}):")
        for result in groups[kind]:
            if result.detail:
                print(f"{indent}  {result.key}: {result.detail}")
            else:
                capped = " (capped comparison)" if result.altitude.capped else ""
                print(f"{indent}  {result.key}: {len(result.missing)} missing, {len(result.extra)} extra{capped}")
                for sign, lines in (("-", result.missing), ("+", result.extra)):
                    for line in lines[:3]:
                        print(f"{indent}      {sign} {line}")


def print_classes(results):
    """Per subfolder: files, conforming/total, and how many files of each kind of difference."""
    classes = collections.defaultdict(list)
    for result in results:
        classes[result.group].append(result)
    width = max(len(c) for c in classes)
    print(f"  {'class':<{width}}  files  conform  differences")
    for name in sorted(classes):
        conforming, _, total = summary(classes[name])
        kinds = collections.Counter(r.kind for r in classes[name] if not r.conforms)
        print(f"  {name:<{width}}  {len(classes[name]):>5}  {f'{conforming}/{total}':>7}  "
              + ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items())))


def report_corpus(results, label, verbose):
    conforming, documented, total = summary(results)
    unreadable = sum(not r.counted for r in results)
    capped = [r for r in results if r.altitude and r.altitude.capped]
    print(f"{label}: {conforming}/{total} calendars conform ({conforming - documented} identical, "
          f"{documented} documented RFC 5545 deviations); {unreadable} the oracle cannot read"
          + (f"; {len(capped)} compared capped (first {CAPPED_COMPARE} instances)" if capped else ""))
    if len({r.group for r in results}) > 1:
        print_classes(results)
    if conforming < len(results):
        print("differences, by kind:")
        print_grouped(results)
    if verbose:
        for result in results:
            if result.kind == DOCUMENTED:
                print(f"  deviation {result.key}: {result.detail}")
    return conforming


def parse_vectors(path):
    vectors, current = [], {}
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            if "RRULE" in current:
                vectors.append(current)
            current = {}
            continue
        if line.startswith("#"):
            continue
        key, _, value = line.partition(":")
        current.setdefault("line", number)
        current[key] = value
    if "RRULE" in current:
        vectors.append(current)
    return vectors


def check_vectors(binary, shared):
    vectors = parse_vectors(shared / "corpus" / "libical" / "icalrecur_test.txt")
    matched, failures = 0, []
    for vector in vectors:
        command = [binary, "rrule", vector["RRULE"], "--start", vector["DTSTART"], "--limit", "5000"]
        expected = [v for v in vector["INSTANCES"].split(",") if v]
        if "START-AT" in vector:
            command += ["--after", vector["START-AT"]]
            start_at = vector["START-AT"]
            expected = [v for v in expected if v.rstrip("Z") >= start_at.rstrip("Z")]
        result = subprocess.run(command, capture_output=True, text=True, timeout=30)
        actual = result.stdout.split() if result.returncode == 0 else [f"error: {result.stderr.strip()}"]
        if actual == expected:
            matched += 1
        else:
            failures.append(f"line {vector['line']}: RRULE:{vector['RRULE']} DTSTART:{vector['DTSTART']}\n"
                            f"      expected {','.join(expected)[:200]}\n      actual   {','.join(actual)[:200]}")
    return matched, len(vectors), failures


def update_baseline(counts):
    """Record counts in the baseline file, keeping the keys of other runs."""
    baseline = json.loads(BASELINE_PATH.read_text()) if BASELINE_PATH.exists() else {}
    baseline.update(counts)
    BASELINE_PATH.write_text(json.dumps(baseline, indent=2) + "\n")
    print(f"baseline written to {BASELINE_PATH.relative_to(ROOT)}")


def below_baseline(counts):
    baseline = json.loads(BASELINE_PATH.read_text()) if BASELINE_PATH.exists() else {}
    fallen = {key: baseline[key] for key, count in counts.items() if count < baseline.get(key, 0)}
    if fallen:
        print("conformance fell below the baseline ("
              + ", ".join(f"{key} {value}" for key, value in fallen.items()) + ")")
    return bool(fallen)


def run_shared(args, oracle, shared):
    directory = shared / "corpus" / "recurring-ical-events"
    results = check_corpus(args.altitude, oracle, [(p, p.name) for p in sorted(directory.glob("*.ics"))],
                           args.timeout)
    vectors_matched, vectors_total, vector_failures = check_vectors(args.altitude, shared)
    conforming, documented, total = summary(results)
    if args.verbose:
        for result in results:
            if result.kind == DOCUMENTED:
                print(f"  deviation {result.key}: {result.detail}")
    for line in [r.failure_line() for r in results if r.counted and not r.conforms] \
            + (vector_failures if args.verbose else []):
        print("  " + line)
    unreadable = [f"{r.key} ({r.detail.split(':')[0]})" for r in results if not r.counted]
    print(f"oracle:  {conforming}/{total} calendars conform "
          f"({conforming - documented} identical, {documented} documented RFC 5545 deviations); "
          f"{len(unreadable)} the oracle cannot read: {', '.join(unreadable) or 'none'}")
    print(f"vectors: {vectors_matched}/{vectors_total} libical RRULE vectors match")
    if args.verbose:
        print("differences, by kind:")
        print_grouped(results)
    return {"oracle": conforming, "vectors": vectors_matched}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--altitude", default=str(ROOT / ".build" / "release" / "altitude"))
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--corpus", action="append", type=pathlib.Path, metavar="DIR",
                        help="compare every *.ics under DIR instead of the shared corpus (repeatable)")
    parser.add_argument("--baseline", metavar="KEY", help="with --corpus: the baseline key its conforming count keeps")
    parser.add_argument("--timeout", type=float, default=60, help="seconds altitude and the oracle get per file")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--write-baseline", action="store_true", help="record today's counts as the baseline")
    args = parser.parse_args()
    shared = pathlib.Path(args.shared)
    if args.corpus:
        if not (shared / "bench" / "oracle.py").is_file():
            print(f"conformance: {shared}/bench/oracle.py not found; nothing to check")
            return 0
        missing = [str(d) for d in args.corpus if not d.is_dir()]
        if missing:
            parser.error(f"not a directory: {', '.join(missing)}")
        if args.write_baseline and not args.baseline:
            parser.error("--write-baseline with --corpus needs --baseline KEY")
        results = check_corpus(args.altitude, load_oracle(shared), corpus_files(args.corpus), args.timeout)
        conforming = report_corpus(results, "corpus " + ", ".join(map(str, args.corpus)), args.verbose)
        counts = {args.baseline: conforming} if args.baseline else {}
    else:
        if not (shared / "corpus").is_dir():
            print(f"conformance: {shared}/corpus not found; nothing to check")
            return 0
        counts = run_shared(args, load_oracle(shared), shared)
    if args.write_baseline:
        update_baseline(counts)
        return 0
    return 1 if below_baseline(counts) else 0


if __name__ == "__main__":
    sys.exit(main())
