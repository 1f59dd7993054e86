import AltitudeAnalysis
import AltitudeModel

/// `altitude report`: one week in detail, for a terminal.
public struct WeekReportTextFormatter: ReportFormatter {
    public let style: TerminalStyle

    public init(style: TerminalStyle = .plain) {
        self.style = style
    }

    public func write(_ report: AllocationReport, to output: TextOutput) {
        let week = report.week
        let metrics = week.metrics
        var lines: [String] = []
        lines.append(style.bold("\(Figures.clip(report.leader.name, 40)) · \(report.leader.level) · \(metrics.week) (\(Figures.span(week)))")
                     + style.dim(" · \(report.leader.timeZone)"))
        lines.append("")
        guard !week.outsideData else {
            output.write((lines + [Figures.outsideData(metrics.week, span: report.span) + "; nothing to report"]).joined(separator: "\n") + "\n")
            return
        }
        var headline = "Below altitude  " + style.bold(Figures.percent(metrics.belowShare)) + (week.belowShareRange.map { " " + Figures.range($0) } ?? "")
        headline += "   4-week mean \(Figures.percent(week.rollingBelowShare, range: week.rollingBelowShareRange))"
        if let target = report.leader.target { headline += "   target \(Figures.percent(target))" }
        lines.append(headline)
        lines.append("  " + report.trend.verdict)
        if let session = report.sinceLastSession { lines.append("  " + Figures.sinceSession(session)) }
        if let advice = Figures.orgChartAdvice(report) { lines.append(style.dim("  " + advice)) }
        lines.append("")

        lines.append(style.bold("Where the week went") + "  \(Figures.hours(metrics.meetingHours)) h in \(metrics.meetings) meeting\(metrics.meetings == 1 ? "" : "s")"
                     + style.dim("  (% of meeting time)"))
        let parts: [(String, Double)] = [("below", metrics.belowHours), ("at", metrics.atHours), ("above", metrics.aboveHours),
                                         ("unclassified", metrics.unclassifiedHours)]
        for (name, hours) in parts {
            let share = metrics.meetingHours > 0 ? hours / metrics.meetingHours : nil
            let bar = Figures.bar(hours, of: metrics.meetingHours, width: 30)
            lines.append("  " + name.padding(13) + Figures.hours(hours).leftPadding(6) + " h" + Figures.percent(share).leftPadding(6)
                         + "  " + (name == "below" ? style.yellow(bar) : bar))
        }
        if metrics.structureOnlySeconds > 0 {
            lines.append(style.dim("  of the classified time, \(Figures.hours(Double(metrics.structureOnlySeconds) / 3600)) h "
                                   + "(\(Figures.percent(metrics.structureOnlyShare))) was decided only by who was there "
                                   + "(`altitude label --review` checks it)"))
        }
        lines.append("")

        let levels = report.levels.reversed().filter { metrics.levelSeconds[$0] != nil }
        if !levels.isEmpty {
            lines.append(style.bold("By level"))
            for level in levels {
                let hours = Double(metrics.levelSeconds[level] ?? 0) / 3600
                lines.append("  " + Figures.clip(level, 14).padding(14) + Figures.hours(hours).leftPadding(6) + " h  "
                             + style.dim(Figures.relation(of: level, in: report)?.rawValue ?? ""))
            }
            lines.append("")
        }
        let categories = metrics.categorySeconds.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        if !categories.isEmpty {
            lines.append(style.bold("By category"))
            let most = Double(categories[0].value)
            for (name, seconds) in categories.prefix(10) {
                lines.append("  " + Figures.clip(name, 18).padding(18) + Figures.hours(Double(seconds) / 3600).leftPadding(6) + " h  "
                             + Figures.bar(Double(seconds), of: most, width: 20))
            }
            lines.append("")
        }

        let people = metrics.people
        lines.append(style.bold("People"))
        lines.append("  direct reports " + Figures.hours(people.directsHours).leftPadding(7) + " h   1:1s \(Figures.hours(people.directsOneOnOneHours)) h")
        lines.append("  manager        " + Figures.hours(people.managerHours).leftPadding(7) + " h")
        lines.append("  peers          " + Figures.hours(people.peersHours).leftPadding(7) + " h")
        lines.append("  external       " + Figures.hours(people.externalHours).leftPadding(7) + " h")
        lines.append("")
        lines.append(style.bold("Focus time") + "     \(Figures.hours(metrics.focusHours)) h in free blocks of 90+ minutes in working hours")
        lines.append(style.bold("After hours") + "    \(Figures.hours(metrics.afterHours)) h of meetings outside working hours")
        if let transition = report.trend.transition {
            var text = style.bold("Transition") + "     " + transition.sentence
            if let baseline = report.trend.baseline {
                text += "; baseline \(Figures.percent(baseline.share)) (\(baseline.first)–\(baseline.last))"
            }
            lines.append(text)
        }
        lines.append("")

        lines.append(style.bold("Flags") + (report.flags.isEmpty ? "  none this week" : ""))
        for flag in report.flags {
            lines.append("  " + style.yellow("⚑ \(flag.rule)") + ": \(flag.advice)")
            lines.append("      " + style.dim("because " + flag.reasons.joined(separator: "; ")))
        }
        lines.append("")
        if let review = report.commitments { lines += BetweenSessionsText.commitments(review, week: "in \(metrics.week)", style: style) + [""] }
        let handOffs = BetweenSessionsText.handOffs(report, style: style)
        if !handOffs.isEmpty { lines += handOffs + [""] }

        let look = report.forwardLook
        lines.append(style.bold("Next week") + (look.outsideData
            ? ": no data — " + Figures.outsideData(look.week, span: report.span)
            : " (\(look.week)): \(Figures.hours(look.belowHours)) h of \(Figures.hours(look.meetingHours)) h already booked is below altitude"))
        for series in look.series {
            lines.append("  " + ForwardLookLine.text(series, clip: 36))
            if let candidate = series.candidates.first {
                lines.append("      " + style.dim("→ " + BetweenSessionsWords.candidate(candidate).replacingControlCharacters()))
            }
        }
        output.write(lines.joined(separator: "\n") + "\n")
    }
}

/// "Engineering daily standup: 1.3 h, manager level — delegate?": a series in the
/// forward look, and the question it raises.
enum ForwardLookLine {
    static func text(_ series: SeriesTime, clip width: Int) -> String {
        let level = series.level.map { "\($0) level" } ?? "below"
        return Figures.clip(series.title, width).padding(width) + Figures.hours(series.hours).leftPadding(6) + " h  " + level
            + " — " + question(series)
    }

    /// Recurring time at a lower level is the leader's to hand on; a one-off may just need a delegate.
    static func question(_ series: SeriesTime) -> String {
        series.recurring ? "delegate?" : "send someone?"
    }
}
