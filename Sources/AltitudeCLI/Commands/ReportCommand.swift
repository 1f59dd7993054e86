import AltitudeReporters
import ArgumentParser

/// `altitude report`: where one week went, against the leader's altitude.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show where a week went against the leader's altitude: hours, people, focus, flags and next week.",
        discussion: """
        Reads each SOURCE (the store when none is given), classifies every meeting with \
        the profile and rules, and reports one ISO week in the profile's time zone: \
        meeting hours below, at and above altitude (and unclassified), by level and \
        category, time with direct reports, manager, peers and externals, focus time, \
        after-hours meetings, the flags the insight rules raise and why, and the \
        below-altitude time already booked for the week after. JSON, CSV and HTML also \
        carry the --weeks before it; the HTML page is self-contained (charts inline, \
        no scripts, nothing fetched).

        Examples:
          altitude report export.ics --profile profile.yaml
          altitude report export.ics --profile profile.yaml --week 2026-W10
          altitude report --client acme --week this --format json
          altitude report export.ics --profile profile.yaml --format html -o week.html
        """
    )

    @OptionGroup var options: ReportOptions

    func run() throws {
        try options.run(view: .week)
    }
}

/// `altitude trends`: the weeks side by side, and which way they are moving.
struct TrendsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trends",
        abstract: "Show the below-altitude share week by week, its 4-week mean, slope, baseline and target.",
        discussion: """
        One row per ISO week (the --weeks ending with --week): meeting hours below, \
        at and above altitude, unclassified, focus time, the below share and its \
        4-week rolling mean; then a sparkline and one plain-language verdict. The \
        slope is the least-squares fit over the weeks, in points a week; the change \
        compares them with as many weeks before; the baseline is the first four weeks \
        after `promoted`.

        Examples:
          altitude trends export.ics --profile profile.yaml
          altitude trends export.ics --profile p.yaml --weeks 26 --format csv > weeks.csv
          altitude trends --client acme --weeks all --format json
          altitude trends export.ics --profile profile.yaml --format html -o trends.html
        """
    )

    @OptionGroup var options: ReportOptions

    func run() throws {
        try options.run(view: .trends)
    }
}
