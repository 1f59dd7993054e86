import AltitudeAnalysis
import AltitudeModel

/// `altitude trends`: the weeks side by side, a sparkline and the verdict, for a terminal.
public struct TrendsTextFormatter: ReportFormatter {
    public let style: TerminalStyle

    public init(style: TerminalStyle = .plain) {
        self.style = style
    }

    /// The most weeks the sparkline shows on one line: a year.
    static let sparklineWeeks = 52

    public func write(_ report: AllocationReport, to output: TextOutput) {
        let trend = report.trend
        var lines: [String] = []
        lines.append(style.bold("\(Figures.clip(report.leader.name, 40)) · \(report.leader.level) · \(trend.weeks) weeks, \(trend.first) – \(trend.last)")
                     + style.dim(" · \(report.leader.timeZone)"))
        lines.append("")
        let header = "week      dates              meet   below     at  above  uncl.  focus  below share       could be    4-wk"
        lines.append(style.dim(header))
        for week in report.weeks {
            let metrics = week.metrics
            guard !week.outsideData else {
                lines.append("\(metrics.week)  " + Figures.span(week).padding(16) + style.dim("no data".leftPadding(11)))
                continue
            }
            let share = Figures.percent(metrics.belowShare).leftPadding(5)
            let bar = Figures.bar(metrics.belowShare ?? 0, of: 1, width: 10).padding(10)
            var row = "\(metrics.week)  " + Figures.span(week).padding(16)
            for hours in [metrics.meetingHours, metrics.belowHours, metrics.atHours, metrics.aboveHours, metrics.unclassifiedHours,
                          metrics.focusHours] {
                row += Figures.hours(hours).leftPadding(7)
            }
            row += "  " + share + " " + style.yellow(bar) + (week.belowShareRange.map { Figures.range($0) } ?? "").leftPadding(11)
                + Figures.percent(week.rollingBelowShare).leftPadding(8)
            lines.append(row)
        }
        if report.weeks.contains(where: \.outsideData) {
            lines.append(style.dim("no data: " + (report.span.map { span in
                "outside the time this calendar's sources cover, " + span.ranges.map { "\($0.lowerBound) to \($0.upperBound)" }.joined(separator: " and ")
            } ?? "this calendar holds no events")))
        }
        lines.append("")
        let shares = report.weeks.map(\.metrics.belowShare)
        if let top = shares.compactMap({ $0 }).max(), top > 0 {
            let legend = style.dim("  (▁ 0% … █ \(Figures.percent(top)))")
            if shares.count <= Self.sparklineWeeks {
                lines.append("Below share  " + style.yellow(Figures.sparkline(shares, top: top)) + legend)
            } else {
                // A long window wraps a year to a line, each starting with its first week, rather than run off the screen.
                lines.append("Below share" + legend)
                for start in stride(from: 0, to: shares.count, by: Self.sparklineWeeks) {
                    let row = shares[start..<min(start + Self.sparklineWeeks, shares.count)]
                    lines.append("  \(report.weeks[start].metrics.week)  " + style.yellow(Figures.sparkline(Array(row), top: top)))
                }
            }
        }
        lines.append(style.bold(trend.verdict))
        var facts: [String] = []
        if let slope = trend.slopePerWeek { facts.append("slope \(Figures.points(slope)) points a week") }
        if let change = trend.change { facts.append("\(Figures.points(change)) points against the \(trend.weeks) weeks before") }
        if let baseline = trend.baseline {
            facts.append("baseline after the promotion \(Figures.percent(baseline.share)) (\(baseline.first)–\(baseline.last))")
        }
        if let transition = trend.transition { facts.append("\(transition.label): \(transition.phase)") }
        if let gap = trend.gapToTarget { facts.append("\(Figures.points(gap)) points from the target") }
        if !facts.isEmpty { lines.append(style.dim(facts.joined(separator: " · "))) }
        if let session = report.sinceLastSession { lines.append(Figures.sinceSession(session)) }
        if let advice = Figures.orgChartAdvice(report) { lines.append(style.dim(advice)) }
        if let review = report.commitments { lines += [""] + BetweenSessionsText.commitments(review, week: "in \(trend.last)", style: style) }
        output.write(lines.joined(separator: "\n") + "\n")
    }
}
