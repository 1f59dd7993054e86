import AltitudeModel

/// Why a meeting got its classification: the rules tried in order, why each did
/// not match, and the one that did.
public struct Explanation: Sendable {
    public struct Step: Sendable {
        public var rule: Rule
        public var matched: Bool
        /// In plain words: what held, or the first thing that did not.
        public var reason: String
    }

    public var steps: [Step]
    public var classification: Classification
}

extension Classifier {
    /// Tries the rules in order, as `classify` does, saying why each failed or won.
    /// A text condition that fails names its patterns only when `detailed`.
    public mutating func explain(_ instance: MeetingInstance, detailed: Bool = false) -> Explanation {
        let features = features(of: instance)  // first: it adds the meeting's texts to the tables
        let context = ExplanationContext(instance: instance, features: features, texts: texts, detailed: detailed)
        var steps: [Explanation.Step] = []
        for (index, rule) in ruleSet.rules.enumerated() {
            let (holds, reason) = describe(program.rules[index].condition, in: context)
            steps.append(.init(rule: rule, matched: holds, reason: reason))
            if holds { return Explanation(steps: steps, classification: program.outcome(decision(rule: index, features))) }
        }
        return Explanation(steps: steps, classification: .unclassified)
    }

    /// Whether one rule's condition holds for a meeting, and why: what examples check.
    public mutating func check(_ rule: Rule, against instance: MeetingInstance) -> (holds: Bool, reason: String) {
        guard let index = ruleSet.rules.firstIndex(where: { $0.id == rule.id }) else { return (false, "the rule is not in this set") }
        let features = features(of: instance)  // first: it adds the meeting's texts to the tables
        let context = ExplanationContext(instance: instance, features: features, texts: texts, detailed: true)
        return describe(program.rules[index].condition, in: context)
    }

    /// Whether a compiled condition holds (as `evaluate` decides it), and why, in words.
    private func describe(_ condition: Condition, in context: ExplanationContext) -> (Bool, String) {
        switch condition {
        case .all(let parts):
            let described = parts.map { describe($0, in: context) }
            if let failed = described.first(where: { !$0.0 }) { return (false, failed.1) }
            return (true, described.map(\.1).joined(separator: "; "))
        case .any(let parts):
            let described = parts.map { describe($0, in: context) }
            if let held = described.first(where: { $0.0 }) { return (true, held.1) }
            return (false, "none of these holds: " + described.map(\.1).joined(separator: "; "))
        case .not(let inner):
            let (innerHolds, reason) = describe(inner, in: context)
            return (!innerHolds, innerHolds ? "it should not be so, but \(reason)" : reason)
        case .leaf(let leaf):
            let holds = leaf.condition.holds(context.features, texts: context.texts)
            return (holds, leaf.condition.explanation(holds: holds, in: context))
        }
    }
}
