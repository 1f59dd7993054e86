import AltitudeModel
import AltitudeYAML
import Yams

/// Reads the `insights:` list of a rules file, with the same file:line:column
/// errors as classification rules.
extension RuleFileParser {
    static let insightKeys = ["id", "description", "advice", "when", "examples", "disable"]
    static let insightConditionKeys = ["all", "any", "not", "category-hours", "category-share"] + InsightMetric.allCases.map(\.rawValue)
    static let rangeKeys = ["min", "max", "under", "over"]

    mutating func insightEntries(_ node: Node) -> [ParsedRuleFile.InsightEntry] {
        guard let sequence = node.sequence else {
            reader.fail(at: node, "insights should be a list, each entry starting with `- id:`")
            return []
        }
        var entries: [ParsedRuleFile.InsightEntry] = []
        var seen: [String: Int] = [:]
        for item in sequence {
            guard let entry = insightEntry(item) else { continue }
            if let line = seen[entry.id] {
                reader.fail(at: entry.idNode, "insight id “\(entry.id)” is used twice in this file (first at line \(line))",
                            hint: "ids name rules: give this one its own, or delete one")
                continue
            }
            seen[entry.id] = entry.idNode.mark?.line ?? 0
            entries.append(entry)
        }
        return entries
    }

    private mutating func insightEntry(_ node: Node) -> ParsedRuleFile.InsightEntry? {
        guard let fields = reader.mapping(node, allowed: Self.insightKeys, what: "an insight rule") else { return nil }
        guard let (id, idNode) = ruleID(fields, in: node) else { return nil }
        var entry = ParsedRuleFile.InsightEntry(id: id, idNode: idNode)
        if let disable = fields["disable"].flatMap({ reader.bool($0.value, what: "disable") }), disable {
            if let extra = fields.keys.first(where: { !["id", "disable", "description"].contains($0) }) {
                reader.fail(at: fields[extra]!.key, "a disabled insight needs only its id; “\(extra)” has no effect")
            }
            entry.disable = true
            return entry
        }
        // Folded YAML (`>`) ends in a line break that is not part of the text.
        let description = fields["description"].flatMap { reader.string($0.value, what: "description") }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if description.isEmpty {
            reader.fail(at: node, "insight “\(id)” needs a `description:` saying why the pattern matters")
        }
        let advice = fields["advice"].flatMap { reader.string($0.value, what: "advice") } ?? ""
        if advice.isEmpty {
            reader.fail(at: node, "insight “\(id)” needs `advice:`: what the flag tells the leader")
        }
        guard let whenNode = fields["when"]?.value else {
            reader.fail(at: node, "insight “\(id)” has no `when:` condition", hint: "an empty condition would flag every week")
            return nil
        }
        guard let condition = insightCondition(whenNode, what: "when") else { return nil }
        var fires: [InsightExample] = []
        var quiet: [InsightExample] = []
        if let node = fields["examples"]?.value, let examples = reader.mapping(node, allowed: ["fires", "quiet"], what: "examples") {
            fires = examples["fires"].map { insightExamples($0.value) } ?? []
            quiet = examples["quiet"].map { insightExamples($0.value) } ?? []
        }
        entry.rule = InsightRule(id: id, description: description, advice: advice, when: condition, fireExamples: fires,
                                 quietExamples: quiet, origin: .init(layer: layer, file: reader.file, line: idNode.mark?.line ?? 0))
        return entry
    }

