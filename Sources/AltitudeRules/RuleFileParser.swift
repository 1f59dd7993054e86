import AltitudeModel
import Yams

/// One rules file as written: its ladder (if it has one) and its rule entries,
/// before layers are merged. Levels are checked once the ladder is known.
struct ParsedRuleFile {
    /// A rule entry: a new or replacing rule, or a `disable: true` of an earlier one.
    struct Entry {
        var id: String
        var rule: Rule?
        var disable = false
        var before: String?
        var after: String?
        var levelNode: Node?
        var idNode: Node
    }

    /// An insight entry: a new or replacing insight rule, or a `disable: true` of an earlier one.
    struct InsightEntry {
        var id: String
        var rule: InsightRule?
        var disable = false
        var idNode: Node
    }

    var ladder: Ladder?
    var entries: [Entry] = []
    var insights: [InsightEntry] = []
}

/// Reads rules files (`ladder:` and `rules:`), reporting every problem with its place.
struct RuleFileParser {
    static let topKeys = ["ladder", "rules", "insights"]
    static let ruleKeys = ["id", "description", "when", "level", "exclude", "category", "examples", "before", "after", "disable"]
    static let conditionKeys = ["all", "any", "not", "title", "description", "location", "calendar", "categories", "attendees",
                                "with", "only-with", "without", "only-self", "organizer", "duration", "recurring", "weekday",
                                "time", "outside-working-hours", "all-day", "transparency", "response", "status"]

    var reader: NodeReader
    let layer: String

    init(file: String, layer: String) {
        reader = NodeReader(file: file)
        self.layer = layer
    }

    mutating func parse(_ text: String) -> ParsedRuleFile {
        var result = ParsedRuleFile()
        guard let root = reader.parse(text) else { return result }
        guard let top = reader.mapping(root, allowed: Self.topKeys, what: "a rules file") else { return result }
        if let node = top["ladder"]?.value { result.ladder = ladder(node) }
        if let node = top["rules"]?.value {
            guard let sequence = node.sequence else {
                reader.fail(at: node, "rules should be a list, each entry starting with `- id:`")
                return result
            }
            var seen: [String: Int] = [:]
            for item in sequence {
                guard let entry = entry(item) else { continue }
                if let line = seen[entry.id] {
                    reader.fail(at: entry.idNode, "rule id “\(entry.id)” is used twice in this file (first at line \(line))",
                                hint: "ids name rules: give this one its own, or delete one")
                    continue
                }
                seen[entry.id] = entry.idNode.mark?.line ?? 0
                result.entries.append(entry)
            }
        }
        if let node = top["insights"]?.value { result.insights = insightEntries(node) }
        return result
    }

    // MARK: - Ladder

    private mutating func ladder(_ node: Node) -> Ladder? {
        guard let sequence = node.sequence, !sequence.isEmpty else {
            reader.fail(at: node, "ladder should be a list of levels, lowest first")
            return nil
        }
        var levels: [Ladder.Level] = []
        for item in sequence {
            guard let entries = reader.mapping(item, allowed: ["level", "description", "examples"], what: "a ladder level") else { continue }
            guard let nameNode = entries["level"]?.value, let name = reader.string(nameNode, what: "level") else {
                reader.fail(at: item, "a ladder level needs `level: NAME`")
                continue
            }
            if name.lowercased().hasPrefix("self") || levels.contains(where: { $0.name == name }) {
                reader.fail(at: nameNode, name.lowercased().hasPrefix("self") ? "“\(name)” cannot be a level name: self means the leader's own"
                                                                             : "level “\(name)” is on the ladder twice")
                continue
            }
            let description = entries["description"].flatMap { reader.string($0.value, what: "description") } ?? ""
            let examples = entries["examples"].flatMap { reader.strings($0.value, what: "examples") } ?? []
            levels.append(.init(name: name, description: description, examples: examples))
        }
        return levels.isEmpty ? nil : Ladder(levels: levels)
    }

    // MARK: - Rules

