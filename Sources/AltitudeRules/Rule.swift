import AltitudeModel
import Foundation

/// One classification rule: when a meeting matches `when`, it is work at `level`
/// (or excluded), for the reason `description` gives. First match wins.
public struct Rule: Sendable {
    public enum Outcome: Sendable, Hashable {
        case level(LevelSpec)
        case exclude
    }

    /// Where a rule was written.
    public struct Origin: Sendable, Hashable, CustomStringConvertible {
        /// `shipped`, `user`, `client NAME`, or `--rules`.
        public var layer: String
        public var file: String
        public var line: Int

        public var description: String { "\(file):\(line) (\(layer))" }
    }

    public var id: String
    /// Why meetings like these are work at this level, written for a coach.
    public var description: String
    public var when: Condition
    public var outcome: Outcome
    public var category: String?
    /// Meetings the rule must match, and meetings it must not: documentation and tests.
    public var matchExamples: [ExampleMeeting]
    public var noMatchExamples: [ExampleMeeting]
    public var origin: Origin
}

/// What a rule tests. Keys in one mapping must all hold; `any`, `all` and `not`
/// combine them.
public indirect enum Condition: Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    /// The field matches at least one of the patterns.
    case text(TextField, [TextPattern])
    /// People on the invitation (the leader included; rooms and resources not).
    case attendees(min: Int?, max: Int?)
    /// Someone from at least one of the groups is there.
    case with(Set<PersonGroup>)
    /// Everyone there but the leader is in these groups (and someone is there).
    case onlyWith(Set<PersonGroup>)
    /// Nobody from these groups is there.
    case without(Set<PersonGroup>)
    /// Nobody but the leader is there.
    case onlySelf(Bool)
    case organizer(Set<OrganizerKind>)
    /// Length in seconds.
    case duration(min: Int?, max: Int?)
    case recurring(Bool)
    case weekday(Set<Weekday>)
    /// Start time in the leader's zone, minutes after midnight, `from` inclusive, `to` exclusive.
    case startTime(from: Int, to: Int)
    case outsideWorkingHours(Bool)
    case allDay(Bool)
    case transparency(Transparency)
    case response(Set<OwnerResponse>)
    case status(Set<EventStatus>)
}

public enum TextField: String, Sendable, CaseIterable, Hashable {
    case title, description, location, calendar, categories
}

/// A regular expression, searched anywhere in the text, case-insensitive unless
/// it says `(?-i)`.
public struct TextPattern: Sendable, Hashable {
    public let source: String
    let expression: NSRegularExpression

    init?(_ source: String) {
        guard let expression = try? NSRegularExpression(pattern: source, options: [.caseInsensitive]) else { return nil }
        self.source = source
        self.expression = expression
    }

    func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    public static func == (lhs: TextPattern, rhs: TextPattern) -> Bool { lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}

/// Who organised a meeting, relative to the leader.
public enum OrganizerKind: String, Sendable, CaseIterable, Hashable {
    case selfOrganized = "self"
    case inOrganization = "in-org"
    case external
}
