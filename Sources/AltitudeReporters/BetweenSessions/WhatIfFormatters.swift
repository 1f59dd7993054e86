import AltitudeAnalysis
import Foundation
import AltitudeModel

/// Renders `altitude whatif`: the weeks as they were and as they would have been.
public protocol WhatIfFormatter: Sendable {
    func write(_ whatIf: WhatIf, to output: TextOutput)
}

extension EventListFormat {
    /// `altitude whatif`'s formatter for this format.
    public var whatIfFormatter: any WhatIfFormatter {
        switch self {
        case .text: WhatIfTextFormatter()
        case .csv: WhatIfCSVFormatter()
        case .json: WhatIfJSONFormatter()
        }
    }
}

extension WhatIf {
    /// The 4-week mean's distance to the target, as a fraction; nil without either.
    func gap(_ figures: Figures) -> Double? {
        guard let mean = figures.rollingBelowShare, let target else { return nil }
        return mean - target
    }
}

/// For a terminal: the changes, then a row a week, before → after, and the verdict.
public struct WhatIfTextFormatter: WhatIfFormatter {
    public init() {}

    public func write(_ whatIf: WhatIf, to output: TextOutput) {
        var lines = ["\(Figures.clip(whatIf.leaderName, 40)) · what if, the four weeks to \(whatIf.reported.week) and the week after"]
        for change in whatIf.changes { lines.append("  " + BetweenSessionsWords.change(change).replacingControlCharacters()) }
        lines.append("  takes \(whatIf.meetingsRemoved) meeting\(whatIf.meetingsRemoved == 1 ? "" : "s"), \(Figures.hours(whatIf.hoursRemoved)) h, "
                     + "off these weeks")
        lines.append("")
        lines.append("week      below share       4-week mean       to target (points)")
        for week in whatIf.weeks {
            guard !week.outsideData else {
                lines.append("\(week.week)  no data" + (week.booked ? "  (booked)" : ""))
                continue
            }
            func pair(_ before: String, _ after: String) -> String { (before.leftPadding(5) + " → " + after.leftPadding(4)).padding(18) }
            let row = "\(week.week)  " + pair(Figures.percent(week.before.belowShare), Figures.percent(week.after.belowShare))
                + pair(Figures.percent(week.before.rollingBelowShare), Figures.percent(week.after.rollingBelowShare))
                + pair(whatIf.gap(week.before).map(Figures.points) ?? "–", whatIf.gap(week.after).map(Figures.points) ?? "–")
                + (week.booked ? "booked" : "")
            lines.append(row.replacingOccurrences(of: " +$", with: "", options: .regularExpression))
        }
        lines.append("")
        lines.append(BetweenSessionsWords.outcome(of: whatIf, lead: "These changes").replacingControlCharacters())
        output.write(lines.joined(separator: "\n") + "\n")
    }
}

/// One row a week: the figures before and after (an empty cell where there is none).
public struct WhatIfCSVFormatter: WhatIfFormatter {
    public init() {}

    static let columns = ["week", "booked", "outside_data", "below_share_before", "below_share_after", "rolling_below_share_before",
                          "rolling_below_share_after", "gap_points_before", "gap_points_after", "below_hours_before", "below_hours_after"]

    public func write(_ whatIf: WhatIf, to output: TextOutput) {
        output.write(CSV.row(Self.columns))
        for week in whatIf.weeks {
            func share(_ value: Double?) -> String { week.outsideData ? "" : value.map { ReportNumbers.share($0).description } ?? "" }
            func points(_ value: Double?) -> String { week.outsideData ? "" : value.map { ReportNumbers.points($0).description } ?? "" }
            func hours(_ value: Double) -> String { week.outsideData ? "" : ReportNumbers.hours(value).description }
            CSV.write([week.week.description, week.booked ? "true" : "false", week.outsideData ? "true" : "false",
                       share(week.before.belowShare), share(week.after.belowShare),
                       share(week.before.rollingBelowShare), share(week.after.rollingBelowShare),
                       points(whatIf.gap(week.before)), points(whatIf.gap(week.after)),
                       hours(week.before.belowHours), hours(week.after.belowHours)], to: output)
        }
    }
}

/// The what-if as one JSON document (`schema: 1`), the same object the report's `handOffOutlook` is.
public struct WhatIfJSONFormatter: WhatIfFormatter {
    public init() {}

    public func write(_ whatIf: WhatIf, to output: TextOutput) {
        guard case .object(var document) = BetweenSessionsJSON.whatIf(whatIf, lead: "These changes") else { return }
        document["schema"] = .number(1)
        document["leader"] = JSONValue(whatIf.leaderName)
        document["week"] = JSONValue(whatIf.reported.week.description)
        output.writeJSON(JSONValue(object: document))
    }
}
