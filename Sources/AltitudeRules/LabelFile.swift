import AltitudeModel
import Foundation
import Yams

/// A leader's labels (`altitude label`): a rules file in their (or their client's)
/// rules directory with one rule per labelled title, each with that meeting as its
/// example, so `altitude rules test` guards it. Labels are rules like any other;
/// this type only reads and writes the file `altitude label` keeps.
public struct LabelFile: Sendable {
    /// One label: the meeting title it matches (whole, any case) and what it is.
    public struct Entry: Codable, Sendable, Hashable {
        public var id: String
        public var description: String
        public var when: When
        public var level: String?
        public var exclude: Bool?
        public var category: String?
        public var examples: Examples

        public struct When: Codable, Sendable, Hashable {
            public var title: [String]
        }

        public struct Examples: Codable, Sendable, Hashable {
            public var match: [Example]
        }

        /// The labelled meeting, as rule examples are written.
        public struct Example: Codable, Sendable, Hashable {
            public var title: String
            public var attendees: Int?
            public var with: [String]?
            public var duration: String?
        }
    }

    public private(set) var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// Reads the file `altitude label` wrote. Hand edits that keep its shape are kept;
    /// any other shape is an error naming the file, so a label never overwrites them.
    public static func parse(_ text: String, file: String) throws(ConfigErrors) -> LabelFile {
        struct Document: Codable { var rules: [Entry]? }
        do {
            return LabelFile(entries: try YAMLDecoder().decode(Document.self, from: text).rules ?? [])
        } catch {
            throw ConfigErrors([ConfigError(file: file, message: "altitude label cannot keep this file's shape: \(error)",
                                            hint: "move your own rules to another file in the same directory; labels.yaml is kept by `altitude label`")])
        }
    }

    /// Adds the label, replacing an earlier label of the same title (any case); true when
    /// it replaced one. `category` is the one the meeting had, kept so reports still group
    /// it with its kind ("labelled" when it had none).
    @discardableResult
    public mutating func set(title: String, outcome: LevelChoice, category: String?, example: ExampleMeeting.Written,
                             on date: CivilDate) -> Bool {
        let pattern = Self.wholeTitlePattern(title)
        let existing = entries.firstIndex { $0.when.title.map { $0.lowercased() } == [pattern.lowercased()] }
        // Titles that differ only in punctuation ("Budget: Q1", "Budget Q1") get ids of their own.
        var id = Self.id(for: title)
        if existing == nil, entries.contains(where: { $0.id == id }) {
            id = (2...).lazy.map { "\(id)-\($0)" }.first { candidate in !entries.contains { $0.id == candidate } } ?? id
        }
        var entry = Entry(id: existing.map { entries[$0].id } ?? id, description: "", when: .init(title: [pattern]), level: nil,
                          exclude: nil, category: category ?? "labelled", examples: .init(match: [example.entry]))
        switch outcome {
        case .level(let level):
            entry.level = level
            entry.description = "Labelled \(level) with `altitude label` on \(date)."
        case .exclude:
            entry.exclude = true
            entry.description = "Labelled not meeting time with `altitude label` on \(date)."
        }
        if let existing {
            entries[existing] = entry
            return true
        }
        entries.append(entry)
        return false
    }

    /// The file's text: a comment saying what it is, then the rules.
    public func text() throws -> String {
        struct Document: Codable { var rules: [Entry] }
        let encoder = YAMLEncoder()
        encoder.options.width = -1
        encoder.options.allowUnicode = true
        return """
            # Labels given with `altitude label`: one rule per meeting title, each with the labelled
            # meeting as its example (`altitude rules test` checks them). Tried before the shipped rules.
            # Edit or delete entries like any rule; keep your own rules in another file.

            """ + (try encoder.encode(Document(rules: entries)))
    }

    /// `label-` and the title's words, lower case, joined by dashes (a rule id's alphabet).
    static func id(for title: String) -> String {
        let words = title.lowercased().unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
        let slug = words.map { String(String.UnicodeScalarView($0)) }.joined(separator: "-")
        guard slug.isEmpty else { return "label-" + String(slug.prefix(60)) }
        // A title in another script: the same title always gets the same id (FNV-1a of its bytes).
        let hash = title.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        return "label-" + String(hash, radix: 36)
    }

    /// A pattern matching exactly this title, whatever its case and surrounding spaces.
    static func wholeTitlePattern(_ title: String) -> String {
        let special = Set("\\^$.|?*+()[]{}")
        let escaped = title.trimmingCharacters(in: .whitespaces).map { special.contains($0) ? "\\\($0)" : String($0) }.joined()
        return "^\\s*" + escaped + "\\s*$"
    }
}

extension ExampleMeeting {
    /// A real meeting, written down as a rule example: its title, who was there and how long.
    public struct Written: Sendable, Hashable {
        var entry: LabelFile.Entry.Example

        public init(_ instance: MeetingInstance, profile: LeaderProfile) {
            let (groups, others) = profile.company(of: instance)
            let names = PersonGroup.byName.filter { groups.contains($0.value) }.map(\.name)
            let minutes = Int(instance.duration / 60)
            entry = .init(title: instance.title, attendees: others == 0 ? nil : others + 1, with: names.isEmpty ? nil : names,
                          duration: instance.isAllDay ? nil : minutes % 60 == 0 ? "\(minutes / 60)h" : "\(minutes)m")
        }
    }
}
