import AltitudeModel
import Foundation
import Yams

/// A leader's labels (`altitude label`): a rules file in their (or their client's)
/// rules directory with one rule per labelled target — a series by its UID, or one-off
/// meetings by their title (and who is in the room, when the title is generic) — each
/// with that meeting as its example, so `altitude rules test` guards it. Labels are rules
/// like any other; this type only reads and writes the file `altitude label` keeps.
public struct LabelFile: Sendable {
    /// One label: the meetings it matches and what they are.
    public struct Entry: Codable, Sendable, Hashable {
        public var id: String
        public var description: String
        public var when: When
        public var level: String?
        public var exclude: Bool?
        public var category: String?
        public var examples: Examples

        /// The label's condition, in the keys rules are written with. A file written before
        /// labels had targets has the whole title alone: it still reads, and still applies.
        public struct When: Codable, Sendable, Hashable {
            /// The whole title, any case (`wholeTitlePattern`).
            public var title: [String]?
            /// Series, by UID.
            public var series: [String]?
            /// `false` with a title: a label by title is for one-off meetings, not a series of that name.
            public var recurring: Bool?
            /// Who is in the room, for a generic title: everyone else there is from these groups …
            public var onlyWith: [String]?
            /// … someone from each of them is (`all: [{with: directs}, {with: others}]`) …
            public var all: [Present]?
            /// … and nobody an org chart places deeper or elsewhere, whom `others` also names, unless named.
            public var without: [String]?
            /// Nobody but the leader is there.
            public var onlySelf: Bool?

            public struct Present: Codable, Sendable, Hashable {
                public var with: String
            }

            enum CodingKeys: String, CodingKey {
                case title, series, recurring, all, without
                case onlyWith = "only-with"
                case onlySelf = "only-self"
            }

            /// How specific it is, narrowest first: the order labels are tried in, so each
            /// meets its own meetings before a broader label of the same title can.
            var breadth: Int {
                if series != nil { return 0 }
                if onlyWith != nil || onlySelf != nil { return 1 }
                return recurring == false ? 2 : 3
            }

            /// Whether it names the same meetings as `other`: the same series, or the same
            /// title (any case) with the same company.
            func sameTarget(as other: When) -> Bool {
                var mine = self, theirs = other
                mine.title = title?.map { $0.lowercased() }
                theirs.title = other.title?.map { $0.lowercased() }
                mine.series = series?.sorted()
                theirs.series = other.series?.sorted()
                return mine == theirs
            }
        }

        public struct Examples: Codable, Sendable, Hashable {
            public var match: [Example]
        }

        /// The labelled meeting, as rule examples are written.
        public struct Example: Codable, Sendable, Hashable {
            public var title: String
            public var series: String?
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

    /// Adds the label of `target` (whose meetings are titled `title`), replacing an earlier
    /// label of the same target; returns its id and whether it replaced one. `category` is
    /// the one the meeting had, kept so reports still group it with its kind ("labelled"
    /// when it had none). `orgChart`: whether the leader's profile has one, which places
    /// some colleagues deeper or elsewhere.
    @discardableResult
    public mutating func set(_ target: LabelTarget, title: String, outcome: LevelChoice, category: String?,
                             example: ExampleMeeting.Written, on date: CivilDate, orgChart: Bool) -> (id: String, replaced: Bool) {
        let when = Self.condition(for: target, orgChart: orgChart)
        let existing = entries.firstIndex { $0.when.sameTarget(as: when) }
        // Titles that differ only in punctuation ("Budget: Q1", "Budget Q1") get ids of their own.
        var id = Self.id(for: target, title: title)
        if existing == nil, entries.contains(where: { $0.id == id }) {
            id = (2...).lazy.map { "\(id)-\($0)" }.first { candidate in !entries.contains { $0.id == candidate } } ?? id
        }
        var written = example.entry
        if case .series = target {} else { written.series = nil }
        var entry = Entry(id: existing.map { entries[$0].id } ?? id, description: "", when: when, level: nil,
                          exclude: nil, category: category ?? "labelled", examples: .init(match: [written]))
        let what = Self.describe(target, title: title)
        switch outcome {
        case .level(let level):
            entry.level = level
            entry.description = "Labelled \(level) with `altitude label` on \(date): \(what)."
        case .exclude:
            entry.exclude = true
            entry.description = "Labelled not meeting time with `altitude label` on \(date): \(what)."
        }
        if let existing {
            entries[existing] = entry
            return (entry.id, true)
        }
        // After the last label at least as narrow: narrower labels are tried first.
        let place = entries.lastIndex { $0.when.breadth <= when.breadth }.map { $0 + 1 } ?? 0
        entries.insert(entry, at: place)
        return (entry.id, false)
    }

