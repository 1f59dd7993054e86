#!/usr/bin/env python3
"""Calibration: how often each kind of evidence puts an hour on the right side of the
leader's altitude, measured on the labelled calendars the rules may be tuned against
(Tests/Evaluation, SampleData, Tests/Development/*) — never the held-out ones.

For every week of every such calendar it sums Altitude's classified hours by the
evidence that decided them (`topic`, `structure`; labels are the leader's own word)
and by side (below altitude, or at or above), and how many of those hours the
labels put below; and the unclassified hours, and how many of those are below.
Each week gives a rate per kind (hours truly below / hours), weighted by its hours.
The calibration is a low and a high rate per kind: the weighted q-th and (1-q)-th
quantiles of the weeks' rates, with q the largest (the narrowest ranges) for which
the truth lies inside the resulting range in at least --coverage of all weeks and
in at least --per-calendar of each calendar's weeks.

Rules tuned on a calendar are right on it more often than on a leader they have not
met, so rates measured only after tuning promise too much. The weeks each development
calendar had when the rules first met it — scored before any rule was tuned on it,
and kept in Tests/Development/first-pass-weeks.csv (--record-first-pass writes it from
that binary's output) — join the samples and are held to the same coverage: the range
must also have held the truth on a first run.

Prints, per q tried, the coverage and mean width; with --write, writes the chosen
rates to Rules/calibration.yaml (built into the binary; rebuild after). With
--check, fails unless Rules/calibration.yaml is what the current rules measure.

Usage: scripts/calibrate.py [--altitude BIN] [--write | --check]
"""
import argparse
import collections
import csv
import pathlib
import re
import sys

import evaluate

ROOT = evaluate.ROOT
# The calendars the rules are tuned on, with the window each is labelled for.
CALENDARS = [("Tests/Evaluation", "2026-03-02", "2026-06-22"), ("SampleData", "2026-05-25", "2026-11-30")] + [
    (str(path.relative_to(ROOT)), "2026-03-02", "2026-06-01") for path in sorted((ROOT / "Tests" / "Development").glob("*/"))
    if (path / "truth.csv").exists()]
KINDS = [("topic", "below"), ("topic", "other"), ("structure", "below"), ("structure", "other")]
OUTPUT = ROOT / "Rules" / "calibration.yaml"
FIRST_PASS = ROOT / "Tests" / "Development" / "first-pass-weeks.csv"
BUCKET_KEYS = ["altitude below", "altitude at", "altitude above", "unclassified", "unclassified truly below"] + [
    f"{evidence} {side}{truly}" for evidence, side in KINDS for truly in ("", " truly below")]
HEADER = """\
# How often each kind of evidence puts an hour on the right side of the leader's altitude:
# of the hours a rule classified below altitude, the share the labels also put below, and of
# the hours classified at or above, the share the labels put below — each as [low, high] over
# the weeks of the calendars the rules are tuned on (Tests/Evaluation, SampleData,
# Tests/Development/*, as the rules classify them now and as they did the first time they met
# them), never the held-out ones. A week's below share is shown with the range these rates give
# its hours. Written by scripts/calibrate.py --write; do not edit by hand.
"""


def weighted_quantile(samples, q):
    """The q-quantile of (value, weight) samples; 0 when there are none."""
    samples = sorted(samples)
    total = sum(weight for _, weight in samples)
    if total == 0:
        return 0.0
    running = 0.0
    for value, weight in samples:
        running += weight
        if running >= q * total:
            return value
    return samples[-1][0]


