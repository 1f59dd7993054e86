import AltitudeAnalysis
import AltitudeModel

/// The digest's text/html part, for mail clients: tables and inline styles only
/// (no SVG, no script, no images, no style sheet a client might strip), bars
/// drawn as coloured table cells. Every piece of calendar and rules text is escaped.
public struct DigestHTMLFormatter: Sendable {
    public init() {}

    static let below = "#d9480f"
    static let other = "#adb5bd"
    static let muted = "color:#6c757d;font-size:13px"

    public func format(_ content: DigestContent) -> String {
        let report = content.report
        let metrics = content.week.metrics
        var html = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>\(HTML.escape(content.subject))</title></head>
        <body style="margin:0;padding:0;background:#f8f9fa">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f8f9fa"><tr><td align="center" style="padding:16px">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#212529;font-size:15px;line-height:1.45">
        <tr><td style="padding:20px 24px 8px">
        <div style="\(Self.muted)">Altitude · week \(HTML.escape(metrics.week.description)) · \(HTML.escape(Figures.span(content.week)))</div>
        <div style="font-size:20px;font-weight:bold;margin-top:4px">\(HTML.escape(report.leader.name)) <span style="\(Self.muted);font-weight:normal">\(HTML.escape(report.leader.level))</span></div>
        </td></tr>

        """
        html += row("""
            <div style="font-size:26px;font-weight:bold;color:\(Self.below)">\(HTML.escape(Figures.percent(metrics.belowShare)))<span style="font-size:16px;color:#212529;font-weight:normal"> below altitude</span></div>
            <div>\(HTML.escape(((content.change.map { "\($0) · " } ?? "") + content.comparison).capitalizingFirstLetter()))</div>
            \(shareBar(metrics.belowShare))
            """)
        html += row(weekBars(report) + "<div style=\"margin-top:8px\">\(HTML.escape(report.trend.verdict))</div>"
                    + (report.trend.transition.map { "<div style=\"\(Self.muted)\">Transition window: \(HTML.escape($0.sentence)).</div>" } ?? ""))
        if let notice = content.rulesChangeSentence {
            html += row("<div style=\"background:#fff3bf;border-left:4px solid #f59f00;padding:8px 12px\">\(HTML.escape(notice))</div>")
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
        html += row(heading("Next week, \(look.week)") + "<p style=\"margin:0 0 8px\">\(Figures.hours(look.belowHours)) h of the "
                    + "\(Figures.hours(look.meetingHours)) h already booked is below altitude.</p>"
                    + seriesTable(Array(look.series.prefix(DigestContent.seriesShown)), perWeek: false))
        var footer = HTML.escape(content.freshness.sentence)
        for problem in content.freshness.problems { footer += "<br>Not refreshed: \(HTML.escape(problem))" }
        html += "<tr><td style=\"padding:12px 24px 20px;\(Self.muted)\">\(footer)<br>Sent by Altitude. <code>\(HTML.escape(content.reportCommand))</code> shows the whole week.</td></tr>\n"
        html += "</table>\n</td></tr></table>\n</body></html>\n"
        return html
    }

    private func row(_ body: String) -> String {
        "<tr><td style=\"padding:8px 24px\">\n\(body)\n</td></tr>\n"
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
            let width = max(Int((hours / max(most, 0.01) * 80).rounded()), 2)
            table += "<tr><td style=\"padding:3px 8px 3px 0\">\(HTML.escape(item.title))"
                + (item.level.map { " <span style=\"\(Self.muted)\">\(HTML.escape($0))</span>" } ?? "") + "</td>"
                + "<td width=\"90\" style=\"padding:3px 0\"><div style=\"background:\(Self.below);width:\(width)px;height:10px;font-size:0\">&nbsp;</div></td>"
                + "<td width=\"80\" align=\"right\" style=\"white-space:nowrap\">\(Figures.hours(hours)) h\(perWeek ? "/wk" : "")</td></tr>\n"
        }
        return table + "</table>"
    }
}