    private mutating func entry(_ node: Node) -> ParsedRuleFile.Entry? {
        guard let fields = reader.mapping(node, allowed: Self.ruleKeys, what: "a rule") else { return nil }
        guard let (id, idNode) = ruleID(fields, in: node) else { return nil }
        var entry = ParsedRuleFile.Entry(id: id, idNode: idNode)
        entry.before = fields["before"].flatMap { reader.string($0.value, what: "before") }
        entry.after = fields["after"].flatMap { reader.string($0.value, what: "after") }
        if let node = fields["disable"]?.value {
            entry.disable = reader.bool(node, what: "disable") ?? false
            if entry.disable {
                if let extra = fields.keys.first(where: { !["id", "disable", "description"].contains($0) }) {
                    reader.fail(at: fields[extra]!.key, "a disabled rule needs only its id; “\(extra)” has no effect")
                }
                return entry
            }
        }
        let description = fields["description"].flatMap { reader.string($0.value, what: "description") }
        if description?.isEmpty ?? true {
            reader.fail(at: node, "rule “\(id)” needs a `description:` saying why these meetings are this level",
                        hint: "write it for a coach: it is what `altitude explain` shows")
        }
        guard let whenNode = fields["when"]?.value else {
            reader.fail(at: node, "rule “\(id)” has no `when:` condition", hint: "an empty rule would match every meeting")
            return nil
        }
        guard let condition = condition(whenNode, what: "when") else { return nil }
        let outcome: Rule.Outcome
        let exclude = fields["exclude"].flatMap { reader.bool($0.value, what: "exclude") } ?? false
        if let levelNode = fields["level"]?.value {
            if exclude { reader.fail(at: levelNode, "rule “\(id)” has both a level and `exclude: true`; keep one") }
            guard let text = reader.string(levelNode, what: "level") else { return nil }
            guard let level = LevelSpec(parsing: text) else {
                reader.fail(at: levelNode, "“\(text)” is not a level", hint: "a ladder level, or self, self-1, self+1")
                return nil
            }
            outcome = .level(level)
            entry.levelNode = levelNode
        } else if exclude {
            outcome = .exclude
        } else {
            reader.fail(at: node, "rule “\(id)” needs `level:` (ic, self-1, …) or `exclude: true`")
            return nil
        }
        let category = fields["category"].flatMap { reader.string($0.value, what: "category") }
        var matches: [ExampleMeeting] = []
        var misses: [ExampleMeeting] = []
        if let node = fields["examples"]?.value, let examples = reader.mapping(node, allowed: ["match", "no-match"], what: "examples") {
            matches = examples["match"].map { exampleList($0.value) } ?? []
            misses = examples["no-match"].map { exampleList($0.value) } ?? []
        }
        entry.rule = Rule(id: id, description: description ?? "", when: condition, outcome: outcome, category: category,
                          matchExamples: matches, noMatchExamples: misses,
                          origin: .init(layer: layer, file: reader.file, line: idNode.mark?.line ?? 0))
        return entry
    }

