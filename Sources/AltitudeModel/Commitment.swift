import Foundation

/// What a leader agreed with their coach to change, measured against the calendar
/// that follows: each week after the day it was agreed, it is kept, slipped or not
/// measurable. Made at a session (`altitude sessions add --commit …`, kept in the
/// store) or written in a client's `commitments.yaml`; a title is resolved to the
/// series it names when the commitment is made, so a series renamed later still matches.
public struct Commitment: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The leader is not at the series' meetings (declined, absent, or the series gone).
        case stop(SeriesMatch)
        /// The person is at the series' meetings and the leader is not.
        case handOff(SeriesMatch, to: CommittedPerson)
        /// At most `seconds` of meeting time a week of a category, level, rule or title.
        case limit(LimitSubject, seconds: Int)
        /// At least `blocks` free stretches a week of `minimumSeconds` or more, in working hours.
        case protectFocus(blocks: Int, minimumSeconds: Int)
        /// The week's below-altitude share at or under this fraction.
        case holdShare(Double)
    }

    /// How it is referred to: `#3` for one made at a session (its number in the
    /// store), `commitments.yaml:4` for one written in the file.
    public var id: String
    public var kind: Kind
    /// The day it was agreed. Weeks are measured from the one after its week: the
    /// week it was agreed in was partly booked before.
    public var since: CivilDate
    /// The day the coach ended it: the weeks from its week on are not measured.
    public var ended: CivilDate?

    public init(id: String, kind: Kind, since: CivilDate, ended: CivilDate? = nil) {
        self.id = id
        self.kind = kind
        self.since = since
        self.ended = ended
    }

    /// The first week it is measured in.
    public var firstWeek: ISOWeek { ISOWeek(containing: since).adding(weeks: 1) }

    /// Whether `week` is one it was in force for, whole: after its first week began, before the week it ended in.
    public func isInForce(in week: ISOWeek) -> Bool {
        week >= firstWeek && ended.map { week < ISOWeek(containing: $0) } ?? true
    }

    /// The series it is about (stop attending, hand off), if any.
    public var series: SeriesMatch? {
        switch kind {
        case .stop(let series), .handOff(let series, _): series
        case .limit, .protectFocus, .holdShare: nil
        }
    }

    /// `stop`, `hand-off`, `limit`, `focus`, `hold`: the word that introduces it on the command line and in the file.
    public var kindName: String {
        switch kind {
        case .stop: "stop"
        case .handOff: "hand-off"
        case .limit: "limit"
        case .protectFocus: "focus"
        case .holdShare: "hold"
        }
    }
}

/// The meetings a commitment about a series means: those of the series it was
/// resolved to (by UID, so a renamed or moved series still matches), and, when it
/// was named by title, any meeting with that title (one-offs get a new UID each time).
public struct SeriesMatch: Sendable, Hashable {
    /// The title as typed, or for a series named by UID its title when the commitment was made.
    public var title: String
    public var seriesIDs: [String]
    /// Whether meetings with `title` match too: true when the series was named by its title.
    public var byTitle: Bool

    public init(title: String, seriesIDs: [String], byTitle: Bool) {
        self.title = title
        self.seriesIDs = seriesIDs
        self.byTitle = byTitle
    }

    public func matches(_ instance: MeetingInstance) -> Bool {
        seriesIDs.contains(instance.seriesID) || (byTitle && Self.sameTitle(instance.title, title))
    }

    /// Titles alike but for case and spacing: how a typed title names a meeting.
    public static func sameTitle(_ a: String, _ b: String) -> Bool { normalized(a) == normalized(b) }

