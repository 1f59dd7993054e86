import Foundation
import AltitudeModel
import AltitudeRules

/// `altitude rules list` and `rules show`.
public struct RuleListReport: Sendable {
    let ruleSet: RuleSet
    let style: TerminalStyle

    public init(ruleSet: RuleSet, style: TerminalStyle) {
        self.ruleSet = ruleSet
        self.style = style
    }

    static func outcome(_ rule: Rule) -> String {
        switch rule.outcome {
        case .exclude: "excluded"
        case .level(let level): level.description
        }
    }

    /// One line per rule, in the order they are tried.
    public func writeList(format: EventListFormat, to output: TextOutput) {
        switch format {
        case .text:
            output.write(style.dim("ladder: \(ruleSet.ladder.names.joined(separator: " < ")) · \(ruleSet.rules.count) rules, tried in this order") + "\n")
            // Each column as wide as its longest value and two spaces: no level or category runs into the next column.
            func width(_ values: [String]) -> Int { (values.map(\.count).max() ?? 0) + 2 }
            let idWidth = width(ruleSet.rules.map(\.id))
            let levelWidth = width(ruleSet.rules.map(Self.outcome))
            let categoryWidth = width(ruleSet.rules.map { $0.category ?? "" })
            let layerWidth = width(ruleSet.rules.map(\.origin.layer))
            for (index, rule) in ruleSet.rules.enumerated() {
                let number = "\(index + 1)".leftPadding(3)
                let summary = rule.description.split(separator: ".").first.map(String.init) ?? rule.description
                output.write("\(number) \(rule.id.padding(idWidth))\(Self.outcome(rule).padding(levelWidth))"
                             + (rule.category ?? "").padding(categoryWidth) + style.dim(rule.origin.layer.padding(layerWidth))
                             + summary.trimmingCharacters(in: .whitespacesAndNewlines) + "\n")
            }
            guard !ruleSet.insights.isEmpty else { return }
            output.write("\n" + style.dim("\(ruleSet.insights.count) insight rules, each tried on every week") + "\n")
            let insightWidth = (ruleSet.insights.map(\.id.count).max() ?? 10) + 2
            for rule in ruleSet.insights {
                output.write("    \(rule.id.padding(insightWidth))" + style.dim(rule.origin.layer) + "  " + rule.when.summary + "\n")
            }
        case .csv:
            output.write(CSV.row(["order", "id", "level", "category", "layer", "file", "line", "description"]))
            for (index, rule) in ruleSet.rules.enumerated() {
                CSV.write([String(index + 1), rule.id, Self.outcome(rule), rule.category ?? "", rule.origin.layer, rule.origin.file,
                           String(rule.origin.line), rule.description], to: output)
            }
        case .json:
            struct Entry: Encodable {
                var order: Int, id: String, level: String, category: String?, layer: String, file: String, line: Int
                var description: String, when: String
            }
            output.writeJSON(ruleSet.rules.enumerated().map { index, rule in
                Entry(order: index + 1, id: rule.id, level: Self.outcome(rule), category: rule.category, layer: rule.origin.layer,
                      file: rule.origin.file, line: rule.origin.line, description: rule.description, when: rule.when.description)
            })
        }
    }

    /// Everything about one rule or insight rule, as text or JSON (every key present).
    public func writeDetail(id: String, format: ExplanationFormat, to output: TextOutput) {
        switch (ruleSet.rule(id), ruleSet.insight(id), format) {
        case (let rule?, _, .text): writeDetail(rule, to: output)
        case (_, let insight?, .text): writeDetail(insight, to: output)
        case (let rule?, _, .json):
            output.writeJSON(Self.detail(
                id: rule.id, kind: "rule", order: (ruleSet.rules.firstIndex { $0.id == rule.id } ?? 0) + 1, description: rule.description,
                when: rule.when.description, level: Self.outcome(rule), category: rule.category, advice: nil, origin: rule.origin,
                examples: rule.matchExamples.map(Self.describe), counterExamples: rule.noMatchExamples.map(Self.describe)))
        case (_, let insight?, .json):
            output.writeJSON(Self.detail(
                id: insight.id, kind: "insight", order: nil, description: insight.description, when: insight.when.summary, level: nil,
                category: nil, advice: insight.advice, origin: insight.origin,
                examples: insight.fireExamples.map { Self.describe($0, against: insight) },
                counterExamples: insight.quietExamples.map { Self.describe($0, against: insight) }))
        default:
            break
        }
    }

