#!/usr/bin/env python3
"""Evaluation: how well the shipped rules classify a labelled calendar.

Runs `altitude events` with the leader's profile over a labelled calendar (a
directory with *.ics, truth.csv and profile.yaml: Tests/Evaluation/, written
independently of the rules, by default; SampleData/ too) and compares,
per ISO week in the leader's zone, Altitude's below-altitude share with the truth:
below / (below + at + above) hours, counting timed meetings that are not
cancelled and not declined, as the labels' README defines. Prints each week's
gap in points, the mean gap, the share of meeting hours left unclassified, and
where the hours went (truth level -> Altitude's).

--check fails (exit 1) unless the mean gap is under 5 points and under 10% of
meeting hours are unclassified: the goals the rules are held to. --max-gap and
--max-unclassified set another bar: the held-out calendar (Tests/Holdout/, never
tuned against) is checked at the level it measured, so a change that makes the
rules generalise worse fails, without the calendar being used to tune them.

Usage: scripts/evaluate.py [--altitude BIN] [--data DIR] [--from DATE] [--to DATE]
                           [--check [--max-gap POINTS] [--max-unclassified PERCENT]]
"""
import argparse
import collections
import csv
import datetime as dt
import io
import pathlib
import subprocess
import sys
import zoneinfo

ROOT = pathlib.Path(__file__).resolve().parent.parent
LADDER = ["ic", "manager", "director", "vp", "executive"]


