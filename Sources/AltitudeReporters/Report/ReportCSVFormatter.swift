import AltitudeAnalysis

/// One row per week of the window, the same columns whichever command asks:
/// figures for spreadsheets and scripts (hours to two decimals, shares to four).
public struct ReportCSVFormatter: ReportFormatter {
    public init() {}

    static let columns = ["week", "start", "end", "meeting_hours", "meetings", "below_hours", "at_hours", "above_hours",
                          "unclassified_hours", "below_share", "below_share_low", "below_share_high", "rolling_below_share", "focus_hours",
                          "after_hours",
                          "directs_hours", "directs_one_on_one_hours", "manager_hours", "peers_hours", "external_hours",
                          "structure_only_hours", "commitments_kept", "commitments_slipped", "commitments_not_measurable"]

    public func write(_ report: AllocationReport, to output: TextOutput) {
        output.write(CSV.row(Self.columns))
        for week in report.weeks {
            let metrics = week.metrics
            var row = CSV.Row(output)
            row.add(metrics.week.description)
            row.add(week.monday.description)
            row.add(week.sunday.adding(days: 1).description)
            // Outside the calendar the figures are unknown, not zero: every cell after week, start and end stays empty.
            guard !week.outsideData else {
                for _ in 3..<Self.columns.count { row.add("") }
                row.end()
                continue
            }
            row.add(ReportNumbers.hours(metrics.meetingHours).description)
            row.add(String(metrics.meetings))
            for hours in [metrics.belowHours, metrics.atHours, metrics.aboveHours, metrics.unclassifiedHours] {
                row.add(ReportNumbers.hours(hours).description)
            }
            row.add(metrics.belowShare.map { ReportNumbers.share($0).description } ?? "")
            row.add(week.belowShareRange.map { ReportNumbers.low($0).description } ?? "")
            row.add(week.belowShareRange.map { ReportNumbers.high($0).description } ?? "")
            row.add(week.rollingBelowShare.map { ReportNumbers.share($0).description } ?? "")
            for hours in [metrics.focusHours, metrics.afterHours, metrics.people.directsHours, metrics.people.directsOneOnOneHours,
                          metrics.people.managerHours, metrics.people.peersHours, metrics.people.externalHours,
                          Double(metrics.structureOnlySeconds) / 3600] {
                row.add(ReportNumbers.hours(hours).description)
            }
            // The report's commitments that were in force that week, by outcome; empty when none was.
            let outcomes = report.commitments?.items.compactMap { $0.outcome(in: metrics.week)?.outcome } ?? []
            for outcome in [CommitmentWeek.Outcome.kept, .slipped, .notMeasurable] {
                row.add(outcomes.isEmpty ? "" : String(outcomes.count { $0 == outcome }))
            }
            row.end()
        }
    }
}

/// Rounding for machine formats: the same figure reads the same in JSON and CSV.
enum ReportNumbers {
    static func hours(_ value: Double) -> Double { (value * 100).rounded() / 100 }
    static func share(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
    static func points(_ fraction: Double) -> Double { (fraction * 1000).rounded() / 10 }
    /// A range's ends to the percent, the low rounded down and the high up, so the share is always inside.
    static func low(_ range: ClosedRange<Double>) -> Double { (range.lowerBound * 100).rounded(.down) / 100 }
    static func high(_ range: ClosedRange<Double>) -> Double { (range.upperBound * 100).rounded(.up) / 100 }

    /// `{"low": 0.21, "high": 0.34}`, or null.
    static func range(_ range: ClosedRange<Double>?) -> JSONValue {
        range.map { JSONValue(object: ["low": JSONValue(low($0)), "high": JSONValue(high($0))]) } ?? .null
    }
}
