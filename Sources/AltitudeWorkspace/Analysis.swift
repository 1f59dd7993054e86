import AltitudeAnalysis
import AltitudeModel
import AltitudeRules
import Foundation

/// Which week a report is about: this week, last week (the last complete one),
/// or a given ISO week.
public enum WeekChoice: Sendable, Equatable {
    case this
    case last
    case week(ISOWeek)

    /// `this`, `last`, an ISO week (`2026-W10`) or a date in the week; nil otherwise.
    public init?(text: String) {
        switch text.lowercased() {
        case "this": self = .this
        case "last": self = .last
        default:
            if let week = ISOWeek(iso: text) {
                self = .week(week)
            } else if let date = CivilDate(iso: text) {
                self = .week(ISOWeek(containing: date))
            } else {
                return nil
            }
        }
    }

    /// Why `text` is not a week, in words a user can act on.
    public static func problem(with text: String) -> String {
        let parts = text.uppercased().replacingOccurrences(of: "-", with: "").split(separator: "W", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let number = Int(parts[1]) {
            let weeks = WeekNumbering.iso.week(of: WeekNumbering.iso.firstWeekStart(of: year)).weeksInYear
            return "no week \(number) in \(year): its weeks are \(year)-W01 to \(year)-W\(weeks)"
        }
        return "“\(text)” is not a week: use this, last, an ISO week such as 2026-W10, or a date (2026-03-04)"
    }

    public var text: String {
        switch self {
        case .this: "this"
        case .last: "last"
        case .week(let week): week.description
        }
    }

    /// The week meant, as of `now` in the leader's zone.
    public func resolve(now: Date, zone: ZoneRules) -> ISOWeek {
        let current = ISOWeek(containing: zone.localDate(of: now))
        switch self {
        case .this: return current
        case .last: return current.adding(weeks: -1)
        case .week(let week): return week
        }
    }
}

/// How many weeks of trend end with the reported week, or all of the calendar's.
public enum WeekCount: Sendable, Equatable {
    case count(Int)
    case all

    public static let maximum = 5200

    public init?(text: String) {
        if text.lowercased() == "all" {
            self = .all
        } else if let count = Int(text), (1...Self.maximum).contains(count) {
            self = .count(count)
        } else {
            return nil
        }
    }

    public var text: String {
        switch self {
        case .count(let count): String(count)
        case .all: "all"
        }
    }

    /// The first week of the window that ends with `focus`; nil: the calendar's first.
    public func firstWeek(endingWith focus: ISOWeek) -> ISOWeek? {
        switch self {
        case .count(let count): focus.adding(weeks: 1 - count)
        case .all: nil
        }
    }
}

/// Meetings the rules see alike, explained once.
public struct ExplainedMeetings: Sendable {
    public var explanation: Explanation
    public var instances: [MeetingInstance]
}

extension LoadedCalendar {
    /// The leader and classifications, which every analysis needs: a calendar
    /// loaded without a profile has neither.
    func classified() throws -> (LeaderContext, [Classification]) {
        guard let leader, let classifications else {
            throw Failure(.configError, "a profile is needed to classify the calendar")
        }
        return (leader, classifications)
    }

    /// Why the meetings whose title contains `text` (or whose UID is `text`) were
    /// classified as they were; meetings the rules see alike are one group.
    func explain(_ text: String, detailed: Bool) throws -> Explanations {
        let (leader, _) = try classified()
        var classifier = leader.makeClassifier()
        let needle = text.lowercased()
        let chosen = instances.filter { $0.uid == text || $0.title.lowercased().contains(needle) }
        guard !chosen.isEmpty else {
            throw Failure(.checkFailed, "no meeting in the window has “\(text)” in its title or as its UID", isError: false)
        }
        var groups: [ExplainedMeetings] = []
        var indexByKey: [String: Int] = [:]
        for instance in chosen {
            let explanation = classifier.explain(instance, detailed: detailed)
            let key = instance.title + "\u{0}" + (explanation.classification.rule ?? "") + "\u{0}"
                + explanation.steps.map(\.reason).joined(separator: "\u{0}")
            if let index = indexByKey[key] {
                groups[index].instances.append(instance)
            } else {
                indexByKey[key] = groups.count
                groups.append(ExplainedMeetings(explanation: explanation, instances: [instance]))
            }
        }
        return Explanations(groups: groups, profile: leader.profile, ladder: leader.rules.ladder)
    }
}

/// What `altitude explain` shows: the groups, and the leader they are explained for.
public struct Explanations: Sendable {
    public var groups: [ExplainedMeetings]
    public var profile: LeaderProfile
    public var ladder: Ladder
}

extension Workspace {
    /// Why the calendar's meetings whose title contains `text` (or whose UID is
    /// `text`) were classified as they were, redacted with the client's key when asked.
    public func explain(_ text: String, in calendar: LoadedCalendar, detailed: Bool, redact: Bool) throws -> Explanations {
        var explanations = try calendar.explain(text, detailed: detailed)
        if redact { explanations.groups = try redactor(for: calendar, profile: explanations.profile).redact(explanations.groups) }
        return explanations
    }

    /// The calendar's instances as `altitude events` lists them: redacted with the client's key when asked.
    public func events(of calendar: LoadedCalendar, redact: Bool) throws -> LoadedCalendar {
        guard redact else { return calendar }
        var calendar = calendar
        calendar.instances = try redactor(for: calendar, profile: calendar.leader?.profile)
            .redact(calendar.instances, classifications: calendar.classifications)
        return calendar
    }
}