    /// `rules show --format json`: a rule (`kind` "rule") or an insight (`kind` "insight"), every key present.
    static func detail(id: String, kind: String, order: Int?, description: String, when: String, level: String?, category: String?,
                       advice: String?, origin: Rule.Origin, examples: [String], counterExamples: [String]) -> JSONValue {
        JSONValue(object: [
            "id": JSONValue(id), "kind": JSONValue(kind), "order": JSONValue(order.map(Double.init)),
            "description": JSONValue(description.trimmingCharacters(in: .whitespacesAndNewlines)), "when": JSONValue(when),
            "level": JSONValue(level), "category": JSONValue(category), "advice": JSONValue(advice), "layer": JSONValue(origin.layer),
            "file": JSONValue(origin.file), "line": JSONValue(Double(origin.line)), "examples": JSONValue(examples),
            "counterExamples": JSONValue(counterExamples),
        ])
    }

    /// Everything about one rule.
    public func writeDetail(_ rule: Rule, to output: TextOutput) {
        let position = (ruleSet.rules.firstIndex { $0.id == rule.id } ?? 0) + 1
        output.write(style.bold(rule.id) + " — rule \(position) of \(ruleSet.rules.count), from \(rule.origin)\n\n")
        output.write(rule.description.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n")
        output.write("  when:      \(rule.when)\n")
        output.write("  level:     \(Self.outcome(rule))\n")
        if let category = rule.category { output.write("  category:  \(category)\n") }
        if !rule.matchExamples.isEmpty {
            output.write("\n  matches, for example:\n")
            for example in rule.matchExamples { output.write("    ✓ \(Self.describe(example))\n") }
        }
        if !rule.noMatchExamples.isEmpty {
            output.write("  does not match:\n")
            for example in rule.noMatchExamples { output.write("    ✗ \(Self.describe(example))\n") }
        }
    }

    /// Everything about one insight rule.
    public func writeDetail(_ rule: InsightRule, to output: TextOutput) {
        output.write(style.bold(rule.id) + " — insight rule, from \(rule.origin)\n\n")
        output.write(rule.description.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n")
        output.write("  when:    \(rule.when.summary)\n")
        output.write("  advice:  \(rule.advice)\n")
        let weeks: [(String, [InsightExample])] = [("fires on, for example:", rule.fireExamples), ("stays quiet on:", rule.quietExamples)]
        for (heading, examples) in weeks where !examples.isEmpty {
            output.write("\n  \(heading)\n")
            for example in examples { output.write("    \(heading.hasPrefix("fires") ? "✓" : "✗") \(Self.describe(example, against: rule))\n") }
        }
    }

    /// The figures of an example week that differ from an ordinary week.
    static func describe(_ example: InsightExample, against rule: InsightRule) -> String {
        let ordinary = InsightExample.ordinaryWeek
        var parts = InsightMetric.allCases.compactMap { metric -> String? in
            example.figures[metric] == ordinary[metric] ? nil : "\(metric.rawValue) \(example.figures[metric])"
        }
        parts += example.figures.categoryHours.sorted { $0.key < $1.key }.compactMap { name, hours in
            ordinary.categoryHours[name] == hours ? nil : "\(name) \(hours) h"
        }
        return parts.isEmpty ? "an ordinary week" : parts.joined(separator: ", ")
    }

    static func describe(_ example: ExampleMeeting) -> String {
        var parts = ["“\(example.title)”"]
        if !example.with.isEmpty { parts.append("with " + example.with.map(\.rawValue).joined(separator: ", ")) }
        if let attendees = example.attendees { parts.append("\(attendees) people") }
        if example.allDay { parts.append("all day") }
        if example.status != .confirmed { parts.append(example.status.rawValue) }
        if let response = example.response { parts.append(response.rawValue) }
        if example.transparency == .transparent { parts.append("marked free") }
        return parts.joined(separator: ", ")
    }
}
