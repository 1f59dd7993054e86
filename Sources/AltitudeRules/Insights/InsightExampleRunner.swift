/// Runs insight rules' examples: each `fires` week must raise the flag, each
/// `quiet` week must not.
public enum InsightExampleRunner {
    public struct Failure: Sendable, CustomStringConvertible {
        public var rule: InsightRule
        public var example: InsightExample
        public var message: String

        public var description: String {
            "\(rule.origin.file):\(example.line): insight “\(rule.id)”: \(message)"
        }
    }

    public struct Report: Sendable {
        public var examples = 0
        public var failures: [Failure] = []
    }

    public static func run(_ ruleSet: RuleSet) -> Report {
        ruleSet.insights.reduce(into: Report()) { report, rule in
            let result = run(rule)
            report.examples += result.examples
            report.failures += result.failures
        }
    }

    public static func run(_ rule: InsightRule) -> Report {
        var report = Report()
        for example in rule.fireExamples {
            report.examples += 1
            if rule.fires(on: example.figures) == nil {
                report.failures.append(Failure(rule: rule, example: example, message: "should fire on this week, but "
                    + rule.when.description(example.figures) + " does not hold"))
            }
        }
        for example in rule.quietExamples {
            report.examples += 1
            if let reasons = rule.fires(on: example.figures) {
                report.failures.append(Failure(rule: rule, example: example,
                                               message: "should stay quiet on this week, but fires: " + reasons.joined(separator: "; ")))
            }
        }
        return report
    }
}
