import AltitudeAnalysis
import AltitudeModel

/// One self-contained HTML page: inline CSS and SVG, no scripts, nothing fetched
/// (a Content-Security-Policy says so to the browser too). Every piece of calendar
/// and rules text goes through `HTML.escape`.
public struct ReportHTMLFormatter: ReportFormatter {
    public init() {}

    public func write(_ report: AllocationReport, to output: TextOutput) {
        let week = report.week
        let metrics = week.metrics
        let leader = report.leader
        var page = HTML.documentStart(title: "Altitude — \(leader.name) — \(metrics.week)",
                                      styleSheet: Self.styleSheet + "\n" + BetweenSessionsHTML.styleSheet) + """
        <header>
        <p class="eyebrow">Altitude report · \(HTML.escape(metrics.week.description)) · \(HTML.escape(Figures.span(week)))</p>
        <h1>\(HTML.escape(leader.name)) <span class="level">\(HTML.escape(leader.level))</span></h1>

        """
        guard !week.outsideData else {
            page += "<p class=\"verdict\">\(HTML.escape(Figures.outsideData(metrics.week, span: report.span) + "; nothing to report."))</p>\n</header>\n"
            output.write(page + footer(leader))
            return
        }
        page += "<p class=\"verdict\">\(HTML.escape(report.trend.verdict))</p>\n"
            + (report.sinceLastSession.map { "<p class=\"session\">\(HTML.escape(Figures.sinceSession($0)))</p>\n" } ?? "")
            + (Figures.orgChartAdvice(report).map { "<p class=\"note\">\(HTML.escape($0))</p>\n" } ?? "")
            + "</header>\n"
        page += cards(report)
        page += section("Weekly hours by level", note: "Time at and above altitude stands on the line; below-altitude time hangs beneath it.",
                        body: HTMLCharts.stackedBars(report))
        page += section("Below-altitude share", note: "Each week's share of classified meeting time below altitude, its 4-week mean, and the target.",
                        body: HTMLCharts.shareLine(report))
        page += "<div class=\"columns\">\n"
        page += section("Where \(metrics.week) went, by category", note: nil, body: categoryBars(metrics))
        page += section("With whom", note: nil, body: peopleTable(metrics, leader: leader))
        page += "</div>\n"
        page += section("Flags", note: "Raised by the insight rules for \(metrics.week); each says which figures made it fire.",
                        body: flagList(report.flags))
        if let review = report.commitments {
            page += section(BetweenSessionsWords.headline(review, week: "in \(review.week)"),
                            note: "Each week after the session they were agreed at: ✓ kept, ✗ slipped, · not measurable (no data, or not over).",
                            body: BetweenSessionsHTML.commitments(review))
        }
        page += section("Top below-altitude series",
                        note: "Over \(report.trend.weeks) weeks, \(report.trend.first) – \(report.trend.last)"
                            + (report.coveredWeeks < report.weeks.count ? "; hours a week over the \(report.coveredWeeks) this calendar covers." : ".")
                            + (report.topBelowSeries.contains { !$0.candidates.isEmpty }
                                ? " → who could take it: the direct at most of its meetings, or whose organisation most of its people are in." : ""),
                        body: seriesTable(report.topBelowSeries, perWeek: true))
        if let outlook = report.handOffOutlook {
            page += section("If you handed them off",
                            note: BetweenSessionsWords.outcome(of: outlook, lead: BetweenSessionsWords.outlookLead(outlook)) + " "
                                + outlook.changes.map(BetweenSessionsWords.change).joined(separator: "; ").capitalizingFirstLetter()
                                + ": each week as it was → as it would have been.",
                            body: BetweenSessionsHTML.whatIf(outlook))
        }
        let look = report.forwardLook
        page += section("Next week, \(look.week)",
                        note: look.outsideData ? "No data: " + Figures.outsideData(look.week, span: report.span) + "."
                            : "\(Figures.hours(look.belowHours)) h of the \(Figures.hours(look.meetingHours)) h already booked is below altitude.",
                        body: seriesTable(look.series, perWeek: false))
        if let session = report.sinceLastSession {
            page += section("What changed since the session on \(session.date)",
                            note: "Hours a week by category: the four weeks before the session, and the last four.",
                            body: shiftTable(session.categories))
        }
        page += "<div class=\"prompts\">\n" + section("For the conversation", note: "Drawn from the flags' advice and the figures above.",
                                                     body: promptList(ConversationPrompts.make(report))) + "</div>\n"
        output.write(page + footer(leader))
    }

    private func footer(_ leader: AllocationReport.Leader) -> String {
        """
        <footer>Made by Altitude from \(HTML.escape(leader.name))'s calendar, in \(HTML.escape(leader.timeZone)). \
        Meeting time excludes cancelled, declined, all-day and personal time; focus time is free blocks of 90+ minutes in working hours.</footer>
        </body>
        </html>

        """
    }

