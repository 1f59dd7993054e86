#!/usr/bin/env python3
"""Evaluation: how well the shipped rules classify a labelled calendar, and how
honest the range around each week's share is.

Runs `altitude events` with the leader's profile over a labelled calendar (a
directory with *.ics, truth.csv and profile.yaml: Tests/Evaluation/, written
independently of the rules, by default; SampleData/ and Tests/Development/*/ too)
and compares, per ISO week in the leader's zone, Altitude's below-altitude share
with the truth: below / (below + at + above) hours, counting timed meetings that
are not cancelled and not declined, as the labels' README defines. Prints each
week's gap in points, the range Altitude states for the week (from `altitude
trends --format csv`) and whether the truth lies inside it, the mean gap, the
range's coverage and mean width, the share of meeting hours left unclassified,
and where the hours went (truth level -> Altitude's).

--first-run also simulates a leader's first session with `altitude label`: it
labels the 10 series `altitude label --format json` offers, each with its truth
level (the level most of its hours have), through `altitude label --series`, in a
scratch rules directory, and scores the calendar again.

--check fails (exit 1) unless the mean gap is under 5 points, under 10% of
meeting hours are unclassified, the truth is inside the range in at least 80%
of weeks and the range is no wider than 15 points on average: the goals the
rules are held to. --max-gap, --max-unclassified, --min-coverage and
--max-width set other bars: the held-out calendars (Tests/Holdout/, never tuned
against) are checked at the level they measured, so a change that makes the
rules generalise worse fails, without the calendars being used to tune them.

Usage: scripts/evaluate.py [--altitude BIN] [--data DIR] [--from DATE] [--to DATE] [--first-run]
                           [--check [--max-gap POINTS] [--max-unclassified PERCENT]
                                    [--min-coverage PERCENT] [--max-width POINTS] [--max-gap-after POINTS]]
"""
import argparse
import collections
import csv
import datetime as dt
import io
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import zoneinfo

ROOT = pathlib.Path(__file__).resolve().parent.parent
LADDER = ["ic", "manager", "director", "vp", "executive"]
EVIDENCE = ["topic", "structure", "label"]
# How many series the simulated first run labels.
FIRST_RUN_LABELS = 10


def profile_value(path, key):
    for line in path.read_text().splitlines():
        if line.startswith(key + ":"):
            return line.split(":", 1)[1].split("#")[0].strip()
    sys.exit(f"evaluate: {path} has no {key}")


class Calendar:
    """A labelled calendar: its files, profile, zone, the leader's level and the truth by key."""

    def __init__(self, data, start, end):
        self.data = pathlib.Path(data)
        self.profile = self.data / "profile.yaml"
        self.zone = zoneinfo.ZoneInfo(profile_value(self.profile, "timezone"))
        self.leader = LADDER.index(profile_value(self.profile, "level"))
        self.start, self.end = start, end
        self.files = sorted(str(path) for path in self.data.glob("*.ics"))
        self.truth = {}
        with open(self.data / "truth.csv", newline="") as f:
            for row in csv.DictReader(f):
                self.truth[row["key"]] = row["level"]

    def level_of(self, row):
        level = self.truth.get(f"{row['uid']}|{row['recurrence_id']}") or self.truth.get(row["uid"])
        if level is None:
            sys.exit(f"evaluate: no truth label for {row['uid']} ({row['title']})")
        return level

    def side(self, level):
        """below, at or above the leader, for a truth level."""
        index = LADDER.index(level)
        return "below" if index < self.leader else "at" if index == self.leader else "above"


def run(altitude, *arguments, environment=None):
    result = subprocess.run([altitude, *arguments], capture_output=True, text=True, env=environment)
    if result.returncode != 0:
        sys.exit(f"evaluate: altitude {arguments[0]} failed:\n{result.stderr}")
    return result.stdout


