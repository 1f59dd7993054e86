import AltitudeModel
import AltitudeYAML
import Yams

/// A commitment as `commitments.yaml` writes it, and where: its terms are resolved
/// against the client's calendar and rules later, and a problem then is reported at its line.
public struct WrittenCommitment: Sendable, Hashable {
    public var terms: CommitmentTerms
    public var since: CivilDate
    public var ended: CivilDate?
    public var line: Int?
    public var column: Int?
}

/// Reads a client's `commitments.yaml`: what the client agreed with their coach,
/// kept by hand beside the client's rules. Every problem is reported with file,
/// line and column; a file with any problem is not used.
///
/// ```yaml
/// commitments:
///   - stop: Payments standup              # a series by title, or uid:UID
///     since: 2026-10-12
///   - hand-off: Architecture review board
///     to: raj.iyer@lumen.example          # or a name the calendar or org chart gives
///     since: 2026-10-12
///   - limit: hiring                       # a category, level or rule; or category:, level:, rule:, title:
///     at-most: 3h
///     since: 2026-10-12
///   - focus: 2                            # blocks a week
///     of-at-least: 2h                     # default 90m
///     since: 2026-10-12
///   - hold: 25%                           # the below share, at most
///     since: 2026-10-12
///     ended: 2026-12-07                   # the coach ended it
/// ```
public enum CommitmentsLoader {
    static let kinds = ["stop", "hand-off", "limit", "focus", "hold"]
    /// The keys that go with one kind only.
    static let terms = ["to": "hand-off", "at-most": "limit", "of-at-least": "focus"]
    static let keys = kinds + ["to", "at-most", "of-at-least", "since", "ended"]

    public static func parse(_ text: String, file: String) throws(ConfigErrors) -> [WrittenCommitment] {
        var reader = NodeReader(file: file)
        guard let root = reader.parse(text) else {
            guard reader.errors.isEmpty else { throw ConfigErrors(reader.errors) }
            return []  // an empty file: nothing agreed yet
        }
        guard let entries = reader.mapping(root, allowed: ["commitments"], what: "the commitments file") else { throw ConfigErrors(reader.errors) }
        var written: [WrittenCommitment] = []
        if let list = entries["commitments"]?.value {
            if let items = list.sequence {
                for item in items { if let commitment = commitment(item, reader: &reader) { written.append(commitment) } }
            } else if list.scalar.map({ !["", "~", "null", "[]"].contains($0.string) }) ?? true {
                reader.fail(at: list, "commitments should be a list, each entry starting with - ")
            }
        }
        guard reader.errors.isEmpty else { throw ConfigErrors(reader.errors) }
        return written
    }

    private static func commitment(_ node: Node, reader: inout NodeReader) -> WrittenCommitment? {
        guard let entries = reader.mapping(node, allowed: keys, what: "a commitment") else { return nil }
        let named = kinds.filter { entries[$0] != nil }
        guard named.count == 1, let kind = named.first, let (key, value) = entries[kind] else {
            reader.fail(at: node, named.isEmpty ? "a commitment needs one of \(kinds.joined(separator: ", "))"
                        : "a commitment is one of \(named.joined(separator: ", ")), not several: write one entry each")
            return nil
        }
        for (term, owner) in terms where entries[term] != nil && owner != kind {
            reader.fail(at: entries[term]?.key, "“\(term)” goes with \(owner), not \(kind)")
        }
        let since = entries["since"].flatMap { reader.date($0.value, what: "since") }
        if entries["since"] == nil { reader.fail(at: node, "a commitment needs “since”: the day it was agreed (YYYY-MM-DD)") }
        let ended = entries["ended"].flatMap { reader.date($0.value, what: "ended") }
        if let since, let ended, ended <= since, let node = entries["ended"]?.value {
            reader.fail(at: node, "ended (\(ended)) should be after since (\(since))")
        }
        guard let text = reader.string(value, what: kind) else { return nil }
        let parsed: CommitmentTerms?
        switch kind {
        case "stop":
            parsed = series(text, at: value, reader: &reader).map { .stop($0) }
        case "hand-off":
            let person = entries["to"].flatMap { reader.string($0.value, what: "to") }?.trimmingCharacters(in: .whitespaces)
            if entries["to"] == nil || person?.isEmpty == true {
                reader.fail(at: entries["to"]?.value ?? key, "hand-off needs “to”: whom the series goes to (an address or a name)")
            }
            let series = series(text, at: value, reader: &reader)
            parsed = series.flatMap { series in person.flatMap { $0.isEmpty ? nil : .handOff(series, to: $0) } }
        case "limit":
            let subject = LimitSubject(text: text)
            if subject == nil { reader.fail(at: value, "limit should name a category, level or rule (or title:TEXT), not “\(text)”") }
            if entries["at-most"] == nil { reader.fail(at: key, "limit needs “at-most”: the hours a week, such as 3h") }
            let seconds = entries["at-most"].flatMap { reader.duration($0.value, what: "at-most") }
            parsed = subject.flatMap { subject in seconds.map { .limit(subject, seconds: $0) } }
        case "focus":
            let blocks = CommitmentTerms.focus(text)?.0
            if blocks == nil { reader.fail(at: value, "focus should be a number of blocks a week from 1 to 50, not “\(text)”") }
            var seconds: Int? = CommitmentTerms.defaultFocusBlockSeconds
            if let node = entries["of-at-least"]?.value {
                seconds = reader.duration(node, what: "of-at-least")
                if let length = seconds, !(15 * 60...12 * 3600).contains(length) {
                    reader.fail(at: node, "of-at-least should be from 15m to 12h, not “\(reader.string(node, what: "of-at-least") ?? "")”")
                    seconds = nil
                }
            }
            parsed = blocks.flatMap { blocks in seconds.map { .protectFocus(blocks: blocks, minimumSeconds: $0) } }
        default:
            parsed = CommitmentTerms.share(text).map { .holdShare($0) }
            if parsed == nil { reader.fail(at: value, "hold should be a share such as 25% or 0.25, not “\(text)”") }
        }
        guard let parsed, let since else { return nil }
        return WrittenCommitment(terms: parsed, since: since, ended: ended, line: key.mark?.line, column: key.mark?.column)
    }

    private static func series(_ text: String, at node: Node, reader: inout NodeReader) -> CommitmentTerms.Series? {
        let series = CommitmentTerms.Series(text: text)
        if series == nil { reader.fail(at: node, "name the series: its title, or uid:UID") }
        return series
    }
}