    /// The file's text: a comment saying what it is, then the rules.
    public func text() throws -> String {
        struct Document: Codable { var rules: [Entry] }
        let encoder = YAMLEncoder()
        encoder.options.width = -1
        encoder.options.allowUnicode = true
        return """
            # Labels given with `altitude label`: one rule per labelled series (by UID) or one-off title (with who
            # is there, when the title is generic), each with the labelled meeting as its example (`altitude rules
            # test` checks them). Tried before the shipped rules, narrowest first. Edit or delete entries like any
            # rule; keep your own rules in another file.

            """ + (try encoder.encode(Document(rules: entries)))
    }

    /// The condition that matches the target's meetings and no others.
    static func condition(for target: LabelTarget, orgChart: Bool) -> Entry.When {
        switch target {
        case .series(let uids):
            return Entry.When(series: uids)
        case .oneOffs(let title, let company):
            var when = Entry.When(title: [wholeTitlePattern(title)], recurring: false)
            guard let company else { return when }
            guard !company.isEmpty else {
                when.onlySelf = true
                return when
            }
            let names = PersonGroup.byName.filter { company.contains($0.value) }.map(\.name)
            when.onlyWith = names
            if names.count > 1 { when.all = names.map { Entry.When.Present(with: $0) } }
            let unnamed = [PersonGroup.deeper, .elsewhere].filter { !company.contains($0) }.map(\.rawValue)
            if orgChart, company.contains(.others), !unnamed.isEmpty { when.without = unnamed }
            return when
        }
    }

    /// What the label names, in its description: "the series “Sync”", "“Sync” with your direct reports".
    static func describe(_ target: LabelTarget, title: String) -> String {
        switch target {
        case .series(let uids): "the series “\(title)”" + (uids.count == 1 ? "" : " (\(uids.count) series of that title)")
        case .oneOffs(_, nil): "one-off meetings titled “\(title)”"
        case .oneOffs(_, let company?) where company.isEmpty: "one-off meetings titled “\(title)” with nobody else"
        case .oneOffs(_, let company?): "one-off meetings titled “\(title)” with "
            + PersonGroup.byName.filter { company.contains($0.value) }.map(\.value.phrase).joined(separator: " and ")
        }
    }

    /// `label-` and the title's words (and, for a title held with different people, the
    /// groups there), lower case, joined by dashes (a rule id's alphabet).
    static func id(for target: LabelTarget, title: String) -> String {
        guard case .oneOffs(_, let company?) = target else { return id(for: title) }
        let names = PersonGroup.byName.filter { company.contains($0.value) }.map(\.name)
        return id(for: title + " with " + (names.isEmpty ? "nobody" : names.joined(separator: " ")))
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
            // No more people than the example world has in those groups: eight direct reports are six there, not six and two others.
            let sizes = groups.map(ExampleWorld.size)
            let room = sizes.contains(.max) ? Int.max : sizes.reduce(0, +)
            let people = min(others, room)
            entry = .init(title: instance.title, series: instance.seriesID, attendees: people == 0 ? nil : people + 1,
                          with: names.isEmpty ? nil : names,
                          duration: instance.isAllDay ? nil : minutes % 60 == 0 ? "\(minutes / 60)h" : "\(minutes)m")
        }
    }
}
