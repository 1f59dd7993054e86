import AltitudeAnalysis
import AltitudeModel

/// The digest's text/plain part: short lines, a sparkline for the 12 weeks, and
/// calendar text with its control characters (CR, LF) made spaces.
public struct DigestTextFormatter: Sendable {
    public init() {}

    public func format(_ content: DigestContent) -> String {
        let report = content.report
        let metrics = content.week.metrics
        var lines: [String] = []
        lines.append("\(report.leader.name.replacingControlCharacters()) · \(report.leader.level) · week \(metrics.week) (\(Figures.span(content.week)))")
        lines.append("")
        lines.append("\(content.headlineWithRange.capitalizingFirstLetter()): "
                     + "\(Figures.hours(metrics.belowHours)) h of \(Figures.hours(metrics.belowHours + metrics.atHours + metrics.aboveHours)) h of classified meetings.")
        lines.append(content.comparison.capitalizingFirstLetter() + ".")
        let shares = report.weeks.map(\.metrics.belowShare)
        lines.append("\(report.weeks.count) weeks: \(Figures.sparkline(shares))  (\(report.trend.first) to \(report.trend.last))")
        lines.append(report.trend.verdict)
        if let transition = report.trend.transition { lines.append("Transition window: \(transition.sentence).") }
        if let notice = content.rulesChangeSentence {
            lines.append("")
            lines.append("Note: \(notice)")
        }
        if let review = report.commitments {
            lines.append("")
            lines += BetweenSessionsText.commitments(review, week: "in \(metrics.week)", style: .plain, weeks: false)
        }
        let top = report.topBelowSeries.prefix(DigestContent.seriesShown)
        if !top.isEmpty {
            lines.append("")
            lines.append("What to delegate (below altitude, \(report.trend.weeks) weeks):")
            for series in top { lines.append("  " + seriesLine(series, perWeek: true)) }
        }
        if !report.flags.isEmpty {
            lines.append("")
            lines.append("Flags:")
            for flag in report.flags {
                lines.append("  * \(flag.advice.replacingControlCharacters())")
                lines.append("    because \(flag.reasons.joined(separator: "; ").replacingControlCharacters())")
            }
        }
        let look = report.forwardLook
        lines.append("")
        if look.outsideData {
            // After the data's last week nothing is known to be booked: not "0.0 h of 0.0 h".
            lines.append("Next week (\(look.week)): no data — " + Figures.outsideData(look.week, span: report.span) + ".")
        } else {
            lines.append("Next week (\(look.week)): \(Figures.hours(look.belowHours)) h of the \(Figures.hours(look.meetingHours)) h booked is below altitude.")
            for series in look.series.prefix(DigestContent.seriesShown) { lines.append("  " + seriesLine(series, perWeek: false)) }
        }
        lines.append("")
        lines.append(content.freshness.sentence)
        for problem in content.freshness.problems { lines.append("Not refreshed: \(problem.replacingControlCharacters())") }
        lines.append("")
        lines.append("-- ")
        lines.append("Sent by Altitude. `\(content.reportCommand.replacingControlCharacters())` shows the whole week.")
        return lines.joined(separator: "\n") + "\n"
    }

    private func seriesLine(_ series: SeriesTime, perWeek: Bool) -> String {
        let hours = perWeek ? "\(Figures.hours(series.hoursPerWeek)) h/week" : "\(Figures.hours(series.hours)) h"
        return "\(hours)  \(Figures.clip(series.title, 60))" + (series.level.map { " (\($0))" } ?? "")
            + (series.candidates.first.map { " → " + BetweenSessionsWords.candidate($0).replacingControlCharacters() } ?? "")
    }
}

extension String {
    /// "Up 9 points…": a sentence made of a phrase.
    func capitalizingFirstLetter() -> String { prefix(1).uppercased() + dropFirst() }
}
