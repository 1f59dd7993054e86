import AltitudeAnalysis
import AltitudeModel

/// Commitments, hand-off candidates and what-ifs as JSON values: every key always
/// there, `null` where there is no value, figures rounded as in the rest of the report.
enum BetweenSessionsJSON {
    static func commitment(_ commitment: Commitment) -> JSONValue {
        var series: JSONValue = .null
        var person: JSONValue = .null
        var limit: JSONValue = .null
        var focus: JSONValue = .null
        var share: JSONValue = .null
        switch commitment.kind {
        case .stop(let match):
            series = JSONValue(object: ["title": JSONValue(match.title)])
        case .handOff(let match, let to):
            series = JSONValue(object: ["title": JSONValue(match.title)])
            person = JSONValue(object: ["email": JSONValue(to.email), "name": JSONValue(to.name)])
        case .limit(let subject, let seconds):
            limit = JSONValue(object: ["subject": JSONValue(subject.description), "hours": JSONValue(ReportNumbers.hours(Double(seconds) / 3600))])
        case .protectFocus(let blocks, let seconds):
            focus = JSONValue(object: ["blocks": JSONValue(Double(blocks)), "minimumHours": JSONValue(ReportNumbers.hours(Double(seconds) / 3600))])
        case .holdShare(let most):
            share = JSONValue(ReportNumbers.share(most))
        }
        return JSONValue(object: [
            "id": JSONValue(commitment.id), "kind": JSONValue(commitment.kindName), "text": JSONValue(BetweenSessionsWords.commitment(commitment)),
            "since": JSONValue(commitment.since.description), "ended": JSONValue(commitment.ended?.description),
            "firstWeek": JSONValue(commitment.firstWeek.description),
            "series": series, "person": person, "limit": limit, "focus": focus, "share": share,
        ])
    }

    static func review(_ review: CommitmentReview?) -> JSONValue {
        guard let review else { return .null }
        return JSONValue(object: [
            "since": JSONValue(review.since.description), "week": JSONValue(review.week.description),
            "inForce": JSONValue(Double(review.inForce)), "kept": JSONValue(Double(review.count(.kept))),
            "slipped": JSONValue(Double(review.count(.slipped))), "notMeasurable": JSONValue(Double(review.count(.notMeasurable))),
            "headline": JSONValue(BetweenSessionsWords.headline(review, week: "in \(review.week)")),
            "items": JSONValue(review.items.map { progress in
                guard case .object(var item) = commitment(progress.commitment) else { return .null }
                item["weeks"] = JSONValue(progress.weeks.map { week(progress.commitment, $0) })
                item["keptWeeks"] = JSONValue(Double(progress.count(.kept)))
                item["slippedWeeks"] = JSONValue(Double(progress.count(.slipped)))
                item["notMeasurableWeeks"] = JSONValue(Double(progress.count(.notMeasurable)))
                return .object(item)
            }),
        ])
    }

    /// A week's outcome; `figure` is the week's hours (limit), blocks (focus) or below share (hold).
    static func week(_ commitment: Commitment, _ week: CommitmentWeek) -> JSONValue {
        let figure: JSONValue = switch commitment.kind {
        case .limit: JSONValue(week.figure.map(ReportNumbers.hours))
        case .holdShare: JSONValue(week.figure.map(ReportNumbers.share))
        default: JSONValue(week.figure)
        }
        return JSONValue(object: [
            "week": JSONValue(week.week.description), "outcome": JSONValue(week.outcome.rawValue),
            "reason": JSONValue(week.unmeasurable?.rawValue), "figure": figure,
            "text": JSONValue(BetweenSessionsWords.outcome(week, of: commitment)),
            "meetings": JSONValue(week.meetings.map { meeting in
                JSONValue(object: [
                    "title": JSONValue(meeting.title), "day": JSONValue(meeting.day.description),
                    "start": JSONValue(BetweenSessionsWords.clock(meeting.startMinute)), "hours": JSONValue(ReportNumbers.hours(meeting.hours)),
                    "leaderAttended": .bool(meeting.leaderAttended), "personAttended": meeting.personAttended.map(JSONValue.bool) ?? .null,
                ])
            }),
            "focusBlocks": JSONValue(week.focusBlocks.map { block in
                JSONValue(object: ["day": JSONValue(block.day.description), "start": JSONValue(BetweenSessionsWords.clock(block.startMinute)),
                                   "end": JSONValue(BetweenSessionsWords.clock(block.endMinute))])
            }),
        ])
    }

    static func candidate(_ candidate: HandOffCandidate) -> JSONValue {
        JSONValue(object: [
            "email": JSONValue(candidate.email), "name": JSONValue(candidate.name), "attends": JSONValue(Double(candidate.attends)),
            "meetings": JSONValue(Double(candidate.meetings)), "othersAsOften": JSONValue(Double(candidate.othersAsOften)),
            "inOrganization": JSONValue(candidate.inOrganization.map(Double.init)), "attendees": JSONValue(candidate.attendees.map(Double.init)),
            "text": JSONValue(BetweenSessionsWords.candidate(candidate)),
        ])
    }

    static func whatIf(_ whatIf: WhatIf?, lead: String) -> JSONValue {
        guard let whatIf else { return .null }
        func figures(_ figures: WhatIf.Figures, outsideData: Bool) -> JSONValue {
            let values: [String: JSONValue] = [

                "belowShare": JSONValue(figures.belowShare.map(ReportNumbers.share)),
                "rollingBelowShare": JSONValue(figures.rollingBelowShare.map(ReportNumbers.share)),
                "gapPoints": JSONValue(figures.rollingBelowShare.flatMap { mean in whatIf.target.map { ReportNumbers.points(mean - $0) } }),
                "belowHours": JSONValue(ReportNumbers.hours(figures.belowHours)), "meetingHours": JSONValue(ReportNumbers.hours(figures.meetingHours)),
            ]
            // Outside the calendar every figure is unknown: null, not zero.
            return JSONValue(object: outsideData ? values.mapValues { _ in .null } : values)
        }
        return JSONValue(object: [
            "target": JSONValue(whatIf.target),
            "changes": JSONValue(whatIf.changes.map { JSONValue(BetweenSessionsWords.change($0)) }),
            "weeks": JSONValue(whatIf.weeks.map { week in
                JSONValue(object: ["week": JSONValue(week.week.description), "outsideData": .bool(week.outsideData), "booked": .bool(week.booked),
                                   "before": figures(week.before, outsideData: week.outsideData),
                                   "after": figures(week.after, outsideData: week.outsideData)])
            }),
            "meetingsRemoved": JSONValue(Double(whatIf.meetingsRemoved)), "hoursRemoved": JSONValue(ReportNumbers.hours(whatIf.hoursRemoved)),
            "verdict": JSONValue(BetweenSessionsWords.outcome(of: whatIf, lead: lead)),
        ])
    }
}
