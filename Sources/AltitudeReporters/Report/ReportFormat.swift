import AltitudeAnalysis
import AltitudeModel

/// The formats `altitude report` and `altitude trends` write.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, csv, html

    /// Which view a command asks for: the text format differs (one week in detail, or
    /// the weeks side by side); the machine formats and the HTML page carry both.
    public enum View: Sendable {
        case week, trends
    }

    /// The formatter for this format (one type per format).
    public func formatter(view: View, style: TerminalStyle = .plain) -> any ReportFormatter {
        switch self {
        case .text: view == .week ? WeekReportTextFormatter(style: style) : TrendsTextFormatter(style: style)
        case .json: ReportJSONFormatter()
        case .csv: ReportCSVFormatter()
        case .html: ReportHTMLFormatter()
        }
    }
}

/// Renders an allocation report.
public protocol ReportFormatter: Sendable {
    func write(_ report: AllocationReport, to output: TextOutput)
}

extension ReportFormatter {
    /// The whole rendering as one string (tests, files).
    public func format(_ report: AllocationReport) -> String {
        let output = TextOutput()
        write(report, to: output)
        return output.text
    }
}

extension AllocationReport {
    /// Why `week` has no figures, in the words every format uses (the digest and the portfolio too).
    public func absence(of week: ISOWeek) -> String { Figures.outsideData(week, span: span) }
}

/// How figures read in every human format.
enum Figures {
    /// Hours with one decimal, always, so columns align.
    static func hours(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// `31%`, or an en dash when there is no share.
    static func percent(_ share: Double?) -> String {
        share.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
    }

    /// `31% (26–38%)`: the share and the range it could honestly be in (the low rounded
    /// down and the high up, so the share always reads inside); `–` when there is no share.
    static func percent(_ share: Double?, range: ClosedRange<Double>?) -> String {
        guard let share else { return "–" }
        guard let range else { return percent(share) }
        return percent(share) + " " + Self.range(range)
    }

    /// `(26–38%)`, or `26–38%` unparenthesised.
    static func range(_ range: ClosedRange<Double>, parenthesised: Bool = true) -> String {
        let text = "\(Int((range.lowerBound * 100).rounded(.down)))–\(Int((range.upperBound * 100).rounded(.up)))%"
        return parenthesised ? "(\(text))" : text
    }

    /// What to add when much of the week was decided only by who was there and there is no org chart.
    static func orgChartAdvice(_ report: AllocationReport) -> String? {
        report.timeAnOrgChartWouldDecide.map { orgChartAdvice(share: $0, of: "this week's") }
    }

    /// The same for `share` of some time ("this week's", "the calendar's").
    static func orgChartAdvice(share: Double, of time: String) -> String {
        "\(percent(share)) of \(time) classified time was decided only by who was there: an org chart tells the rules "
            + "who sits two or more levels below you. Add `org_chart: org.csv` to the profile, a CSV with the columns "
            + "email,name,manager_email (most HR systems export one)."
    }

    /// Signed points (`+3.2`, `−1.5`).
    static func points(_ fraction: Double) -> String {
        let value = fraction * 100
        let tenths = Int(abs(value * 10).rounded())
        let sign = tenths == 0 ? "±" : value < 0 ? "−" : "+"
        return "\(sign)\(tenths / 10).\(tenths % 10)"
    }

    /// "since the last session (2026-10-12): below share 41% → 29% (4-week mean)".
    static func sinceSession(_ change: SessionChange) -> String {
        "since the last session (\(change.date)): below share \(percent(change.then)) → \(percent(change.now)) (4-week mean)"
    }

    /// `Nov 9 – 15` or `Nov 30 – Dec 6`.
    static func span(_ week: AllocationReport.Week) -> String {
        let start = week.monday
        let end = week.sunday
        let first = "\(monthNames[start.month - 1]) \(start.day)"
        return start.month == end.month ? "\(first) – \(end.day)" : "\(first) – \(monthNames[end.month - 1]) \(end.day)"
    }

    /// Why a week has no figures: "2025-W10 is before this calendar's data, which starts on 2026-01-05 (2026-W02)".
    static func outsideData(_ week: ISOWeek, span: CalendarSpan?) -> String {
        guard let span else { return "\(week): this calendar holds no events" }
        if week < span.firstWeek { return "\(week) is before this calendar's data, which starts on \(span.first) (\(span.firstWeek))" }
        if let gap = span.gap(around: week) {
            return "\(week) falls between this calendar's sources: its data stops on \(gap.before) and starts again on \(gap.after)"
        }
        return "\(week) is after this calendar's data, which ends on \(span.last) (\(span.lastWeek)): import a newer export"
    }

    /// Calendar text for a terminal column: control characters replaced, cut to
    /// `width` with an ellipsis.
    static func clip(_ text: String, _ width: Int) -> String {
        let text = text.replacingControlCharacters()
        return text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    /// Where a level sits for this leader: below, at or above; nil when either is off the ladder.
    static func relation(of level: String, in report: AllocationReport) -> Relation? {
        guard let index = report.levels.firstIndex(of: level), let own = report.levels.firstIndex(of: report.leader.level) else {
            return nil
        }
        return index < own ? .below : index == own ? .at : .above
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A bar `width` cells long at full scale, in eighths of a cell.
    static func bar(_ value: Double, of full: Double, width: Int) -> String {
        guard full > 0, value > 0 else { return "" }
        let eighths = Int((min(value / full, 1) * Double(width * 8)).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        return String(repeating: "█", count: eighths / 8) + partial
    }

    /// One character per value, from ▁ to █ over 0…`top`; a space where there is none.
    static func sparkline(_ values: [Double?], top: Double = 1) -> String {
        let ticks = Array("▁▂▃▄▅▆▇█")
        return String(values.map { value in
            guard let value else { return " " }
            let level = Int((min(max(value / top, 0), 1) * Double(ticks.count - 1)).rounded())
            return ticks[level]
        })
    }
}
