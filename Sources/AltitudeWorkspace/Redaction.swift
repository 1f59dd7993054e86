import AltitudeAnalysis
import AltitudeModel
import AltitudeReporters
import AltitudeRules
import Foundation

/// `--redact`: the one step that takes a client's own text out of what a command
/// shows, applied to the plain values before any formatter sees them, so every
/// format is redacted alike. Titles become their category and a pseudonym
/// ("Status review #412"), people their relation to the leader and a pseudonym
/// ("direct #233", direct-233@redacted.invalid); descriptions, locations,
/// calendar names, categories and organiser names are dropped; UIDs are replaced.
/// Pseudonyms are numbered by SipHash-2-4 keyed with the client's random secret
/// in the store: stable from run to run for the client, unrelated between
/// clients, and not to be guessed from a title without the key. Two titles can
/// share a number (900 per category): a pseudonym names, it does not count.
public struct Redactor: Sendable {
    let hasher: SipHash24
    /// Whose calendar: people are labelled by where they stand relative to them.
    let profile: LeaderProfile?

    public init(key: [UInt8], profile: LeaderProfile?) {
        hasher = SipHash24(key: key)
        self.profile = profile
    }

    /// A number from 100 to 999 for `text` in `space` (titles and people are numbered apart).
    func number(_ text: String, space: String) -> Int {
        Int(hasher.hash(space + "\u{0}" + text.lowercased()) % 900) + 100
    }

    /// "Status review #412", from the category the rules gave the meeting.
    public func title(_ title: String, category: String?) -> String {
        let label: String = switch category {
        case nil: "Meeting"
        case "one-on-one": "1:1"
        case let category?: category.prefix(1).uppercased() + category.dropFirst().replacingOccurrences(of: "-", with: " ")
        }
        return "\(label) #\(number(title, space: "title"))"
    }

    /// The person's label and pseudonymous address: their relation to the leader (when there is a profile) and a number.
    func person(_ email: String) -> (name: String, email: String) {
        let label: String = switch profile?.group(of: email) {
        case .selfGroup?: "leader"
        case .directs?: "direct"
        case .manager?: "manager"
        case .peers?: "peer"
        case .others?, .deeper?, .elsewhere?, .organization?: "colleague"
        case .external?: "external"
        case nil: "person"
        }
        if label == "leader" { return ("the leader", "leader@redacted.invalid") }
        let number = number(email, space: "person")
        return ("\(label) #\(number)", "\(label)-\(number)@redacted.invalid")
    }

    /// The leader's own name, wherever a report shows it.
    public var leaderName: String { "the leader" }

    /// "client #512": a client's name, where the portfolio would show it.
    public func client(_ name: String) -> String { "client #\(number(name, space: "client"))" }

    public func redact(_ instances: [MeetingInstance], classifications: [Classification]?) -> [MeetingInstance] {
        instances.indices.map { index in
            var instance = instances[index]
            instance.title = title(instance.title, category: classifications?[index].category)
            instance.location = ""
            instance.description = ""
            instance.categories = []
            instance.calendarName = nil
            instance.uid = "event-\(String(hasher.hash("uid\u{0}" + instance.uid), radix: 16))@redacted.invalid"
            instance.seriesID = seriesID(instance.seriesID)
            instance.organizer = instance.organizer.map { Participant(email: person($0.email).email, name: nil) }
            instance.attendees = instance.attendees.map { attendee in
                var redacted = attendee
                (redacted.name, redacted.email) = person(attendee.email)
                return redacted
            }
            return instance
        }
    }

    public func redact(_ report: AllocationReport) -> AllocationReport {
        var report = report
        report.leader.name = leaderName
        func series(_ time: SeriesTime) -> SeriesTime {
            var time = time
            time.title = title(time.title, category: time.category)
            time.key = seriesID(time.key)
            time.candidates = time.candidates.map(candidate)
            return time
        }
        report.topBelowSeries = report.topBelowSeries.map(series)
        report.forwardLook.series = report.forwardLook.series.map(series)
        report.commitments = report.commitments.map(redact)
        report.handOffOutlook = report.handOffOutlook.map(redact)
        return report
    }