    private func section(_ title: String, note: String?, body: String) -> String {
        var html = "<section>\n<h2>\(HTML.escape(title))</h2>\n"
        if let note { html += "<p class=\"note\">\(HTML.escape(note))</p>\n" }
        return html + body + "</section>\n"
    }

    private func cards(_ report: AllocationReport) -> String {
        let metrics = report.week.metrics
        var cards: [(String, String, String)] = [
            ("Below altitude", Figures.percent(metrics.belowShare),
             "of classified meeting time" + (report.week.belowShareRange.map { "; could be \(Figures.range($0, parenthesised: false)) from how each hour was decided" } ?? "")),
            ("4-week mean", Figures.percent(report.week.rollingBelowShare),
             (report.week.rollingBelowShareRange.map { "could be \(Figures.range($0, parenthesised: false)); " } ?? "")
                + (report.trend.slopePerWeek.map { "\(Figures.points($0)) points a week" } ?? "not enough weeks for a slope")),
        ]
        if let target = report.leader.target {
            cards.append(("Target", Figures.percent(target),
                          report.trend.gapToTarget.map { "\(Figures.points($0)) points from it" } ?? ""))
        }
        cards.append(("Meetings", "\(Figures.hours(metrics.meetingHours)) h", "\(metrics.meetings) meetings"))
        cards.append(("Confidence", Figures.percent(metrics.structureOnlyShare.map { 1 - $0 }),
                      "of classified time decided by its topic or a label; the rest only by who was there"))
        cards.append(("Focus time", "\(Figures.hours(metrics.focusHours)) h", "\(Figures.hours(metrics.afterHours)) h of meetings after hours"))
        if let transition = report.trend.transition {
            cards.append(("Since promotion", transition.label, transition.phase))
        }
        var html = "<div class=\"cards\">\n"
        for (label, value, detail) in cards {
            html += "<div class=\"card\"><div class=\"label\">\(HTML.escape(label))</div><div class=\"value\">\(HTML.escape(value))</div>"
                + "<div class=\"detail\">\(HTML.escape(detail))</div></div>\n"
        }
        return html + "</div>\n"
    }

    private func categoryBars(_ metrics: WeekMetrics) -> String {
        let categories = metrics.categorySeconds.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let most = categories.first?.value, most > 0 else { return "<p class=\"empty\">No meeting time this week.</p>\n" }
        var html = "<table class=\"bars\">\n"
        for (name, seconds) in categories.prefix(12) {
            let width = Double(seconds) / Double(most) * 100
            html += "<tr><th>\(HTML.escape(name))</th><td class=\"num\">\(Figures.hours(Double(seconds) / 3600)) h</td>"
                + "<td class=\"track\"><span style=\"width:\(HTMLCharts.number(width))%\"></span></td></tr>\n"
        }
        return html + "</table>\n"
    }

    private func peopleTable(_ metrics: WeekMetrics, leader: AllocationReport.Leader) -> String {
        let people = metrics.people
        let rows: [(String, Double)] = [
            ("Direct reports (\(leader.directReports))", people.directsHours), ("— in 1:1s", people.directsOneOnOneHours),
            ("Manager", people.managerHours), ("Peers", people.peersHours), ("External", people.externalHours),
        ]
        var html = "<table class=\"plain\">\n"
        for (name, hours) in rows {
            html += "<tr><th>\(HTML.escape(name))</th><td class=\"num\">\(Figures.hours(hours)) h</td></tr>\n"
        }
        return html + "</table>\n"
    }

    private func flagList(_ flags: [Flag]) -> String {
        guard !flags.isEmpty else { return "<p class=\"empty\">No flags this week.</p>\n" }
        var html = "<ul class=\"flags\">\n"
        for flag in flags {
            html += "<li><strong>\(HTML.escape(flag.advice))</strong><br><span class=\"why\">\(HTML.escape(flag.rule)): because "
                + HTML.escape(flag.reasons.joined(separator: "; ")) + "</span></li>\n"
        }
        return html + "</ul>\n"
    }

    private func shiftTable(_ shifts: [SessionChange.CategoryShift]) -> String {
        guard !shifts.isEmpty else { return "<p class=\"empty\">No category moved by more than a few minutes a week.</p>\n" }
        var html = "<table class=\"series\">\n<tr><th>Category</th><th class=\"num\">then h/week</th><th class=\"num\">now h/week</th></tr>\n"
        for shift in shifts {
            html += "<tr><td>\(HTML.escape(shift.category))</td><td class=\"num\">\(Figures.hours(shift.thenHours))</td>"
                + "<td class=\"num\">\(Figures.hours(shift.nowHours))</td></tr>\n"
        }
        return html + "</table>\n"
    }

