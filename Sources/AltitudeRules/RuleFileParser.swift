import AltitudeModel
import AltitudeYAML
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
        /// The level as written (checked against the ladder once the layers are merged).
        var level: LevelSpec?
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
    static let ruleKeys = ["id", "description", "when", "level", "exclude", "category", "evidence", "examples", "before", "after",
                           "disable"]
    /// The combinators, then every kind's keys.
    static let conditionKeys = ["all", "any", "not"] + ConditionRegistry.keys

    var reader: NodeReader
    let layer: String
    /// Whether conditions are checked for what they leave to first use (`ConditionKind.checkCompiles`):
    /// every file but those Altitude ships.
    let checksCompiling: Bool

    init(file: String, layer: String, checksCompiling: Bool) {
        reader = NodeReader(file: file)
        self.layer = layer
        self.checksCompiling = checksCompiling
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
        // Everything else is read even when the condition has errors, so one check reports them all.
        let condition = condition(whenNode, what: "when")
        var outcome: Rule.Outcome?
        let exclude = fields["exclude"].flatMap { reader.bool($0.value, what: "exclude") } ?? false
        if let levelNode = fields["level"]?.value {
            if exclude { reader.fail(at: levelNode, "rule “\(id)” has both a level and `exclude: true`; keep one") }
            if let text = reader.string(levelNode, what: "level") {
                if let level = LevelSpec(parsing: text) {
                    outcome = .level(level)
                    entry.level = level
                    entry.levelNode = levelNode
                } else {
                    reader.fail(at: levelNode, "“\(text)” is not a level", hint: "a ladder level, or self, self-1, self+1")
                }
            }
        } else if exclude {
            outcome = .exclude
        } else {
            reader.fail(at: node, "rule “\(id)” needs `level:` (ic, self-1, …) or `exclude: true`")
        }
        let category = fields["category"].flatMap { reader.string($0.value, what: "category") }
        let evidence = fields["evidence"].flatMap { reader.choice(named: reader.string($0.value, what: "evidence") ?? "", at: $0.value,
                                                                  what: "evidence", from: [("topic", Evidence.topic), ("structure", .structure)]) }
        var matches: [ExampleMeeting] = []
        var misses: [ExampleMeeting] = []
        if let node = fields["examples"]?.value, let examples = reader.mapping(node, allowed: ["match", "no-match"], what: "examples") {
            matches = examples["match"].map { exampleList($0.value) } ?? []
            misses = examples["no-match"].map { exampleList($0.value) } ?? []
        }
        guard let condition, let outcome else { return entry }
        entry.rule = Rule(id: id, description: description ?? "", when: condition, outcome: outcome, category: category,
                          declaredEvidence: evidence, matchExamples: matches, noMatchExamples: misses,
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
            if let part = part(key, entry.value) { parts.append(part) }
        }
        guard parts.count == fields.count else { return nil }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    /// One key of a condition mapping: a combinator, or a condition of the kind the registry has for the key.
    private mutating func part(_ key: String, _ node: Node) -> Condition? {
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
        default:
            guard let condition = ConditionRegistry.kind(for: key)?.parse(key, node, reader: &reader),
                  !checksCompiling || condition.checkCompiles(at: node, reader: &reader) else { return nil }
            return .leaf(Condition.Leaf(condition: condition))
        }
    }

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
            ConditionRegistry.exampleFields.first { $0.key == key }?.read(entry.value, &meeting, &reader)
        }
        return meeting
    }
}