class Measurement:
    """Per ISO week: truth and Altitude hours by relation, and Altitude's classified hours by
    evidence, each split by whether the truth puts them below (what scripts/calibrate.py reads)."""

    def __init__(self, calendar, altitude, environment=None):
        self.calendar = calendar
        self.weeks = collections.defaultdict(collections.Counter)
        self.flows = collections.Counter()
        self.meeting_hours = self.unclassified_hours = 0.0
        # Per series (uid), the hours by truth level and what Altitude says: what a first run labels.
        self.series_truth = collections.defaultdict(collections.Counter)
        output = run(altitude, "events", *calendar.files, "--profile", str(calendar.profile), "--from", calendar.start,
                     "--to", calendar.end, "--format", "csv", "--quiet", environment=environment)
        for row in csv.DictReader(io.StringIO(output)):
            if row["all_day"] == "true" or row["status"] == "cancelled" or row["my_status"] == "declined":
                continue
            level = calendar.level_of(row)
            start = dt.datetime.fromisoformat(row["start"].replace("Z", "+00:00"))
            end = dt.datetime.fromisoformat(row["end"].replace("Z", "+00:00"))
            hours = (end - start).total_seconds() / 3600
            year, week, _ = start.astimezone(calendar.zone).isocalendar()
            bucket = self.weeks[f"{year}-W{week:02d}"]
            truly_below = level != "excluded" and calendar.side(level) == "below"
            if level != "excluded":
                bucket["truth " + calendar.side(level)] += hours
                self.series_truth[row["uid"]][level] += hours
            relation = row["relation"]
            if relation != "excluded":
                self.meeting_hours += hours
                bucket["altitude " + relation] += hours
                if relation == "unclassified":
                    self.unclassified_hours += hours
                    bucket["unclassified"] += hours
                    bucket["unclassified truly below"] += hours if truly_below else 0
                else:
                    kind = "below" if relation == "below" else "other"
                    bucket[f"{row['evidence']} {kind}"] += hours
                    bucket[f"{row['evidence']} {kind} truly below"] += hours if truly_below else 0
            self.flows[(level, row["level"] or relation)] += hours

    def share(self, week, who):
        bucket = self.weeks[week]
        counted = sum(bucket[f"{who} {r}"] for r in ("below", "at", "above"))
        return 100 * bucket[f"{who} below"] / counted if counted else None

    def scored_weeks(self):
        """(week, truth share, Altitude's share) for every week both have a share for."""
        for week in sorted(self.weeks):
            truth, altitude = self.share(week, "truth"), self.share(week, "altitude")
            if truth is not None and altitude is not None:
                yield week, truth, altitude

    @property
    def mean_gap(self):
        gaps = [abs(altitude - truth) for _, truth, altitude in self.scored_weeks()]
        return sum(gaps) / len(gaps) if gaps else 0.0

    @property
    def unclassified(self):
        return 100 * self.unclassified_hours / self.meeting_hours if self.meeting_hours else 0.0


def trends(calendar, altitude, environment=None):
    """`altitude trends --format csv` over the calendar's window, by week."""
    start, end = dt.date.fromisoformat(calendar.start), dt.date.fromisoformat(calendar.end)
    last = end - dt.timedelta(days=1)
    year, week, _ = last.isocalendar()
    count = ((last - dt.timedelta(days=last.weekday())) - (start - dt.timedelta(days=start.weekday()))).days // 7 + 1
    output = run(altitude, "trends", *calendar.files, "--profile", str(calendar.profile), "--from", calendar.start,
                 "--to", calendar.end, "--week", f"{year}-W{week:02d}", "--weeks", str(count), "--format", "csv", "--quiet",
                 environment=environment)
    return {row["week"]: row for row in csv.DictReader(io.StringIO(output))}


def percent(cell):
    return 100 * float(cell) if cell else None


class Scores:
    """A calendar scored: the weekly table, mean gap, unclassified share, and the range's coverage and width."""

    def __init__(self, calendar, altitude, environment=None, quiet=False):
        self.measurement = Measurement(calendar, altitude, environment)
        self.rows = trends(calendar, altitude, environment)
        self.inside = self.widths = 0
        widths = []
        if not quiet:
            print(f"{'week':9} {'truth':>6} {'altitude':>9} {'gap':>6}  {'range':>13}")
        for week, truth, share in self.measurement.scored_weeks():
            row = self.rows.get(week, {})
            low, high = percent(row.get("below_share_low")), percent(row.get("below_share_high"))
            marker = ""
            if low is not None and high is not None:
                widths.append(high - low)
                # The truth is summed to 0.1 h here; a week on the edge counts as inside within 0.05 points.
                inside = low - 0.05 <= truth <= high + 0.05
                self.inside += inside
                marker = "" if inside else "  outside"
            shown = f"{low:5.1f}–{high:5.1f}%" if low is not None else "      –"
            if not quiet:
                print(f"{week:9} {truth:5.1f}% {share:8.1f}% {abs(share - truth):5.1f}  {shown:>13}{marker}")
        self.weeks = len(widths)
        self.coverage = 100 * self.inside / self.weeks if self.weeks else 0.0
        self.width = sum(widths) / len(widths) if widths else 0.0

    @property
    def mean_gap(self):
        return self.measurement.mean_gap

    @property
    def unclassified(self):
        return self.measurement.unclassified


# Points: trends rounds shares to 0.0001 (0.01 points); anything more is a real difference.
REPORT_TOLERANCE = 0.05


def disagreement(scores):
    """Checks `altitude trends` (its own week bucketing, in Swift) against the weeks summed
    from the instance list (Python's isocalendar in the leader's zone): the same below share
    for every week. Returns the largest difference, in points."""
    worst = 0.0
    for week, row in scores.rows.items():
        summed = scores.measurement.share(week, "altitude") if week in scores.measurement.weeks else None
        reported = percent(row["below_share"])
        if (summed is None) != (reported is None):
            sys.exit(f"evaluate: {week}: altitude trends says {reported}, the instance list {summed}")
        if summed is not None:
            worst = max(worst, abs(summed - reported))
    return worst


