import AltitudeModel

/// Runs rules' examples: each `match` example must match its rule and reach it
/// through the rules before it; each `no-match` example must not match.
public enum ExampleRunner {
    public struct Failure: Sendable, CustomStringConvertible {
        public var rule: Rule
        public var example: ExampleMeeting
        public var message: String

        public var description: String {
            "\(rule.origin.file):\(example.line): rule “\(rule.id)”, example “\(example.title)”: \(message)"
        }
    }

    public struct Report: Sendable {
        public var examples = 0
        public var failures: [Failure] = []
    }

    /// Every example of every rule in the set.
    public static func run(_ ruleSet: RuleSet) -> Report {
        var classifier = Classifier(rules: ruleSet, profile: ExampleWorld.profile(ladder: ruleSet.ladder))
        var report = Report()
        for rule in ruleSet.rules {
            let result = run(rule, classifier: &classifier)
            report.examples += result.examples
            report.failures += result.failures
        }
        return report
    }

    /// The examples of one rule.
    public static func run(_ rule: Rule, in ruleSet: RuleSet) -> Report {
        var classifier = Classifier(rules: ruleSet, profile: ExampleWorld.profile(ladder: ruleSet.ladder))
        return run(rule, classifier: &classifier)
    }

    /// Whether an example may be taken first by `earlier` without failing: a label is
    /// the leader's own answer for what it names, so a rule's example it takes is no
    /// failure — nor is a broader label's (a title written before labels had targets)
    /// taken by a narrower one given since (a series of that title, or it with some people);
    /// and where two chosen packs overlap, the function the profile names first decides,
    /// by design ("Team forecast call" is the sales leader's pipeline call and the finance
    /// leader's forecast review). Each pack's examples hold when it is named first (`PackRuleTests`).
    private static func yields(to earlier: Rule?, _ rule: Rule) -> Bool {
        guard let earlier else { return false }
        if earlier.isLabel { return true }
        guard !rule.isLabel else { return false }
        return earlier.origin.layer.hasPrefix(RuleLayer.packPrefix) && rule.origin.layer.hasPrefix(RuleLayer.packPrefix)
            && earlier.origin.layer != rule.origin.layer
    }

    private static func run(_ rule: Rule, classifier: inout Classifier) -> Report {
        var report = Report()
        for example in rule.matchExamples {
            report.examples += 1
            let instance = ExampleWorld.instance(example)
            let (holds, reason) = classifier.check(rule, against: instance)
            if !holds {
                report.failures.append(Failure(rule: rule, example: example, message: "should match, but \(reason)"))
                continue
            }
            let decided = classifier.classify(instance)
            // A label is the leader's own answer for what it names: a rule's example it takes first is not a failure of either.
            if decided.rule != rule.id, let earlier = decided.rule, !yields(to: classifier.ruleSet.rule(earlier), rule) {
                report.failures.append(Failure(rule: rule, example: example,
                                               message: "matches, but rule “\(earlier)” comes first and takes it"))
            }
        }
        for example in rule.noMatchExamples {
            report.examples += 1
            let (holds, reason) = classifier.check(rule, against: ExampleWorld.instance(example))
            if holds { report.failures.append(Failure(rule: rule, example: example, message: "should not match, but \(reason)")) }
        }
        return report
    }
}
