import AltitudeAnalysis
import AltitudeModel

/// How every human format words what happens between sessions: a commitment, its
/// outcome in a week, a hand-off candidate's evidence, and what a what-if found.
/// Calendar text in these is raw: each format escapes or clips it as it writes.
enum BetweenSessionsWords {
    /// "stop attending “Payments standup”", "hand off “Architecture review board” to Raj Iyer",
    /// "at most 3.0 h a week of hiring", "2 focus blocks of 2.0 h or more a week", "below-altitude share at most 25%".
    static func commitment(_ commitment: Commitment) -> String {
        switch commitment.kind {
        case .stop(let series): "stop attending “\(series.title)”"
        case .handOff(let series, let person): "hand off “\(series.title)” to \(person.label)"
        case .limit(let subject, let seconds): "at most \(Figures.hours(Double(seconds) / 3600)) h a week of \(self.subject(subject))"
        case .protectFocus(let blocks, let seconds):
            "\(blocks) focus block\(blocks == 1 ? "" : "s") of \(Figures.hours(Double(seconds) / 3600)) h or more a week"
        case .holdShare(let share): "below-altitude share at most \(Figures.percent(share))"
        }
    }

    /// "hiring", "manager-level meetings", "meetings by the rule detail-reviews", "meetings titled like “interview”".
    static func subject(_ subject: LimitSubject) -> String {
        switch subject {
        case .category(let name), .named(let name): name
        case .level(let name): "\(name)-level meetings"
        case .rule(let id): "meetings by the rule \(id)"
        case .title(let text): "meetings titled like “\(text)”"
        }
    }

    /// ✓ kept, ✗ slipped, · not measurable.
    static func mark(_ outcome: CommitmentWeek.Outcome) -> String {
        switch outcome {
        case .kept: "✓"
        case .slipped: "✗"
        case .notMeasurable: "·"
        }
    }

    /// "kept", "slipped (you attended Wed 11-18)", "not measurable (no data for the week)".
    static func outcome(_ week: CommitmentWeek, of commitment: Commitment) -> String {
        let detail = self.detail(week, of: commitment)
        let word = week.outcome == .notMeasurable ? "not measurable" : week.outcome.rawValue
        return detail.map { "\(word) (\($0))" } ?? word
    }

    /// What the outcome rests on, in a few words; nil when the outcome says it all.
    static func detail(_ week: CommitmentWeek, of commitment: Commitment) -> String? {
        if let reason = week.unmeasurable {
            return switch reason {
            case .outsideData: "no data for the week"
            case .notOver: "the week is not over"
            case .nothingClassified: "no classified meeting time"
            case .notOnCalendar: "no meeting of it on the calendar: who ran it cannot be seen"
            }
        }
        switch (commitment.kind, week.outcome) {
        case (.stop, .slipped): return "you attended " + days(week.meetings)
        case (.stop, _): return week.meetings.isEmpty ? "no meeting of it" : "you declined " + days(week.meetings)
        case (.handOff(_, let person), .slipped):
            let attended = week.meetings.filter(\.leaderAttended)
            let absent = week.meetings.filter { $0.personAttended == false }
            var parts: [String] = []
            if !attended.isEmpty { parts.append("you attended " + days(attended)) }
            if !absent.isEmpty { parts.append("\(person.label) was not there " + days(absent)) }
            return parts.joined(separator: "; ")
        case (.handOff(_, let person), _): return "\(person.label) went, you did not"
        case (.limit, .slipped): return "\(Figures.hours(week.figure ?? 0)) h: " + meetings(week.meetings)
        case (.limit, _): return "\(Figures.hours(week.figure ?? 0)) h"
        case (.protectFocus, _):
            let count = Int(week.figure ?? 0)
            return "\(count) block\(count == 1 ? "" : "s")" + (week.focusBlocks.isEmpty ? "" : ": " + blocks(week.focusBlocks))
        case (.holdShare, .slipped):
            // By title: a share is made of series, not of single meetings.
            var hours: [(title: String, hours: Double)] = []
            for meeting in week.meetings {
                if let index = hours.firstIndex(where: { $0.title == meeting.title }) { hours[index].hours += meeting.hours }
                else { hours.append((meeting.title, meeting.hours)) }
            }
            let most = hours.sorted { $0.hours > $1.hours }.map { "\($0.title) \(Figures.hours($0.hours)) h" }
            return Figures.percent(week.figure) + (most.isEmpty ? "" : "; most below in " + list(most, shown: 3))
        case (.holdShare, _): return Figures.percent(week.figure)
        }
    }

    /// "Mon 11-16, Wed 11-18 and 3 more".
    static func days(_ meetings: [CommittedMeeting], shown: Int = 3) -> String {
        list(meetings.map { day($0.day) }, shown: shown)
    }

    /// "Interview: engineer Tue 11-17 1.0 h, …": the meetings, longest first when they are a share's.
    static func meetings(_ meetings: [CommittedMeeting], shown: Int = 3) -> String {
        list(meetings.map { "\($0.title) \(day($0.day)) \(Figures.hours($0.hours)) h" }, shown: shown)
    }