def week_range(bucket, rates):
    """The range the Swift side states for a week (WeekMetrics.belowShareRange), in points."""
    classified = sum(bucket[f"altitude {r}"] for r in ("below", "at", "above"))
    if not classified:
        return None
    share = 100 * bucket["altitude below"] / classified
    counted = classified + bucket["unclassified"]
    low = bucket["unclassified"] * rates["unclassified"][0]
    high = bucket["unclassified"] * rates["unclassified"][1]
    for evidence, side in KINDS:
        low += bucket[f"{evidence} {side}"] * rates[(evidence, side)][0]
        high += bucket[f"{evidence} {side}"] * rates[(evidence, side)][1]
    low, high = 100 * low / counted, 100 * high / counted
    # As shown: to the percent, the low rounded down and the high up.
    return int(min(share, low)), -int(-max(share, high) // 1)


def rate_pairs(text):
    """The [low, high] pairs of a calibration file, its comments (which name "[low, high]") left out."""
    rates = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    return {tuple(map(float, pair.split(","))) for pair in re.findall(r"\[([^\]]+)\]", rates)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=__import__("argparse").RawDescriptionHelpFormatter)
    parser.add_argument("--altitude", default=str(ROOT / ".build" / "release" / "altitude"))
    parser.add_argument("--coverage", type=float, default=85.0, help="of all weeks, in percent (default 85)")
    parser.add_argument("--per-calendar", type=float, default=80.0, help="of each calendar's weeks, in percent (default 80)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true")
    group.add_argument("--check", action="store_true")
    group.add_argument("--record-first-pass", nargs="+", metavar="DIR",
                       help="score these development calendars with --altitude (a binary whose rules were never tuned on them) "
                            "and keep their weeks in Tests/Development/first-pass-weeks.csv")
    args = parser.parse_args()
    if args.record_first_pass:
        return record_first_pass(args.altitude, args.record_first_pass)

    samples = {kind: [] for kind in KINDS + ["unclassified"]}
    weeks = []  # (calendar, week bucket, truth share)
    for data, start, end in CALENDARS:
        measurement = evaluate.Measurement(evaluate.Calendar(ROOT / data, start, end), args.altitude)
        for week, truth, _ in measurement.scored_weeks():
            weeks.append((data, measurement.weeks[week], truth))
    first_pass = read_first_pass()
    for _, bucket, _ in weeks + first_pass:
        for evidence, side in KINDS:
            hours = bucket[f"{evidence} {side}"]
            if hours:
                samples[(evidence, side)].append((bucket[f"{evidence} {side} truly below"] / hours, hours))
        if bucket["unclassified"]:
            samples["unclassified"].append((bucket["unclassified truly below"] / bucket["unclassified"], bucket["unclassified"]))

    chosen = None
    print(f"{len(weeks)} weeks of {len(CALENDARS)} calendars; {len(first_pass)} weeks of first passes")
    # The low ends and the high ends are chosen apart: errors on a leader the rules have not met
    # mostly run one way (below-altitude time read as at-level), so the range may reach further up than down.
    for low_step in range(0, 50, 2):
        for high_step in range(0, 50, 2):
            q_low, q_high = low_step / 100, high_step / 100
            rates = {kind: (round(weighted_quantile(values, q_low), 2), round(weighted_quantile(values, 1 - q_high), 2))
                     for kind, values in samples.items()}
            inside, widths, by_calendar = 0, [], {}
            for data, bucket, truth in weeks:
                low, high = week_range(bucket, rates)
                hit = low - 0.05 <= truth <= high + 0.05
                inside += hit
                widths.append(high - low)
                counts = by_calendar.setdefault(data, [0, 0])
                counts[0] += hit
                counts[1] += 1
            coverage = 100 * inside / len(weeks)
            worst = min(100 * hit / total for hit, total in by_calendar.values())
            width = sum(widths) / len(widths)
            first_ranges = [(week_range(bucket, rates), truth) for _, bucket, truth in first_pass]
            first_inside = sum(low - 0.05 <= truth <= high + 0.05 for (low, high), truth in first_ranges)
            first_coverage = 100 * first_inside / len(first_ranges) if first_ranges else 100.0
            first_width = sum(high - low for (low, high), _ in first_ranges) / len(first_ranges) if first_ranges else 0.0
            holds = coverage >= args.coverage and worst >= args.per_calendar and first_coverage >= args.per_calendar
            if holds and (chosen is None or width < chosen[4]):
                chosen = ((q_low, q_high), rates, coverage, worst, width, first_coverage, first_width)
    if chosen is None:
        sys.exit("calibrate: no q reaches the coverage asked for")
    (q_low, q_high), rates, coverage, worst, width, first_coverage, first_width = chosen
    text = HEADER + "".join(
        f"{evidence}: {{below-is-below: [{rates[(evidence, 'below')][0]}, {rates[(evidence, 'below')][1]}], "
        f"other-is-below: [{rates[(evidence, 'other')][0]}, {rates[(evidence, 'other')][1]}]}}\n" for evidence in ("topic", "structure")
    ) + f"unclassified-is-below: [{rates['unclassified'][0]}, {rates['unclassified'][1]}]\n"
    print(f"chosen: the {q_low:.2f} quantile for the low ends, the {1 - q_high:.2f} quantile for the high ends; the truth inside "
          f"the range in {coverage:.1f}% of the weeks (each calendar {worst:.0f}% or more), {width:.1f} points wide on average; "
          f"on the first passes {first_coverage:.1f}%, {first_width:.1f} points wide\n\n{text}")
    if args.write:
        OUTPUT.write_text(text)
        print(f"calibrate: wrote {OUTPUT.relative_to(ROOT)}; rebuild to use it")
    if args.check:
        written, measured = rate_pairs(OUTPUT.read_text()), rate_pairs(text)
        if written != measured:
            print(f"calibrate: {OUTPUT.relative_to(ROOT)} is not what the current rules measure: run scripts/calibrate.py --write")
            return 1
    return 0


def record_first_pass(altitude, directories):
    """Keeps each calendar's weeks as `altitude` (rules never tuned on it) classified them."""
    rows = []
    for directory in directories:
        data = str(pathlib.Path(directory).resolve().relative_to(ROOT))
        measurement = evaluate.Measurement(evaluate.Calendar(ROOT / data, "2026-03-02", "2026-06-01"), altitude)
        for week, truth, _ in measurement.scored_weeks():
            bucket = measurement.weeks[week]
            rows.append([data, week, f"{truth:.4f}"] + [f"{bucket[key]:.4f}" for key in BUCKET_KEYS])
    with open(FIRST_PASS, "w", newline="") as f:
        f.write("# Each development calendar's weeks as the rules classified them the first time they met it, before any\n"
                "# rule was tuned on it: hours by relation and by evidence, and how many of them the labels put below.\n"
                "# Written by scripts/calibrate.py --record-first-pass; scripts/calibrate.py holds the range to them too.\n")
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["calendar", "week", "truth share"] + BUCKET_KEYS)
        writer.writerows(rows)
    print(f"calibrate: wrote {len(rows)} weeks to {FIRST_PASS.relative_to(ROOT)}")
    return 0


def read_first_pass():
    """(calendar, bucket, truth share) for every first-pass week kept."""
    if not FIRST_PASS.exists():
        return []
    with open(FIRST_PASS, newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    weeks = []
    for row in csv.DictReader(lines):
        bucket = collections.Counter({key: float(row[key]) for key in BUCKET_KEYS})
        weeks.append((row["calendar"], bucket, float(row["truth share"])))
    return weeks


if __name__ == "__main__":
    sys.exit(main())
