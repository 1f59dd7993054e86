import AltitudeModel
import Foundation

/// The rule set compiled for one leader: conditions, pattern tables, and each
/// rule's outcome already turned into a level and a relation.
struct Program: Sendable {
    struct CompiledRule: Sendable {
        /// The rule's condition, each kind compiled (`ConditionKind.compiled(in:)`).
        var condition: Condition
        /// Without its evidence: that depends on which part of the condition held.
        var outcome: Classification
        /// The text conditions it asks for (not those it rules out): when one of them
        /// holds, what the meeting is about decided, not only who was there.
        var topics: [Condition.Leaf]
    }

    var rules: [CompiledRule] = []
    /// Per field, every pattern the rules use, each once: a text's matches are a row of booleans.
    var patterns: [TextField: [TextPattern]] = [:]
    /// Where each pattern sits in `patterns`, by field and source: a table lookup, not a
    /// search of a thousand patterns for each one added when every pack is on.
    var patternSlots: [TextField: [String: Int]] = [:]
    /// The fields some rule matches, the only texts `features(of:)` reads.
    var textFields: [TextField] = []
    /// Every series UID the rules name, each with its position: what `Features.series` holds.
    var seriesSlots: [String: Int32] = [:]
    var needs: FeatureNeeds = []

    init(rules ruleSet: RuleSet, profile: LeaderProfile) {
        let leaderIndex = ruleSet.ladder.index(of: profile.level) ?? 0
        for rule in ruleSet.rules {
            let condition = compile(rule.when)
            let outcome: Classification
            switch rule.outcome {
            case .exclude:
                outcome = Classification(relation: .excluded, category: rule.category, rule: rule.id)
            case .level(let spec):
                let index = spec.resolve(on: ruleSet.ladder, leaderIndex: leaderIndex)
                let relation: Relation = index < leaderIndex ? .below : index == leaderIndex ? .at : .above
                outcome = Classification(relation: relation, level: ruleSet.ladder.levels[index].name, category: rule.category, rule: rule.id)
            }
            var compiled = CompiledRule(condition: condition, outcome: outcome, topics: Self.topics(in: condition))
            if compiled.outcome.relation != .excluded { compiled.outcome.evidence = rule.isLabel ? .label : rule.declaredEvidence }
            rules.append(compiled)
        }
        textFields = TextField.allCases.filter { patterns[$0] != nil }
    }

    /// A decision packed in one integer, as the workers record it: the rule's
    /// position, and whether its topic decided (-1: no rule held).
    static func decision(rule index: Int, byTopic: Bool) -> Int { index * 2 + (byTopic ? 0 : 1) }

    private static func topics(in condition: Condition, negated: Bool = false) -> [Condition.Leaf] {
        switch condition {
        case .all(let parts), .any(let parts): parts.flatMap { topics(in: $0, negated: negated) }
        case .not(let inner): topics(in: inner, negated: !negated)
        case .leaf(let leaf): !negated && leaf.condition is TextCondition ? [leaf] : []
        }
    }

    func outcome(_ decision: Int) -> Classification {
        guard decision >= 0 else { return .unclassified }
        var outcome = rules[decision / 2].outcome
        if outcome.relation != .excluded, outcome.evidence == nil { outcome.evidence = decision % 2 == 0 ? .topic : .structure }
        return outcome
    }


    private mutating func compile(_ condition: Condition) -> Condition {
        switch condition {
        case .all(let parts): return .all(parts.map { compile($0) })
        case .any(let parts): return .any(parts.map { compile($0) })
        case .not(let inner): return .not(compile(inner))
        case .leaf(let leaf):
            needs.formUnion(type(of: leaf.condition).needs)
            return .leaf(Condition.Leaf(condition: leaf.condition.compiled(in: &self)))
        }
    }
}