    public static func normalized(_ title: String) -> String {
        title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// The person a series is handed to: an address, and the name the calendar or org chart gives them.
public struct CommittedPerson: Sendable, Hashable {
    /// Lower-cased.
    public var email: String
    public var name: String?

    public init(email: String, name: String? = nil) {
        self.email = email.lowercased()
        self.name = name
    }

    public var label: String { name ?? email }
}

/// What a limit counts: meeting time the rules put in a category, at a level or
/// through a rule, or whose title contains a text. `named` is a bare name as
/// typed, before the rules say which of the first three it is.
public enum LimitSubject: Sendable, Hashable, CustomStringConvertible {
    case category(String)
    case level(String)
    case rule(String)
    case title(String)
    case named(String)

    /// `category:hiring`, `level:manager`, `rule:detail-reviews`, `title:interview`, or a bare name.
    public init?(text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else {
            self = .named(text)
            return
        }
        guard !parts[1].isEmpty else { return nil }
        switch parts[0].lowercased() {
        case "category": self = .category(parts[1])
        case "level": self = .level(parts[1])
        case "rule": self = .rule(parts[1])
        case "title": self = .title(parts[1])
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .category(let name): "category:\(name)"
        case .level(let name): "level:\(name)"
        case .rule(let name): "rule:\(name)"
        case .title(let text): "title:\(text)"
        case .named(let name): name
        }
    }

    /// Whether a meeting's classification (and title) falls under it; a bare name matches nothing until resolved.
    public func matches(_ instance: MeetingInstance, _ classification: Classification) -> Bool {
        switch self {
        case .category(let name): classification.category == name
        case .level(let name): classification.relation != .unclassified && classification.level == name
        case .rule(let name): classification.rule == name
        case .title(let text): instance.title.lowercased().contains(text.lowercased())
        case .named: false
        }
    }
}

/// A commitment as typed (`--commit "hand-off: Architecture review board to Raj"`)
/// or written in `commitments.yaml`, before its title, person and subject are
/// resolved against the client's calendar and rules.
public enum CommitmentTerms: Sendable, Hashable {
    /// A series named by its title, or by its UID.
    public enum Series: Sendable, Hashable {
        case title(String)
        case uid(String)

        /// `uid:UID`, else a title.
        public init?(text: String) {
            let text = text.trimmingCharacters(in: .whitespaces)
            if text.lowercased().hasPrefix("uid:") {
                let uid = text.dropFirst(4).trimmingCharacters(in: .whitespaces)
                guard !uid.isEmpty else { return nil }
                self = .uid(uid)
            } else {
                guard !text.isEmpty else { return nil }
                self = .title(text)
            }
        }
    }

    case stop(Series)
    /// The person as typed: an address, or a name the calendar or org chart gives one of the leader's people.
    case handOff(Series, to: String)
    case limit(LimitSubject, seconds: Int)
    case protectFocus(blocks: Int, minimumSeconds: Int)
    case holdShare(Double)

    /// Focus blocks are this long unless the commitment says: the focus figure's 90 minutes.
    public static let defaultFocusBlockSeconds = 90 * 60

    /// One of `stop: TITLE`, `hand-off: TITLE to PERSON`, `limit: SUBJECT=LENGTH`,
    /// `focus: N` or `focus: NxLENGTH`, `hold: 25%` (a title may be `uid:UID`).
    public init?(text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { return nil }
        let rest = parts[1]
        switch parts[0].lowercased() {
        case "stop":
            guard let series = Series(text: rest) else { return nil }
            self = .stop(series)
        case "hand-off", "handoff":
            // The last " to " splits: a title may hold one, a person does not.
            guard let split = rest.range(of: " to ", options: [.backwards, .caseInsensitive]),
                  let series = Series(text: String(rest[..<split.lowerBound])) else { return nil }
            let person = rest[split.upperBound...].trimmingCharacters(in: .whitespaces)
            guard !person.isEmpty else { return nil }
            self = .handOff(series, to: person)
        case "limit":
            guard let limit = LimitTerms(text: rest) else { return nil }
            self = .limit(limit.subject, seconds: limit.seconds)
        case "focus":
            guard let (blocks, seconds) = Self.focus(rest) else { return nil }
            self = .protectFocus(blocks: blocks, minimumSeconds: seconds)
        case "hold":
            guard let share = Self.share(rest) else { return nil }
            self = .holdShare(share)
        default:
            return nil
        }
    }

    /// Why `text` is not a commitment, with the forms it can take.
    public static func problem(with text: String) -> String {
        "“\(text)” is not a commitment: write stop: TITLE, hand-off: TITLE to PERSON, limit: CATEGORY=3h, "
            + "focus: 2x2h (blocks of at least that length a week) or hold: 25% (a TITLE may be uid:UID)"
    }

    /// `N` or `NxLENGTH` (`2x2h`): how many blocks, of at least how long.
    public static func focus(_ text: String) -> (Int, Int)? {
        let parts = text.lowercased().split(separator: "x", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let blocks = Int(parts[0]), (1...50).contains(blocks) else { return nil }
        guard parts.count == 2 else { return (blocks, defaultFocusBlockSeconds) }
        guard let seconds = TimeLength.seconds(in: parts[1]), (15 * 60...12 * 3600).contains(seconds) else { return nil }
        return (blocks, seconds)
    }

    /// `25%` or `0.25`: a share from 0 to 1.
    public static func share(_ text: String) -> Double? {
        let text = text.trimmingCharacters(in: .whitespaces)
        let value = text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
        guard let value, (0...1).contains(value) else { return nil }
        return value
    }
}

/// A limit as typed: `SUBJECT=LENGTH` (`hiring=3h`, `level:manager=4h`), the subject not yet checked against the rules.
public struct LimitTerms: Sendable, Hashable {
    public var subject: LimitSubject
    public var seconds: Int

    public init?(text: String) {
        guard let equals = text.lastIndex(of: "="), let subject = LimitSubject(text: String(text[..<equals])),
              let seconds = TimeLength.seconds(in: String(text[text.index(after: equals)...])), seconds > 0 else { return nil }
        self.subject = subject
        self.seconds = seconds
    }

    public static func problem(with text: String) -> String {
        "“\(text)” is not a limit: write SUBJECT=LENGTH, such as hiring=3h "
            + "(a category, level or rule; or category:, level:, rule:, title:TEXT)"
    }
}
