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
baseline (.ci/conformance-baseline.json).

Usage: scripts/conformance.py [--altitude BIN] [--shared DIR] [--verbose] [--write-baseline]
"""
import argparse
import csv
import datetime as dt
import importlib.util
import io
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
WINDOW = ("1990-01-01", "2040-01-01")


def load_oracle(shared):
    spec = importlib.util.spec_from_file_location("oracle", shared / "bench" / "oracle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def altitude_rows(binary, path):
    result = subprocess.run(
        [binary, "events", str(path), "--from", WINDOW[0], "--to", WINDOW[1], "--timezone", "UTC",
         "--format", "csv", "--quiet"],
        capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        return None, result.stderr.strip()
    rows = csv.DictReader(io.StringIO(result.stdout))
    return sorted(f"{r['uid']}|{r['start']}|{r['end']}|{1 if r['all_day'] == 'true' else 0}" for r in rows), ""


def difference(expected, actual):
    """Multiset difference as (missing, extra): what the oracle has that we lack, and the reverse."""
    from collections import Counter
    want, have = Counter(expected), Counter(actual)
    return sorted((want - have).elements()), sorted((have - want).elements())


def check_corpus(binary, shared, verbose):
    oracle = load_oracle(shared)
    deviations = json.loads((ROOT / "scripts" / "conformance-deviations.json").read_text())
    corpus = sorted((shared / "corpus" / "recurring-ical-events").glob("*.ics"))
    matched, documented, total, unreadable, failures = 0, 0, 0, [], []
    start, end = (dt.date.fromisoformat(d) for d in WINDOW)
    for path in corpus:
        try:
            expected = oracle.rows(str(path), start, end, dt.timezone.utc)
        except Exception as error:  # the oracle cannot read it: not part of the comparison
            unreadable.append(f"{path.name} ({type(error).__name__})")
            continue
        total += 1
        actual, error = altitude_rows(binary, path)
        if actual is None:
            failures.append(f"{path.name}: altitude failed: {error}")
            continue
        missing, extra = difference(expected, actual)
        if not missing and not extra:
            matched += 1
            continue
        known = deviations.get(path.name)
        if known and sorted(known["missing"]) == missing and sorted(known["extra"]) == extra:
            documented += 1
            if verbose:
                print(f"  deviation {path.name}: {known['reason']}")
            continue
        failures.append(f"{path.name}: {len(missing)} missing, {len(extra)} extra\n"
                        + "".join(f"      - {line}\n" for line in missing[:5])
                        + "".join(f"      + {line}\n" for line in extra[:5]))
    return matched, documented, total, unreadable, failures


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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--altitude", default=str(ROOT / ".build" / "release" / "altitude"))
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--write-baseline", action="store_true", help="record today's counts as the baseline")
    args = parser.parse_args()
    shared = pathlib.Path(args.shared)
    if not (shared / "corpus").is_dir():
        print(f"conformance: {shared}/corpus not found; nothing to check")
        return 0

    matched, documented, total, unreadable, corpus_failures = check_corpus(args.altitude, shared, args.verbose)
    vectors_matched, vectors_total, vector_failures = check_vectors(args.altitude, shared)
    conforming = matched + documented

    for line in corpus_failures + (vector_failures if args.verbose else []):
        print("  " + line)
    print(f"oracle:  {conforming}/{total} calendars conform "
          f"({matched} identical, {documented} documented RFC 5545 deviations); "
          f"{len(unreadable)} the oracle cannot read: {', '.join(unreadable) or 'none'}")
    print(f"vectors: {vectors_matched}/{vectors_total} libical RRULE vectors match")

    baseline_path = ROOT / ".ci" / "conformance-baseline.json"
    if args.write_baseline:
        baseline_path.write_text(json.dumps({"oracle": conforming, "vectors": vectors_matched}, indent=2) + "\n")
        print(f"baseline written to {baseline_path.relative_to(ROOT)}")
        return 0
    baseline = json.loads(baseline_path.read_text()) if baseline_path.exists() else {"oracle": 0, "vectors": 0}
    if conforming < baseline["oracle"] or vectors_matched < baseline["vectors"]:
        print(f"conformance fell below the baseline (oracle {baseline['oracle']}, vectors {baseline['vectors']})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