def first_run(calendar, altitude, scores):
    """Labels the series `altitude label` offers, each with its truth level, as a leader
    would in a first session, in a scratch rules directory; returns the scores after."""
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="altitude-first-run-"))
    try:
        environment = dict(os.environ, XDG_CONFIG_HOME=str(scratch / "config"), XDG_DATA_HOME=str(scratch / "data"),
                           ALTITUDE_NOW=f"{calendar.end}T09:00:00Z")
        offered = json.loads(run(altitude, "label", *calendar.files, "--profile", str(calendar.profile), "--from",
                                 calendar.start, "--to", calendar.end, "--limit", str(FIRST_RUN_LABELS), "--format", "json",
                                 "--quiet", environment=environment))
        print(f"\nfirst run: labelling the {len(offered)} series `altitude label` offers, each with its truth level")
        for candidate in offered:
            levels = collections.Counter()
            for uid in candidate["series"]:
                levels.update(scores.measurement.series_truth.get(uid, {}))
            if not levels:
                continue
            level = levels.most_common(1)[0][0]
            choice = "exclude" if level == "excluded" else level
            run(altitude, "label", "--series", candidate["id"], "--level", choice, *calendar.files, "--profile",
                str(calendar.profile), "--from", calendar.start, "--to", calendar.end, "--quiet", environment=environment)
            print(f"  {candidate['hours']:6.1f} h  {candidate['title'][:48]:48}  {candidate['level'] or candidate['relation']:>12} -> {choice}")
        return Scores(calendar, altitude, environment)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--altitude", default=str(ROOT / ".build" / "release" / "altitude"))
    parser.add_argument("--data", default=str(ROOT / "Tests" / "Evaluation"))
    parser.add_argument("--from", dest="start", default="2026-03-02")
    parser.add_argument("--to", dest="end", default="2026-06-22")
    parser.add_argument("--first-run", action="store_true", help="simulate labelling the series `altitude label` offers")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--max-gap", type=float, default=5.0, help="--check fails at this mean gap or more (default: the goal, 5)")
    parser.add_argument("--max-unclassified", type=float, default=10.0,
                        help="--check fails at this unclassified share or more, in percent (default: the goal, 10)")
    parser.add_argument("--min-coverage", type=float, default=80.0,
                        help="--check fails when the truth is inside the range in fewer weeks, in percent (default: the goal, 80)")
    parser.add_argument("--max-width", type=float, default=15.0,
                        help="--check fails when the range is wider on average, in points (default: the goal, 15)")
    parser.add_argument("--max-gap-after", type=float, default=3.0,
                        help="with --first-run, --check fails at this mean gap or more after the labels (default: the goal, 3)")
    args = parser.parse_args()
    calendar = Calendar(args.data, args.start, args.end)
    scores = Scores(calendar, args.altitude)
    worst = disagreement(scores)
    print(f"altitude trends agrees with the instance list within {worst:.2f} points a week")
    print(f"\nmean below-share gap: {scores.mean_gap:.1f} points over {scores.weeks} weeks (goal: under 5)")
    print(f"unclassified: {scores.unclassified:.1f}% of {scores.measurement.meeting_hours:.1f} meeting hours (goal: under 10%)")
    print(f"range: the truth inside it in {scores.inside} of {scores.weeks} weeks ({scores.coverage:.0f}%, goal: 80% or more), "
          f"{scores.width:.1f} points wide on average (goal: 15 or less)")
    print("\nhours by truth level -> Altitude's level (or relation):")
    for (level, decided), hours in sorted(scores.measurement.flows.items(), key=lambda item: -item[1]):
        marker = "" if level == decided else "   <-"
        print(f"  {level:>9} -> {decided:<12} {hours:6.1f} h{marker}")
    failures = []
    if args.first_run:
        after = first_run(calendar, args.altitude, scores)
        print(f"after the first run's labels: mean gap {after.mean_gap:.1f} points (goal: under 3, and no worse than "
              f"{scores.mean_gap:.1f}); unclassified {after.unclassified:.1f}%; range {after.coverage:.0f}% coverage, "
              f"{after.width:.1f} points wide")
        if after.mean_gap >= args.max_gap_after or after.mean_gap > scores.mean_gap + 0.05:
            failures.append(f"a gap after the labels under {args.max_gap_after:g} points and no worse than before")
    if scores.mean_gap >= args.max_gap or scores.unclassified >= args.max_unclassified:
        failures.append(f"a gap under {args.max_gap:g} points, under {args.max_unclassified:g}% unclassified")
    if scores.coverage < args.min_coverage or scores.width > args.max_width:
        failures.append(f"the truth inside the range in {args.min_coverage:g}% of weeks, a range {args.max_width:g} points wide or less")
    if args.check and failures:
        print("evaluate: the rules miss the bar: " + "; ".join(failures))
        return 1
    if args.check and worst > REPORT_TOLERANCE:
        print(f"evaluate: altitude trends disagrees with the weeks summed here by {worst:.2f} points")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
