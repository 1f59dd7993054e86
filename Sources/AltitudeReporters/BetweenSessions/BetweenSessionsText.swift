import AltitudeAnalysis
import AltitudeModel

/// What happens between sessions, as lines for a terminal or a plain-text mail:
/// the commitments and their weeks, and who could take the top below-altitude series.
/// Calendar text has its control characters replaced.
enum BetweenSessionsText {
    /// The headline, then per commitment its outcome in the reported week and, with `weeks`, its marks so far.
    static func commitments(_ review: CommitmentReview, week: String, style: TerminalStyle, weeks: Bool = true) -> [String] {
        var lines = [style.bold(BetweenSessionsWords.headline(review, week: week))]
        for progress in review.items {
            let commitment = progress.commitment
            let text = "\(commitment.id) \(BetweenSessionsWords.commitment(commitment))"
            guard let outcome = progress.outcome(in: review.week) else {
                lines.append("  " + style.dim("· \(text): measured from \(commitment.firstWeek)").replacingControlCharacters())
                continue
            }
            let mark = BetweenSessionsWords.mark(outcome.outcome)
            let line = "  \(mark) \(text): \(BetweenSessionsWords.outcome(outcome, of: commitment))".replacingControlCharacters()
            lines.append(outcome.outcome == .slipped ? style.yellow(line) : line)
            if weeks { lines.append("      " + style.dim(BetweenSessionsWords.tally(progress))) }
        }
        return lines
    }

    /// The top below-altitude series someone could take, each with the likeliest candidate, and what handing them off would do;
    /// nothing when no series has a candidate.
    static func handOffs(_ report: AllocationReport, style: TerminalStyle) -> [String] {
        let series = report.topBelowSeries.filter { !$0.candidates.isEmpty }
        guard !series.isEmpty else { return [] }
        var lines = [style.bold("Who could take it") + style.dim("  (below-altitude series, \(report.trend.weeks) weeks)")]
        for item in series {
            lines.append("  " + Figures.clip(item.title, 32).padding(32) + (Figures.hours(item.hoursPerWeek) + " h/wk").leftPadding(10) + "  → "
                         + item.candidates.map(BetweenSessionsWords.candidate).joined(separator: "; or ").replacingControlCharacters())
        }
        if let outlook = report.handOffOutlook {
            lines.append("  " + BetweenSessionsWords.outcome(of: outlook, lead: BetweenSessionsWords.outlookLead(outlook)).replacingControlCharacters())
        }
        return lines
    }
}