    static func blocks(_ blocks: [FocusBlock], shown: Int = 3) -> String {
        list(blocks.map { "\(day($0.day)) \(clock($0.startMinute))–\(clock($0.endMinute))" }, shown: shown)
    }

    private static func list(_ items: [String], shown: Int) -> String {
        items.count <= shown ? items.joined(separator: ", ") : items.prefix(shown).joined(separator: ", ") + " and \(items.count - shown) more"
    }

    /// "Wed 11-18".
    static func day(_ date: CivilDate) -> String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date.weekday.rawValue] + " " + twoDigits(date.month) + "-" + twoDigits(date.day)
    }

    static func clock(_ minute: Int) -> String { twoDigits(minute / 60) + ":" + twoDigits(minute % 60) }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// "Commitments since 2026-10-12: 2 of 3 kept in 2026-W47" (`week` words the week: "in 2026-W47", "last week"),
    /// with how many were not measurable and how many are measured only from a later week.
    static func headline(_ review: CommitmentReview, week: String) -> String {
        var text = "Commitments since \(review.since): "
        let pending = review.items.count - review.inForce
        if review.inForce == 0 {
            text += "measured from \(review.items.map(\.commitment.firstWeek).min() ?? review.week)"
        } else {
            text += "\(review.count(.kept)) of \(review.inForce) kept \(week)"
            let unmeasured = review.count(.notMeasurable)
            if unmeasured > 0 { text += ", \(unmeasured) not measurable" }
            if pending > 0 { text += "; \(pending) more measured from a later week" }
        }
        return text
    }

    /// The weeks so far: "✗✓✓✓✗ kept 3 of 5 weeks".
    static func tally(_ progress: CommitmentProgress) -> String {
        guard !progress.weeks.isEmpty else { return "measured from \(progress.commitment.firstWeek)" }
        let measured = progress.count(.kept) + progress.count(.slipped)
        return progress.weeks.map { mark($0.outcome) }.joined() + "  kept \(progress.count(.kept)) of \(measured) week\(measured == 1 ? "" : "s")"
    }

    /// "Raj Iyer (attends 18 of 21; 6 of the 9 attendees are in their organisation)".
    static func candidate(_ candidate: HandOffCandidate) -> String {
        var evidence: [String] = []
        if candidate.attends * 2 > candidate.meetings {
            evidence.append("attends \(candidate.attends) of \(candidate.meetings)"
                            + (candidate.othersAsOften > 0
                                ? ", as \(candidate.othersAsOften) other direct\(candidate.othersAsOften == 1 ? " does" : "s do")" : ""))
        }
        if let members = candidate.inOrganization, let attendees = candidate.attendees {
            evidence.append("\(members) of the \(attendees) attendees are in their organisation")
        }
        return candidate.label + (evidence.isEmpty ? "" : " (\(evidence.joined(separator: "; ")))")
    }

    /// "“Payments standup” stopped, “Architecture review board” handed off, hiring kept to 3.0 h a week".
    static func change(_ change: WhatIf.Change) -> String {
        switch change {
        case .stop(let series): "stop attending “\(series.title)”"
        case .handOff(let series): "hand off “\(series.title)”"
        case .limit(let subject, let seconds): "at most \(Figures.hours(Double(seconds) / 3600)) h a week of \(self.subject(subject))"
        }
    }

    /// "Handing off these three would bring you from 31% to 22% (4-week mean), under your 25% target."
    static func outcome(of whatIf: WhatIf, lead: String) -> String {
        let week = whatIf.reported
        guard let before = week.before.rollingBelowShare, let after = week.after.rollingBelowShare else {
            return "\(lead): no classified meeting time in \(week.week) to compare."
        }
        var text = Figures.percent(before) == Figures.percent(after)
            ? "\(lead) would leave the 4-week mean at \(Figures.percent(after)) in \(week.week)"
            : "\(lead) would bring the 4-week mean from \(Figures.percent(before)) to \(Figures.percent(after)) in \(week.week)"
        if let target = whatIf.target {
            let gap = Int((after * 100).rounded()) - Int((target * 100).rounded())
            text += gap < 0 ? ", under your \(Figures.percent(target)) target" : gap == 0 ? ", at your \(Figures.percent(target)) target"
                : ", still above your \(Figures.percent(target)) target"
        }
        return text + "."
    }

    /// "these three": how many series the outlook hands off, in words.
    static func these(_ count: Int) -> String {
        let words = [2: "two", 3: "three", 4: "four", 5: "five"]
        return count == 1 ? "this one" : "these " + (words[count] ?? "\(count)")
    }
}

extension BetweenSessionsWords {
    /// "Handing off these three": how the hand-off outlook's verdict begins.
    static func outlookLead(_ outlook: WhatIf?) -> String { "Handing off " + these(outlook?.changes.count ?? 0) }
}