    /// The entry's `id:`, checked: lower-case letters, digits and hyphens, not starting with a hyphen.
    mutating func ruleID(_ fields: [String: (key: Node, value: Node)], in node: Node) -> (String, Node)? {
        guard let idNode = fields["id"]?.value, let id = reader.string(idNode, what: "id") else {
            reader.fail(at: node, "a rule needs an `id:`", hint: "ids are short names such as team-standup")
            return nil
        }
        // No regular expression: compiling one per rule cost more than the rest of the check.
        guard let head = id.utf8.first, head != UInt8(ascii: "-"),
              id.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }) else {
            reader.fail(at: idNode, "rule id “\(id)” should be lower-case letters, digits and dashes")
            return nil
        }
        return (id, idNode)
    }

    // MARK: - Conditions

    private mutating func condition(_ node: Node, what: String) -> Condition? {
        guard let fields = reader.mapping(node, allowed: Self.conditionKeys, what: "`\(what)`") else { return nil }
        guard !fields.isEmpty else {
            reader.fail(at: node, "`\(what)` is empty: it would match every meeting")
            return nil
        }
        // Keys in file order, so errors and explanations read as written.
        let ordered = fields.sorted { ($0.value.key.mark?.line ?? 0, $0.value.key.mark?.column ?? 0) < ($1.value.key.mark?.line ?? 0, $1.value.key.mark?.column ?? 0) }
        var parts: [Condition] = []
        for (key, entry) in ordered {
            if let part = leaf(key, entry.value) { parts.append(part) }
        }
        guard parts.count == fields.count else { return nil }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    private mutating func leaf(_ key: String, _ node: Node) -> Condition? {
        switch key {
        case "all", "any":
            guard let sequence = node.sequence, !sequence.isEmpty else {
                reader.fail(at: node, "`\(key)` should be a list of conditions")
                return nil
            }
            let parts = sequence.compactMap { condition($0, what: key) }
            guard parts.count == sequence.count else { return nil }
            return key == "all" ? .all(parts) : .any(parts)
        case "not":
            return condition(node, what: "not").map { .not($0) }
        case "title", "description", "location", "calendar", "categories":
            guard let sources = reader.strings(node, what: key) else { return nil }
            var patterns: [TextPattern] = []
            for source in sources {
                guard let pattern = TextPattern(source) else {
                    reader.fail(at: node, "“\(source)” is not a pattern that compiles",
                                hint: "patterns are regular expressions: escape ( ) [ ] + * ? with \\ (in single quotes)")
                    return nil
                }
                patterns.append(pattern)
            }
            return .text(TextField(rawValue: key)!, patterns)
        case "attendees", "duration":
            let read: (inout NodeReader, Node) -> Int? = key == "attendees"
                ? { $0.integer($1, what: "attendees", in: 0...10_000) }
                : { $0.duration($1, what: "duration") }
            if node.scalar != nil, let value = read(&reader, node) {
                return key == "attendees" ? .attendees(min: value, max: value) : .duration(min: value, max: value)
            }
            guard let range = reader.mapping(node, allowed: ["min", "max"], what: key), !range.isEmpty else {
                if node.scalar == nil { reader.fail(at: node, "`\(key)` should be a value or {min: …, max: …}") }
                return nil
            }
            let low = range["min"].flatMap { read(&reader, $0.value) }
            let high = range["max"].flatMap { read(&reader, $0.value) }
            if let low, let high, low > high { reader.fail(at: node, "`\(key)` has min above max") }
            return key == "attendees" ? .attendees(min: low, max: high) : .duration(min: low, max: high)
        case "with", "only-with", "without":
            guard let groups = reader.choices(node, what: "group", from: Self.groups).map(Set.init) else { return nil }
            switch key {
            case "with": return .with(groups)
            case "only-with": return .onlyWith(groups)
            default: return .without(groups)
            }
        case "only-self": return reader.bool(node, what: key).map { .onlySelf($0) }
        case "organizer":
            return reader.choices(node, what: "organizer", from: OrganizerKind.allCases.map { ($0.rawValue, $0) })
                .map { .organizer(Set($0)) }
        case "recurring": return reader.bool(node, what: key).map { .recurring($0) }
        case "weekday":
            return reader.choices(node, what: "weekday", from: Weekday.allCases.map { ($0.shortName, $0) }).map { .weekday(Set($0)) }
        case "time":
            guard let range = reader.mapping(node, allowed: ["from", "to"], what: "time") else { return nil }
            let from = range["from"].flatMap { reader.clock($0.value, what: "time from") } ?? 0
            let to = range["to"].flatMap { reader.clock($0.value, what: "time to") } ?? 24 * 60
            return .startTime(from: from, to: to)
        case "outside-working-hours": return reader.bool(node, what: key).map { .outsideWorkingHours($0) }
        case "all-day": return reader.bool(node, what: key).map { .allDay($0) }
        case "transparency":
            return reader.choice(node, what: "transparency", from: [("free", Transparency.transparent), ("busy", .opaque)])
                .map { .transparency($0) }
        case "response":
            return reader.choices(node, what: "response", from: OwnerResponse.allCases.map { ($0.rawValue, $0) }).map { .response(Set($0)) }
        case "status":
            return reader.choices(node, what: "status", from: EventStatus.allCases.map { ($0.rawValue, $0) }).map { .status(Set($0)) }
        default:
            return nil
        }
    }

    static let groups: [(name: String, value: PersonGroup)] = [
        ("directs", .directs), ("manager", .manager), ("peers", .peers), ("others", .others), ("external", .external),
        ("organization", .organization),
    ]

    // MARK: - Examples

    private mutating func exampleList(_ node: Node) -> [ExampleMeeting] {
        guard let sequence = node.sequence else {
            reader.fail(at: node, "examples should be a list of meetings, each `- title: …`")
            return []
        }
        return sequence.compactMap { example($0) }
    }

    private mutating func example(_ node: Node) -> ExampleMeeting? {
        guard let fields = reader.mapping(node, allowed: ExampleMeeting.keys, what: "an example meeting") else { return nil }
        var meeting = ExampleMeeting()
        meeting.line = node.mark?.line ?? 0
        for (key, entry) in fields {
            let value = entry.value
            switch key {
            case "title": meeting.title = reader.string(value, what: key) ?? ""
            case "description": meeting.description = reader.string(value, what: key) ?? ""
            case "location": meeting.location = reader.string(value, what: key) ?? ""
            case "calendar": meeting.calendar = reader.string(value, what: key)
            case "categories": meeting.categories = reader.strings(value, what: key) ?? []
            case "attendees": meeting.attendees = reader.integer(value, what: key, in: 1...10_000)
            case "with": meeting.with = reader.choices(value, what: "group", from: Self.groups) ?? []
            case "organizer":
                meeting.organizer = reader.choice(value, what: "organizer", from: OrganizerKind.allCases.map { ($0.rawValue, $0) })
            case "duration": meeting.duration = reader.duration(value, what: key) ?? meeting.duration
            case "recurring": meeting.recurring = reader.bool(value, what: key) ?? false
            case "weekday": meeting.weekday = reader.choice(value, what: "weekday", from: Weekday.allCases.map { ($0.shortName, $0) }) ?? .tuesday
            case "start": meeting.start = reader.clock(value, what: key) ?? meeting.start
            case "all-day": meeting.allDay = reader.bool(value, what: key) ?? false
            case "transparency":
                meeting.transparency = reader.choice(value, what: key, from: [("free", Transparency.transparent), ("busy", .opaque)]) ?? .opaque
            case "response": meeting.response = reader.choice(value, what: key, from: OwnerResponse.allCases.map { ($0.rawValue, $0) })
            case "status": meeting.status = reader.choice(value, what: key, from: EventStatus.allCases.map { ($0.rawValue, $0) }) ?? .confirmed
            default: break
            }
        }
        return meeting
    }
}