    private func promptList(_ prompts: [String]) -> String {
        guard !prompts.isEmpty else { return "<p class=\"empty\">Nothing stands out this week: ask what they want to look at.</p>\n" }
        return "<ol class=\"flags\">\n" + prompts.map { "<li>\(HTML.escape($0))</li>\n" }.joined() + "</ol>\n"
    }

    private func seriesTable(_ series: [SeriesTime], perWeek: Bool) -> String {
        guard !series.isEmpty else { return "<p class=\"empty\">Nothing below altitude.</p>\n" }
        var html = "<table class=\"series\">\n<tr><th>Meeting</th><th class=\"num\">\(perWeek ? "h/week" : "hours")</th>"
            + "<th>Level</th><th class=\"rule\">Rule</th><th></th></tr>\n"
        for item in series {
            let hours = perWeek ? item.hoursPerWeek : item.hours
            html += "<tr><td>\(HTML.escape(item.title))\(BetweenSessionsHTML.candidates(item))</td><td class=\"num\">\(Figures.hours(hours))</td>"
                + "<td>\(HTML.escape(item.level ?? ""))</td><td class=\"rule\"><code>\(HTML.escape(item.rule ?? ""))</code></td>"
                + "<td class=\"ask\">\(HTML.escape(ForwardLookLine.question(item)))</td></tr>\n"
        }
        return html + "</table>\n"
    }

    static let styleSheet = """
    :root{--ink:#1d2330;--muted:#5f6b7a;--line:#e3e7ee;--paper:#ffffff;--wash:#f5f7fa;--below:#d9822b;--at:#2a7f8f;--above:#5b4fc4;--none:#a7b0bd}
    *{box-sizing:border-box}
    body{margin:0 auto;max-width:1040px;padding:32px 28px 48px;font:15px/1.5 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--paper)}
    header{border-bottom:1px solid var(--line);padding-bottom:16px;margin-bottom:20px}
    .eyebrow{margin:0;color:var(--muted);font-size:13px;letter-spacing:.04em;text-transform:uppercase}
    h1{margin:4px 0 6px;font-size:28px;font-weight:650}
    h1 .level{font-size:14px;font-weight:600;color:#fff;background:var(--at);border-radius:10px;padding:2px 9px;vertical-align:middle;text-transform:uppercase}
    .verdict{margin:0;font-size:17px}
    h2{font-size:16px;margin:0 0 4px}
    section{margin:22px 0;padding:16px 18px;border:1px solid var(--line);border-radius:10px;background:var(--paper)}
    .note{margin:0 0 10px;color:var(--muted);font-size:13px}
    .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
    .card{background:var(--wash);border-radius:10px;padding:12px 14px}
    .card .label{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
    .card .value{font-size:26px;font-weight:650}
    .card .detail{font-size:12px;color:var(--muted)}
    .card:first-child .value{color:var(--below)}
    .columns{display:grid;grid-template-columns:1fr 1fr;gap:18px}
    .columns section{margin:0}
    table{border-collapse:collapse;width:100%;font-size:14px}
    th{text-align:left;font-weight:500}
    td,th{padding:4px 6px;border-bottom:1px solid var(--line);vertical-align:top}
    .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    .bars th{width:38%;font-weight:400}
    .track{width:45%}
    .track span{display:block;height:10px;border-radius:5px;background:var(--at)}
    .series th{color:var(--muted);font-size:12px;text-transform:uppercase}
    .series td:first-child{overflow-wrap:break-word}
    .ask{color:var(--below);white-space:nowrap}
    code{font-size:12px;background:var(--wash);padding:1px 5px;border-radius:4px}
    .flags{margin:0;padding-left:18px}
    .flags li{margin:0 0 10px}
    .why{color:var(--muted);font-size:13px}
    .empty{color:var(--muted);margin:0}
    svg{width:100%;height:auto;display:block}
    svg text{font:11px -apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:var(--muted)}
    .legend{font-size:12px;color:var(--muted);margin-top:6px}
    .legend span{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 12px;vertical-align:-1px}
    footer{color:var(--muted);font-size:12px;margin-top:28px}
    @media print{section{break-inside:avoid}.prompts{break-before:page}}
    @media (max-width:640px){body{padding:20px 14px 32px}h1{font-size:24px}section{padding:14px 12px}.columns{grid-template-columns:1fr;gap:22px}.cards{grid-template-columns:repeat(2,1fr)}.card .value{font-size:22px}.series .rule{display:none}.ask{white-space:normal}td,th{padding:4px}}
    """
}

/// HTML escaping for text and attribute values, and the start every self-contained page shares.
enum HTML {
    /// Up to `<body>`: a page that loads nothing and runs nothing, and tells the browser so.
    static func documentStart(title: String, styleSheet: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <title>\(escape(title))</title>
        <style>\(styleSheet)</style>
        </head>
        <body>

        """
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
