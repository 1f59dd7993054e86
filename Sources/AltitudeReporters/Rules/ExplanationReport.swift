import AltitudeModel
import AltitudeRules
import Foundation

/// The formats `altitude explain` writes.
public enum ExplanationFormat: String, CaseIterable, Sendable {
    case text, json
}

/// `altitude explain`, written for a coach: the meeting, the rules tried and why
/// each did not match, the one that did, and what that means for this leader.
public struct ExplanationReport: Sendable {
    let profile: LeaderProfile
    let ladder: Ladder
    let zone: ZoneRules
    let style: TerminalStyle

    public init(profile: LeaderProfile, ladder: Ladder, zone: ZoneRules, style: TerminalStyle) {
        self.profile = profile
        self.ladder = ladder
        self.zone = zone
        self.style = style
    }

    /// Every group of meetings the rules see alike, as text (blank lines between) or one JSON document.
    public func write(_ groups: [(explanation: Explanation, instances: [MeetingInstance])], format: ExplanationFormat, to output: TextOutput) {
        switch format {
        case .text:
            for (index, group) in groups.enumerated() {
                if index > 0 { output.write("\n") }
                write(group.explanation, instances: group.instances, to: output)
            }
        case .json:
            output.write(JSONOutput.encode(groups.map { JSONEntry($0.explanation, $0.instances, zone: zone) }))
        }
    }

    /// One group in JSON: every key present, `null` where there is no value.
    struct JSONEntry: Encodable {
        struct Step: Encodable {
            var rule: String, matched: Bool, reason: String
        }

        var title: String
        var instances: Int
        var hours: Double
        var first: String?
        var last: String?
        var uids: [String]
        var steps: [Step]
        var relation: String
        var level: String?
        var category: String?
        var rule: String?

        init(_ explanation: Explanation, _ instances: [MeetingInstance], zone: ZoneRules) {
            title = instances.first?.title ?? ""
            self.instances = instances.count
            hours = (instances.reduce(0.0) { $0 + ($1.isAllDay ? 0 : $1.duration) } / 36).rounded() / 100
            let dates = instances.map { zone.localDate(of: $0.start) }
            first = dates.min()?.description
            last = dates.max()?.description
            var seen = Set<String>()
            uids = instances.map(\.uid).filter { seen.insert($0).inserted }
            steps = explanation.steps.map { Step(rule: $0.rule.id, matched: $0.matched, reason: $0.reason) }
            relation = explanation.classification.relation.rawValue
            level = explanation.classification.level
            category = explanation.classification.category
            rule = explanation.classification.rule
        }

        enum CodingKeys: String, CodingKey { case title, instances, hours, first, last, uids, steps, relation, level, category, rule }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(instances, forKey: .instances)
            try container.encode(hours, forKey: .hours)
            try container.encode(first, forKey: .first)
            try container.encode(last, forKey: .last)
            try container.encode(uids, forKey: .uids)
            try container.encode(steps, forKey: .steps)
            try container.encode(relation, forKey: .relation)
            try container.encode(level, forKey: .level)
            try container.encode(category, forKey: .category)
            try container.encode(rule, forKey: .rule)
        }
    }

    public func write(_ explanation: Explanation, instances: [MeetingInstance], to output: TextOutput) {
        guard let first = instances.first else { return }
        let hours = instances.reduce(0.0) { $0 + ($1.isAllDay ? 0 : $1.duration) }
        let dates = instances.map { zone.localDate(of: $0.start) }
        var heading = style.bold("“\(first.title.replacingControlCharacters())”")
        heading += " · \(instances.count) instance\(instances.count == 1 ? "" : "s") · \(EventListTextFormatter.hours(hours))"
        if let earliest = dates.min(), let latest = dates.max() {
            heading += earliest == latest ? " · \(earliest)" : " · \(earliest) to \(latest)"
        }
        output.write(heading + "\n\n")
        output.write("  Rules tried, in order:\n")
        let width = min(28, (explanation.steps.map(\.rule.id.count).max() ?? 10) + 1)
        for step in explanation.steps {
            let mark = step.matched ? style.green("✓") : style.dim("✗")
            let id = step.rule.id.padding(width)
            output.write("   \(mark) \(step.matched ? style.bold(id) : id) \(step.reason.replacingControlCharacters())\n")
        }
        output.write("\n" + verdict(explanation))
    }

    private func verdict(_ explanation: Explanation) -> String {
        let classification = explanation.classification
        let winner = explanation.steps.last(where: \.matched)?.rule
        let why = winner.map { "    \($0.description.trimmingCharacters(in: .whitespacesAndNewlines))\n" } ?? ""
        let category = classification.category.map { " Category: \($0)." } ?? ""
        switch classification.relation {
        case .below:
            return "  → \(classification.level ?? ""): " + style.yellow("below your altitude") + " (\(profile.level)).\(category)\n" + why
        case .at:
            return "  → \(classification.level ?? ""): " + style.green("at your altitude") + " (\(profile.level)).\(category)\n" + why
        case .above:
            return "  → \(classification.level ?? ""): " + style.cyan("above your altitude") + " (\(profile.level)).\(category)\n" + why
        case .excluded:
            return "  → Left out of meeting time.\(category)\n" + why
        case .unclassified:
            return "  → No rule matches: this meeting is " + style.red("unclassified")
                + ". Its time is shown apart, never hidden.\n    Add a rule for it (`altitude rules doc` shows how); "
                + "`altitude events --unclassified` lists what else no rule matches.\n"
        }
    }
}