    /// Commitments with their series, people and meetings redacted as everywhere else.
    func redact(_ review: CommitmentReview) -> CommitmentReview {
        var review = review
        for index in review.items.indices {
            let category = review.items[index].category
            review.items[index].commitment.kind = switch review.items[index].commitment.kind {
            case .stop(let match): .stop(series(match, category: category))
            case .handOff(let match, let to):
                .handOff(series(match, category: category), to: CommittedPerson(email: person(to.email).email, name: person(to.email).name))
            case .limit(.title(let text), let seconds): .limit(.title(title(text, category: nil)), seconds: seconds)
            case let other: other
            }
            for week in review.items[index].weeks.indices {
                review.items[index].weeks[week].meetings = review.items[index].weeks[week].meetings.map { meeting in
                    var meeting = meeting
                    meeting.title = title(meeting.title, category: meeting.category)
                    return meeting
                }
            }
        }
        return review
    }

    /// A what-if with the series it changes named by category and pseudonym.
    public func redact(_ whatIf: WhatIf) -> WhatIf {
        var whatIf = whatIf
        whatIf.leaderName = leaderName
        whatIf.changes = zip(whatIf.changes, whatIf.categories).map { change, category in
            switch change {
            case .stop(let match): .stop(series(match, category: category))
            case .handOff(let match): .handOff(series(match, category: category))
            case .limit(.title(let text), let seconds): .limit(.title(title(text, category: nil)), seconds: seconds)
            case .limit: change
            }
        }
        return whatIf
    }

    private func series(_ match: SeriesMatch, category: String?) -> SeriesMatch {
        SeriesMatch(title: title(match.title, category: category), seriesIDs: match.seriesIDs.map(seriesID), byTitle: match.byTitle)
    }

    private func seriesID(_ id: String) -> String { "series-\(String(hasher.hash("series\u{0}" + id), radix: 16))@redacted.invalid" }

    /// "direct #233": who could take a series, as every redacted person is named.
    private func candidate(_ candidate: HandOffCandidate) -> HandOffCandidate {
        var candidate = candidate
        (candidate.name, candidate.email) = person(candidate.email)
        return candidate
    }

    /// The explanations with their meetings redacted; a step whose reason quotes
    /// the meeting (its title, a person) says only that it matched or not.
    public func redact(_ groups: [ExplainedMeetings]) -> [ExplainedMeetings] {
        groups.map { group in
            var group = group
            var texts: [String] = []
            for instance in group.instances {
                texts += [instance.title, instance.location, instance.description]
                if let organizer = instance.organizer { texts += [organizer.email, organizer.name ?? ""] }
                for attendee in instance.attendees { texts += [attendee.email, attendee.name ?? ""] }
            }
            let quoted = Set(texts.filter { $0.count >= 3 }.map { $0.lowercased() })
            for index in group.explanation.steps.indices {
                let reason = group.explanation.steps[index].reason.lowercased()
                if quoted.contains(where: { reason.contains($0) }) {
                    group.explanation.steps[index].reason = group.explanation.steps[index].matched ? "matched (redacted)" : "did not match (redacted)"
                }
            }
            group.instances = redact(group.instances, classifications: group.instances.map { _ in group.explanation.classification })
            return group
        }
    }

    /// The portfolio row with the client's name redacted, in the row and its problem
    /// (its report was redacted when it was made: `Workspace.weeks(of:_:)`).
    func redactClient(_ row: PortfolioRow) -> PortfolioRow {
        var row = row
        let label = client(row.client)
        row.problem = row.problem.map { $0.replacingOccurrences(of: row.client, with: label) }
        row.client = label
        return row
    }
}

extension Workspace {
    /// The client's redactor: its key from the store (made on first use; the store
    /// is created when there is none), people labelled by the client's profile.
    func redactor(for client: ClientName, profile: LeaderProfile?) throws -> Redactor {
        Redactor(key: try openStore().redactionKey(client: client.name, at: now), profile: profile)
    }

    /// The redactor of the client whose calendar this is.
    func redactor(for calendar: LoadedCalendar, profile: LeaderProfile?) throws -> Redactor {
        try redactor(for: calendar.client, profile: profile)
    }
}
