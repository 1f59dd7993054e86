import AltitudeAnalysis

/// Questions for a coaching conversation, drawn from the report: the insight
/// rules' advice for each flag raised, the movement since the last session, the
/// transition phase, and the below-altitude time already booked for next week.
enum ConversationPrompts {
    static func make(_ report: AllocationReport) -> [String] {
        var prompts: [String] = []
        if let session = report.sinceLastSession {
            let moved = session.change.map { abs($0) < 0.01 ? "held at" : $0 < 0 ? "fell to" : "rose to" } ?? "is now"
            let question = session.change.map { $0 <= -0.01 ? "What made the difference, and how do you keep it?"
                : $0 >= 0.01 ? "What pulled you back down into the work?" : "What would move it?" } ?? "What would move it?"
            prompts.append("Since our session on \(session.date), below-altitude time \(moved) \(Figures.percent(session.now)) "
                           + "(from \(Figures.percent(session.then))). \(question)")
            if let shift = session.categories.first {
                prompts.append("“\(shift.category)” went from \(Figures.hours(shift.thenHours)) h to \(Figures.hours(shift.nowHours)) h a week "
                               + "since then: was that a choice?")
            }
        }
        prompts += commitmentPrompts(report.commitments)
        for flag in report.flags {
            prompts.append("\(flag.advice) What would that look like next week?")
        }
        if let transition = report.trend.transition, transition.day >= 1 {
            prompts.append("You are at \(transition.label), \(transition.phase): what do you want to be true by the end of it?")
        }
        if let top = report.forwardLook.series.first {
            prompts.append("“\(top.title)” (\(top.level.map { "\($0) level" } ?? "below altitude")) is booked again next week: "
                           + (top.candidates.first.map { "\(BetweenSessionsWords.candidate($0)): could they take it from here?" }
                              ?? (top.recurring ? "who could run it instead of you?" : "who could go in your place?")))
        }
        if let gap = report.trend.gapToTarget, gap > 0 {
            prompts.append("The 4-week mean is \(Figures.hours(gap * 100)) points above your target: which one meeting would you give up first?")
        }
        return prompts
    }

    /// A question for each commitment that slipped in the reported week, and one for the longest-kept.
    static func commitmentPrompts(_ review: CommitmentReview?) -> [String] {
        guard let review else { return [] }
        var prompts: [String] = []
        for progress in review.items {
            guard let week = progress.outcome(in: review.week), week.outcome == .slipped else { continue }
            prompts.append("You agreed to \(BetweenSessionsWords.commitment(progress.commitment)); in \(review.week) it slipped "
                           + "(\(BetweenSessionsWords.detail(week, of: progress.commitment) ?? "")). What got in the way, and what would make it hold?")
        }
        if let held = review.items.filter({ $0.outcome(in: review.week)?.outcome == .kept }).max(by: { $0.count(.kept) < $1.count(.kept) }) {
            prompts.append("“\(BetweenSessionsWords.commitment(held.commitment).capitalizingFirstLetter())” held \(held.count(.kept)) of "
                           + "\(held.count(.kept) + held.count(.slipped)) weeks: what made it work, and what is next?")
        }
        return prompts
    }
}
