import AltitudeImporter
import AltitudeModel
import AltitudeRules
import Foundation

/// What `altitude rules check` found good: the rules merged from every layer, and the profile checked against their ladder.
public struct RulesCheck: Sendable {
    public var rules: Int
    public var insights: Int
    /// The ladder's levels, lowest first.
    public var ladder: [String]
    /// Where the profile checked came from, when there was one.
    public var profileOrigin: String?
}

/// What `altitude rules test` found: every example run, and each that failed, in words.
public struct RulesTestReport: Sendable {
    public var examples: Int
    public var rules: Int
    public var insights: Int
    public var failures: [String]
}

/// Every problem `altitude rules check` found, in file and line order; nothing is classified until they are fixed.
struct RulesCheckFailure: AltitudeFailure {
    var errors: [ConfigError]
    var exitReason: ExitReason { .configError }
    var description: String { ConfigErrors(errors).description }
    var presentation: FailurePresentation { .located }
    var consequence: String? { "\(errors.count) error\(errors.count == 1 ? "" : "s"): nothing is classified until they are fixed" }
}

extension Workspace {
    /// The merged rules for a leader, with the packs their profile names (when it reads;
    /// a profile that does not is reported by whoever reads it for itself).
    public func ruleSet(for leader: LeaderSelection, extra: [String] = []) throws -> RuleSet {
        let profile = try profileSource(for: leader, store: storeIfPresent()).flatMap { try? $0.parse(ladder: nil) }
        return try RuleSet.load(try ruleLayers(for: leader, functions: profile?.functions ?? [], extra: extra))
    }

    /// Checks every layer, the `extra` files as the last, and the profile when there
    /// is one: every problem at once, in line order within each file, as an editor lists them.
    public func checkRules(for selection: LeaderSelection, extra: [String]) throws -> RulesCheck {
        var errors: [ConfigError] = []
        var ruleSet: RuleSet?
        do {
            ruleSet = try self.ruleSet(for: selection, extra: extra)
        } catch let failure as ConfigErrors {
            errors += failure.errors
        }
        let profile = try profileSource(for: selection, store: storeIfPresent())
        if let ruleSet, let profile {
            do {
                errors += ruleSet.levelsOffTheLadder(for: try profile.parse(ladder: ruleSet.ladder))
            } catch {
                errors += error.errors
            }
        }
        errors.sort { ($0.file, $0.line ?? 0, $0.column ?? 0) < ($1.file, $1.line ?? 0, $1.column ?? 0) }
        guard errors.isEmpty, let ruleSet else { throw RulesCheckFailure(errors: errors) }
        return RulesCheck(rules: ruleSet.rules.count, insights: ruleSet.insights.count, ladder: ruleSet.ladder.names,
                          profileOrigin: profile?.origin)
    }

    /// Runs every rule's and insight's examples in every layer, the `extra` files as the last.
    public func testRules(for selection: LeaderSelection, extra: [String]) throws -> RulesTestReport {
        let rules = try ruleSet(for: selection, extra: extra)
        let report = ExampleRunner.run(rules)
        let insights = InsightExampleRunner.run(rules)
        return RulesTestReport(examples: report.examples + insights.examples, rules: rules.rules.count, insights: rules.insights.count,
                               failures: report.failures.map(\.description) + insights.failures.map(\.description))
    }

    /// The merged rules, when they hold a rule or insight `id`; else a usage error that
    /// suggests the nearest id (and says when the id is disabled by a layer).
    public func ruleSet(for selection: LeaderSelection, showing id: String) throws -> RuleSet {
        let rules = try ruleSet(for: selection)
        guard rules.rule(id) == nil, rules.insight(id) == nil else { return rules }
        let suggestion = Spelling.suggestion(for: id, among: rules.rules.map(\.id) + rules.insights.map(\.id))
        var message = "there is no rule “\(id)”" + (suggestion.map { "; did you mean “\($0)”?" } ?? "")
        if let origin = rules.disabled[id] { message += "\n  (“\(id)” is disabled by \(origin))" }
        throw Failure(.usage, message)
    }

    /// The guide to the rules format (Rules/README.md, built into the binary).
    public static var rulesGuide: String { RuleLayer.guide }

    /// The commented profile `altitude init` writes.
    public static var profileTemplate: String { ProfileLoader.template }
}

extension Workspace {
    /// What a bare recurrence rule produces from `start` (`altitude rrule`), as
    /// iCalendar values; a rule or value that does not read is a usage error.
    public static func recurrenceOccurrences(rule: String, start: String, after: String?, limit: Int) throws -> [String] {
        do {
            return try RuleExpansion.occurrences(rule: rule, start: start, after: after, limit: limit)
        } catch {
            throw Failure(.usage, error.description)
        }
    }
}
