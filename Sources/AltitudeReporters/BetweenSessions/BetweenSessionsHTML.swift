import AltitudeAnalysis
import AltitudeModel

/// What happens between sessions, as the report page's sections (and so the
/// session pack's): the commitments week by week, who could take each series, and
/// what handing the top ones off would do. Every piece of calendar text is escaped.
enum BetweenSessionsHTML {
    /// The commitments: one row each, with the reported week's outcome and a mark per week since it was agreed.
    static func commitments(_ review: CommitmentReview) -> String {
        var html = "<table class=\"commitments\">\n<tr><th>Commitment</th><th>\(HTML.escape(review.week.description))</th>"
            + "<th>Week by week</th></tr>\n"
        for progress in review.items {
            let commitment = progress.commitment
            let outcome = progress.outcome(in: review.week)
            html += "<tr\(outcome.map { " class=\"\($0.outcome.rawValue)\"" } ?? "")>"
                + "<td><span class=\"id\">\(HTML.escape(commitment.id))</span> \(HTML.escape(BetweenSessionsWords.commitment(commitment)))"
                + (commitment.since != review.since ? " <span class=\"why\">since \(HTML.escape(commitment.since.description))</span>" : "") + "</td>"
            if let outcome {
                let word = outcome.outcome == .notMeasurable ? "not measurable" : outcome.outcome.rawValue
                html += "<td><span class=\"outcome \(outcome.outcome.rawValue)\">\(HTML.escape(word))</span>"
                    + (BetweenSessionsWords.detail(outcome, of: commitment).map { " <span class=\"why\">\(HTML.escape($0))</span>" } ?? "") + "</td>"
            } else {
                html += "<td><span class=\"why\">measured from \(HTML.escape(commitment.firstWeek.description))</span></td>"
            }
            let marks = progress.weeks.map { week in
                "<span class=\"mark \(week.outcome.rawValue)\" title=\"\(HTML.escape("\(week.week): \(BetweenSessionsWords.outcome(week, of: commitment))"))\">"
                    + "\(BetweenSessionsWords.mark(week.outcome))</span>"
            }.joined()
            let measured = progress.count(.kept) + progress.count(.slipped)
            html += "<td class=\"marks\">\(marks)" + (progress.weeks.isEmpty ? "" : "<br><span class=\"why\">kept \(progress.count(.kept)) of \(measured)</span>")
                + "</td></tr>\n"
        }
        return html + "</table>\n"
    }

    /// The line under a series' title: who could take it, and why.
    static func candidates(_ series: SeriesTime) -> String {
        guard !series.candidates.isEmpty else { return "" }
        return "<div class=\"who\">→ " + series.candidates.map { HTML.escape(BetweenSessionsWords.candidate($0)) }.joined(separator: "; or ") + "</div>"
    }

    /// The what-if table: each week's below share, 4-week mean and distance to the target, as it was and as it would have been.
    static func whatIf(_ whatIf: WhatIf) -> String {
        var html = "<table class=\"whatif\">\n<tr><th>Week</th><th class=\"num\">Below share</th><th class=\"num\">4-week mean</th>"
            + "<th class=\"num\">To target</th></tr>\n"
        for week in whatIf.weeks {
            let label = HTML.escape(week.week.description) + (week.booked ? " <span class=\"why\">booked</span>" : "")
            guard !week.outsideData else {
                html += "<tr><td>\(label)</td><td class=\"num\" colspan=\"3\"><span class=\"why\">no data</span></td></tr>\n"
                continue
            }
            func gap(_ figures: WhatIf.Figures) -> String {
                guard let mean = figures.rollingBelowShare, let target = whatIf.target else { return "–" }
                return Figures.points(mean - target)
            }
            html += "<tr\(week == whatIf.reported ? " class=\"reported\"" : "")><td>\(label)</td>"
                + cell(Figures.percent(week.before.belowShare), Figures.percent(week.after.belowShare))
                + cell(Figures.percent(week.before.rollingBelowShare), Figures.percent(week.after.rollingBelowShare))
                + cell(gap(week.before), gap(week.after)) + "</tr>\n"
        }
        return html + "</table>\n"
    }

    private static func cell(_ before: String, _ after: String) -> String {
        "<td class=\"num\">\(HTML.escape(before)) → <strong>\(HTML.escape(after))</strong></td>"
    }

    /// The styles these sections add to the report page's.
    static let styleSheet = """
    .commitments td{font-size:14px}
    .commitments td:first-child{width:36%}
    .commitments th:last-child{white-space:nowrap}
    .commitments .id{color:var(--muted);font-variant-numeric:tabular-nums}
    .outcome{font-weight:600}
    .outcome.kept,.mark.kept{color:var(--at)}
    .outcome.slipped,.mark.slipped{color:#b3261e}
    .outcome.not-measurable,.mark.not-measurable{color:var(--muted)}
    .marks{white-space:nowrap;letter-spacing:2px}
    .marks .why{letter-spacing:normal}
    .who{color:var(--at);font-size:13px;margin-top:2px}
    .whatif .reported td{background:var(--wash)}
    .whatif strong{font-weight:650}
    @media (max-width:640px){.whatif .num{white-space:normal}.commitments td{font-size:13px}}
    """
}
