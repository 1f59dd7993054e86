import AltitudeAnalysis
import AltitudeModel

/// The digest's text/html part, for mail clients: tables and inline styles only
/// (no SVG, no script, no images, no style sheet a client might strip), bars
/// drawn as coloured table cells. Fluid: the message is at most 600 px wide and
/// reflows to a 360–400 px phone (every width a percentage, long words broken).
/// Every piece of calendar and rules text is escaped.
public struct DigestHTMLFormatter: Sendable {
    public init() {}

    static let below = "#d9480f"
    static let other = "#adb5bd"
    static let kept = "#2a7f8f"
    static let muted = "color:#6c757d;font-size:13px"

    public func format(_ content: DigestContent) -> String {
        let report = content.report
        let metrics = content.week.metrics
        var html = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>\(HTML.escape(content.subject))</title></head>
        <body style="margin:0;padding:0;background:#f8f9fa">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f8f9fa"><tr><td align="center" style="padding:8px">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#212529;font-size:15px;line-height:1.45;overflow-wrap:anywhere;word-break:break-word">
        <tr><td style="padding:16px 16px 8px">
        <div style="\(Self.muted)">Altitude · week \(HTML.escape(metrics.week.description)) · \(HTML.escape(Figures.span(content.week)))</div>
        <div style="font-size:20px;font-weight:bold;margin-top:4px">\(HTML.escape(report.leader.name)) <span style="\(Self.muted);font-weight:normal">\(HTML.escape(report.leader.level))</span></div>
        </td></tr>

        """
        html += row("""
            <div style="font-size:26px;font-weight:bold;color:\(Self.below)">\(HTML.escape(Figures.percent(metrics.belowShare)))<span style="font-size:16px;color:#212529;font-weight:normal"> below altitude</span>\(content.week.belowShareRange.map { "<span style=\"font-size:14px;color:#6c757d;font-weight:normal\"> could be \(HTML.escape(Figures.range($0, parenthesised: false)))</span>" } ?? "")</div>
            <div>\(HTML.escape(((content.change.map { "\($0) · " } ?? "") + content.comparison).capitalizingFirstLetter()))</div>
            \(shareBar(metrics.belowShare))
            """)
        html += row(weekBars(report) + "<div style=\"margin-top:8px\">\(HTML.escape(report.trend.verdict))</div>"
                    + (report.trend.transition.map { "<div style=\"\(Self.muted)\">Transition window: \(HTML.escape($0.sentence)).</div>" } ?? ""))
        if let notice = content.rulesChangeSentence {
            html += row("<div style=\"background:#fff3bf;border-left:4px solid #f59f00;padding:8px 12px\">\(HTML.escape(notice))</div>")
        }
        if let review = report.commitments {
            var list = heading(BetweenSessionsWords.headline(review, week: "in \(metrics.week)"))
            for progress in review.items {
                let outcome = progress.outcome(in: review.week)
                let colour = outcome?.outcome == .slipped ? Self.below : outcome?.outcome == .kept ? Self.kept : "#6c757d"
                list += "<p style=\"margin:0 0 6px\"><span style=\"color:\(colour);font-weight:bold\">"
                    + "\(outcome.map { BetweenSessionsWords.mark($0.outcome) } ?? "·")</span> "
                    + HTML.escape("\(progress.commitment.id) \(BetweenSessionsWords.commitment(progress.commitment))")
                    + "<br><span style=\"\(Self.muted)\">"
                    + HTML.escape(outcome.map { BetweenSessionsWords.outcome($0, of: progress.commitment) }
                                  ?? "measured from \(progress.commitment.firstWeek)") + "</span></p>\n"
            }
            html += row(list)
        }
        let top = Array(report.topBelowSeries.prefix(DigestContent.seriesShown))
        if !top.isEmpty {
            html += row(heading("What to delegate") + seriesTable(top, perWeek: true))
        }
        if !report.flags.isEmpty {
            var list = heading("Flags")
            for flag in report.flags {
                list += "<p style=\"margin:0 0 8px\"><strong>\(HTML.escape(flag.advice))</strong><br>"
                    + "<span style=\"\(Self.muted)\">because \(HTML.escape(flag.reasons.joined(separator: "; ")))</span></p>\n"
            }
            html += row(list)
        }
        let look = report.forwardLook
        html += row(heading("Next week, \(look.week)") + (look.outsideData
            ? "<p style=\"margin:0 0 8px\">No data: \(HTML.escape(Figures.outsideData(look.week, span: report.span))).</p>"
            : "<p style=\"margin:0 0 8px\">\(Figures.hours(look.belowHours)) h of the "
                + "\(Figures.hours(look.meetingHours)) h already booked is below altitude.</p>"
                + seriesTable(Array(look.series.prefix(DigestContent.seriesShown)), perWeek: false)))
        var footer = HTML.escape(content.freshness.sentence)
        for problem in content.freshness.problems { footer += "<br>Not refreshed: \(HTML.escape(problem))" }
        html += "<tr><td style=\"padding:12px 16px 16px;\(Self.muted)\">\(footer)<br>Sent by Altitude. <code>\(HTML.escape(content.reportCommand))</code> shows the whole week.</td></tr>\n"
        html += "</table>\n</td></tr></table>\n</body></html>\n"
        return html
    }

    private func row(_ body: String) -> String {
        "<tr><td style=\"padding:8px 16px\">\n\(body)\n</td></tr>\n"
    }

    private func heading(_ text: String) -> String {
        "<div style=\"font-size:16px;font-weight:bold;margin:4px 0 6px\">\(HTML.escape(text))</div>\n"
    }

    /// The week's share as one horizontal bar.
    private func shareBar(_ share: Double?) -> String {
        let percent = Int(((share ?? 0) * 100).rounded())
        var bar = "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin-top:8px\"><tr>"
        if percent > 0 { bar += "<td width=\"\(percent)%\" style=\"background:\(Self.below);height:12px;font-size:0\">&nbsp;</td>" }
        if percent < 100 { bar += "<td style=\"background:#e9ecef;height:12px;font-size:0\">&nbsp;</td>" }
        return bar + "</tr></table>"
    }

    /// One column per week, its height the below share; the reported week darkest.
    private func weekBars(_ report: AllocationReport) -> String {
        let tallest = 60.0
        var cells = ""
        var labels = ""
        for (index, week) in report.weeks.enumerated() {
            let share = week.metrics.belowShare
            let height = max(Int(((share ?? 0) * tallest).rounded()), share == nil ? 0 : 1)
            let colour = index == report.weeks.count - 1 ? Self.below : "#f4a582"
            let title = HTML.escape("\(week.metrics.week): \(Figures.percent(share))")
            cells += "<td valign=\"bottom\" align=\"center\" style=\"height:\(Int(tallest))px;padding:0 2px\" title=\"\(title)\">"
                + (height > 0 ? "<div style=\"background:\(colour);height:\(height)px;line-height:\(height)px;font-size:0\">&nbsp;</div>" : "")
                + "</td>"
            labels += "<td align=\"center\" style=\"font-size:10px;color:#6c757d\">\(Figures.percent(share))</td>"
        }
        return "<div style=\"\(Self.muted)\">Below-altitude share, \(report.trend.first) to \(report.trend.last)</div>\n"
            + "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"table-layout:fixed\">"
            + "<tr>\(cells)</tr><tr>\(labels)</tr></table>"
    }

    private func seriesTable(_ series: [SeriesTime], perWeek: Bool) -> String {
        guard !series.isEmpty else { return "" }
        let most = series.map { perWeek ? $0.hoursPerWeek : $0.hours }.max() ?? 1
        var table = "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">\n"
        for item in series {
            let hours = perWeek ? item.hoursPerWeek : item.hours
            let width = max(Int((hours / max(most, 0.01) * 100).rounded()), 3)
            table += "<tr><td style=\"padding:3px 8px 3px 0\">\(HTML.escape(item.title))"
                + (item.level.map { " <span style=\"\(Self.muted)\">\(HTML.escape($0))</span>" } ?? "")
                + (item.candidates.first.map { "<br><span style=\"\(Self.muted)\">→ \(HTML.escape(BetweenSessionsWords.candidate($0)))</span>" } ?? "")
                + "</td>"
                + "<td width=\"18%\" style=\"padding:3px 0\"><div style=\"background:\(Self.below);width:\(width)%;height:10px;font-size:0\">&nbsp;</div></td>"
                + "<td width=\"17%\" align=\"right\" style=\"white-space:nowrap;padding-left:6px\">\(Figures.hours(hours)) h\(perWeek ? "/wk" : "")</td></tr>\n"
        }
        return table + "</table>"
    }
}