def profile_value(path, key):
    for line in path.read_text().splitlines():
        if line.startswith(key + ":"):
            return line.split(":", 1)[1].split("#")[0].strip()
    sys.exit(f"evaluate: {path} has no {key}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--altitude", default=str(ROOT / ".build" / "release" / "altitude"))
    parser.add_argument("--data", default=str(ROOT / "Tests" / "Evaluation"))
    parser.add_argument("--from", dest="start", default="2026-03-02")
    parser.add_argument("--to", dest="end", default="2026-06-22")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--max-gap", type=float, default=5.0, help="--check fails at this mean gap or more (default: the goal, 5)")
    parser.add_argument("--max-unclassified", type=float, default=10.0,
                        help="--check fails at this unclassified share or more, in percent (default: the goal, 10)")
    args = parser.parse_args()
    data = pathlib.Path(args.data)
    profile = data / "profile.yaml"
    zone = zoneinfo.ZoneInfo(profile_value(profile, "timezone"))
    leader = LADDER.index(profile_value(profile, "level"))

    truth = {}
    with open(data / "truth.csv", newline="") as f:
        for row in csv.DictReader(f):
            truth[row["key"]] = row["level"]

    calendars = sorted(str(path) for path in data.glob("*.ics"))
    result = subprocess.run([args.altitude, "events", *calendars, "--profile", str(profile),
                             "--from", args.start, "--to", args.end, "--format", "csv", "--quiet"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"evaluate: altitude failed:\n{result.stderr}")

    weeks = collections.defaultdict(lambda: collections.Counter())
    flows = collections.Counter()
    meeting_hours = unclassified_hours = 0.0
    for row in csv.DictReader(io.StringIO(result.stdout)):
        if row["all_day"] == "true" or row["status"] == "cancelled" or row["my_status"] == "declined":
            continue
        level = truth.get(f"{row['uid']}|{row['recurrence_id']}") or truth.get(row["uid"])
        if level is None:
            sys.exit(f"evaluate: no truth label for {row['uid']} ({row['title']})")
        start = dt.datetime.fromisoformat(row["start"].replace("Z", "+00:00"))
        end = dt.datetime.fromisoformat(row["end"].replace("Z", "+00:00"))
        hours = (end - start).total_seconds() / 3600
        year, week, _ = start.astimezone(zone).isocalendar()
        bucket = weeks[f"{year}-W{week:02d}"]
        if level != "excluded":
            index = LADDER.index(level)
            bucket["truth " + ("below" if index < leader else "at" if index == leader else "above")] += hours
        relation = row["relation"]
        if relation != "excluded":
            meeting_hours += hours
            bucket["altitude " + relation] += hours
            if relation == "unclassified":
                unclassified_hours += hours
        flows[(level, row["level"] or relation)] += hours

    def share(bucket, who):
        counted = sum(bucket[f"{who} {r}"] for r in ("below", "at", "above"))
        return 100 * bucket[f"{who} below"] / counted if counted else None

    print(f"{'week':9} {'truth':>6} {'altitude':>9} {'gap':>6}")
    gaps = []
    for week in sorted(weeks):
        truth_share, altitude_share = share(weeks[week], "truth"), share(weeks[week], "altitude")
        if truth_share is None or altitude_share is None:
            continue
        gap = abs(altitude_share - truth_share)
        gaps.append(gap)
        print(f"{week:9} {truth_share:5.1f}% {altitude_share:8.1f}% {gap:5.1f}")
    disagreement = report_disagreement(args, calendars, profile, weeks, share)
    mean_gap = sum(gaps) / len(gaps)
    unclassified = 100 * unclassified_hours / meeting_hours if meeting_hours else 0
    print(f"\nmean below-share gap: {mean_gap:.1f} points over {len(gaps)} weeks (goal: under 5)")
    print(f"unclassified: {unclassified:.1f}% of {meeting_hours:.1f} meeting hours (goal: under 10%)")
    print("\nhours by truth level -> Altitude's level (or relation):")
    for (level, decided), hours in sorted(flows.items(), key=lambda item: -item[1]):
        marker = "" if level == decided else "   <-"
        print(f"  {level:>9} -> {decided:<12} {hours:6.1f} h{marker}")
    if args.check and (mean_gap >= args.max_gap or unclassified >= args.max_unclassified):
        print(f"evaluate: the rules miss the bar (a gap under {args.max_gap:g} points, under {args.max_unclassified:g}% unclassified)")
        return 1
    if args.check and disagreement > REPORT_TOLERANCE:
        print(f"evaluate: altitude trends disagrees with the weeks summed here by {disagreement:.2f} points")
        return 1
    return 0


# Points: trends rounds shares to 0.0001 (0.01 points); anything more is a real difference.
REPORT_TOLERANCE = 0.05


def report_disagreement(args, calendars, profile, weeks, share):
    """Checks `altitude trends` (its own week bucketing, in Swift) against the weeks summed
    above from the instance list (Python's isocalendar in the leader's zone): the same
    below share for every week. Prints and returns the largest difference, in points."""
    start, end = dt.date.fromisoformat(args.start), dt.date.fromisoformat(args.end)
    last = end - dt.timedelta(days=1)
    year, week, _ = last.isocalendar()
    count = ((last - dt.timedelta(days=last.weekday())) - (start - dt.timedelta(days=start.weekday()))).days // 7 + 1
    result = subprocess.run([args.altitude, "trends", *calendars, "--profile", str(profile), "--from", args.start,
                             "--to", args.end, "--week", f"{year}-W{week:02d}", "--weeks", str(count),
                             "--format", "csv", "--quiet"], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"evaluate: altitude trends failed:\n{result.stderr}")
    worst = 0.0
    for row in csv.DictReader(io.StringIO(result.stdout)):
        summed = share(weeks[row["week"]], "altitude") if row["week"] in weeks else None
        reported = 100 * float(row["below_share"]) if row["below_share"] else None
        if (summed is None) != (reported is None):
            sys.exit(f"evaluate: {row['week']}: altitude trends says {reported}, the instance list {summed}")
        if summed is not None:
            worst = max(worst, abs(summed - reported))
    print(f"altitude trends agrees with the instance list within {worst:.2f} points a week over {count} weeks")
    return worst


if __name__ == "__main__":
    sys.exit(main())