    private mutating func insightCondition(_ node: Node, what: String) -> InsightCondition? {
        guard let fields = reader.mapping(node, allowed: Self.insightConditionKeys, what: "`\(what)`") else { return nil }
        guard !fields.isEmpty else {
            // Keys that were all unknown have been reported already.
            if case .mapping(let mapping) = node, mapping.isEmpty { reader.fail(at: node, "`\(what)` is empty: it would flag every week") }
            return nil
        }
        let ordered = fields.sorted { ($0.value.key.mark?.line ?? 0, $0.value.key.mark?.column ?? 0) < ($1.value.key.mark?.line ?? 0, $1.value.key.mark?.column ?? 0) }
        var parts: [InsightCondition] = []
        var failed = false
        for (key, entry) in ordered {
            if let part = insightLeaf(key, entry.value) { parts += part } else { failed = true }
        }
        guard !failed, !parts.isEmpty else { return nil }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    /// One key of a condition; a category key gives one condition per category it names.
    private mutating func insightLeaf(_ key: String, _ node: Node) -> [InsightCondition]? {
        switch key {
        case "all", "any":
            guard let sequence = node.sequence, !sequence.isEmpty else {
                reader.fail(at: node, "`\(key)` should be a list of conditions")
                return nil
            }
            let parts = sequence.compactMap { insightCondition($0, what: key) }
            guard parts.count == sequence.count else { return nil }
            return [key == "all" ? .all(parts) : .any(parts)]
        case "not":
            return insightCondition(node, what: "not").map { [.not($0)] }
        case "category-hours", "category-share":
            let share = key == "category-share"
            guard case .mapping(let mapping) = node, !mapping.isEmpty else {
                reader.fail(at: node, "`\(key)` should map category names to bounds, e.g. {firefighting: {min: 3}}")
                return nil
            }
            var parts: [InsightCondition] = []
            for (nameNode, bounds) in mapping {
                guard let name = reader.string(nameNode, what: "a category") else { return nil }
                guard let range = range(bounds, what: "\(key) \(name)", unit: share ? .share : .hours) else { return nil }
                parts.append(.category(name, share: share, range))
            }
            return parts
        default:
            guard let metric = InsightMetric(rawValue: key), let range = range(node, what: key, unit: metric.unit) else { return nil }
            return [.metric(metric, range)]
        }
    }

    /// `{min: …, max: …, under: …, over: …}`, or one value meaning exactly that.
    private mutating func range(_ node: Node, what: String, unit: InsightMetric.Unit) -> InsightRange? {
        if node.scalar != nil {
            guard let value = number(node, what: what, unit: unit) else { return nil }
            return InsightRange(min: value, max: value)
        }
        guard let bounds = reader.mapping(node, allowed: Self.rangeKeys, what: what), !bounds.isEmpty else {
            if node.scalar == nil { reader.fail(at: node, "`\(what)` should be a value or bounds such as {min: 3} or {under: 30%}") }
            return nil
        }
        var range = InsightRange()
        var failed = false
        func read(_ key: String) -> Double? {
            guard let entry = bounds[key] else { return nil }
            let value = number(entry.value, what: "\(what) \(key)", unit: unit)
            if value == nil { failed = true }
            return value
        }
        range.min = read("min")
        range.max = read("max")
        range.under = read("under")
        range.over = read("over")
        if let low = range.min ?? range.over, let high = range.max ?? range.under, low > high {
            reader.fail(at: node, "`\(what)` can never hold: its lower bound is above its upper bound")
            return nil
        }
        return failed ? nil : range
    }

    /// A number in the metric's unit: shares as `30%` or `0.3`, hours as `3`, `1h30m` or `90m`.
    private mutating func number(_ node: Node, what: String, unit: InsightMetric.Unit) -> Double? {
        guard let text = reader.string(node, what: what)?.trimmingCharacters(in: .whitespaces) else { return nil }
        if unit == .share, text.hasSuffix("%"), let percent = Double(text.dropLast()) { return percent / 100 }
        if let value = Double(text), value >= 0 {
            if unit == .share, value > 1 {
                reader.fail(at: node, "\(what) is a share: write 30% or 0.3, not “\(text)”")
                return nil
            }
            return value
        }
        if unit == .hours, let seconds = TimeLength.seconds(in: text) { return Double(seconds) / 3600 }
        let expected = switch unit {
        case .share: "a share such as 30% or 0.3"
        case .hours: "hours such as 3, 1.5 or 1h30m"
        default: "a number"
        }
        reader.fail(at: node, "\(what) should be \(expected), not “\(text)”")
        return nil
    }

    private mutating func insightExamples(_ node: Node) -> [InsightExample] {
        guard let sequence = node.sequence else {
            reader.fail(at: node, "examples should be a list of weeks, each `- {below-share: 40%}`")
            return []
        }
        return sequence.compactMap { insightExample($0) }
    }

    /// A week given by the figures that matter; the others are those of an ordinary week.
    private mutating func insightExample(_ node: Node) -> InsightExample? {
        let keys = ["category-hours"] + InsightMetric.allCases.map(\.rawValue)
        guard let fields = reader.mapping(node, allowed: keys, what: "an example week") else { return nil }
        var figures = InsightExample.ordinaryWeek
        for (key, entry) in fields {
            if key == "category-hours" {
                guard case .mapping(let mapping) = entry.value else {
                    reader.fail(at: entry.value, "category-hours should map category names to hours")
                    continue
                }
                for (nameNode, value) in mapping {
                    guard let name = reader.string(nameNode, what: "a category"),
                          let hours = number(value, what: "category-hours \(name)", unit: .hours) else { continue }
                    figures.categoryHours[name] = hours
                }
            } else if let metric = InsightMetric(rawValue: key), let value = number(entry.value, what: key, unit: metric.unit) {
                figures[metric] = value
            }
        }
        return InsightExample(figures: figures, line: node.mark?.line ?? 0)
    }
}
