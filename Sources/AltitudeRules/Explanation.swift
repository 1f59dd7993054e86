import AltitudeModel
import Foundation

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
        let features = features(of: instance)
        var steps: [Explanation.Step] = []
        for (index, rule) in ruleSet.rules.enumerated() {
            let compiled = program.rules[index].condition
            let (holds, reason) = describe(rule.when, compiled, features, instance, detailed: detailed)
            steps.append(.init(rule: rule, matched: holds, reason: reason))
            if holds { return Explanation(steps: steps, classification: program.outcome(index)) }
        }
        return Explanation(steps: steps, classification: .unclassified)
    }

    /// Whether one rule's condition holds for a meeting, and why: what examples check.
    public mutating func check(_ rule: Rule, against instance: MeetingInstance) -> (holds: Bool, reason: String) {
        guard let index = ruleSet.rules.firstIndex(where: { $0.id == rule.id }) else { return (false, "the rule is not in this set") }
        let features = features(of: instance)
        return describe(rule.when, program.rules[index].condition, features, instance, detailed: true)
    }

    /// Whether a condition holds (decided by `evaluate`), and why, in words.
    private func describe(_ source: Condition, _ compiled: CompiledCondition, _ features: Features,
                          _ instance: MeetingInstance, detailed: Bool) -> (Bool, String) {
        let holds = evaluate(compiled, features)
        switch (source, compiled) {
        case (.all(let parts), .all(let compiledParts)):
            let described = zip(parts, compiledParts).map { describe($0, $1, features, instance, detailed: detailed) }
            if let failed = described.first(where: { !$0.0 }) { return (false, failed.1) }
            return (true, described.map(\.1).joined(separator: "; "))
        case (.any(let parts), .any(let compiledParts)):
            let described = zip(parts, compiledParts).map { describe($0, $1, features, instance, detailed: detailed) }
            if let held = described.first(where: { $0.0 }) { return (true, held.1) }
            return (false, "none of these holds: " + described.map(\.1).joined(separator: "; "))
        case (.not(let inner), .not(let compiledInner)):
            let (innerHolds, reason) = describe(inner, compiledInner, features, instance, detailed: detailed)
            return (!innerHolds, innerHolds ? "it should not be so, but \(reason)" : reason)
        case (.text(let field, let patterns), .text(_, let indices)):
            let value = field == .categories ? instance.categories.joined(separator: ", ") : textValue(field, instance)
            let shown = value.isEmpty ? "empty" : "“\(value.prefix(80))”"
            if holds {
                let row = texts[field.slot].matches[Int(features[field])]
                let matched = zip(patterns, indices).filter { row[$0.1] }.map { "“\($0.0.source)”" }
                return (true, "the \(field.noun) \(shown) matches \(matched.joined(separator: " and "))")
            }
            let list = detailed ? ": " + patterns.map { "“\($0.source)”" }.joined(separator: ", ") : ""
            let count = patterns.count == 1 ? "does not match its pattern" : "matches none of its \(patterns.count) patterns"
            return (false, "the \(field.noun) \(shown) \(count)\(list)")
        default:
            return (holds, sentence(source, holds: holds, features: features, instance: instance))
        }
    }

    /// One condition in plain words, true or false as it is for this meeting.
    private func sentence(_ condition: Condition, holds: Bool, features: Features, instance: MeetingInstance) -> String {
        switch condition {
        case .attendees(let low, let high):
            return "\(features.people) \(features.people == 1 ? "person is" : "people are") on it (the rule wants \(range(low, high, unit: "")))"
        case .with(let groups):
            return holds ? "\(names(groups)) \(verb(groups)) there" : "\(names(groups)) \(verb(groups)) not there"
        case .onlyWith(let groups):
            if features.groups == 0 { return "nobody else is there (the rule wants only \(names(groups)))" }
            return holds ? "everyone else there is \(names(groups))" : "\(present(features.groups)) \(features.groups.nonzeroBitCount == 1 && features.groups == Self.groupBit(.manager) ? "is" : "are") there, not only \(names(groups))"
        case .without(let groups):
            return holds ? "\(names(groups)) \(verb(groups)) not there" : "\(names(groups)) \(verb(groups)) there"
        case .onlySelf:
            let alone = features.groups == 0
            return alone ? "nobody else is invited" : "others are invited (\(present(features.groups)))"
        case .organizer:
            let who = switch features.organizer {
            case .selfOrganized: "you"
            case .inOrganization: "someone in your company"
            case .external: "someone outside your company"
            }
            return "it was organised by \(who)"
        case .duration(let low, let high):
            return "it lasts \(minutes(Int(features.seconds))) (the rule wants \(range(low.map { $0 / 60 }, high.map { $0 / 60 }, unit: " min")))"
        case .recurring:
            return features.recurring ? "it repeats" : "it is a one-off"
        case .weekday(let days):
            let wanted = Weekday.allCases.filter { days.contains($0) }.map(\.shortName).joined(separator: ", ")
            return "it is on a \(features.weekday.shortName) (the rule wants \(wanted))"
        case .startTime(let from, let to):
            return "it starts at \(clock(Int(features.startMinute))) (the rule wants \(clock(from))–\(clock(to)))"
        case .outsideWorkingHours:
            return features.outsideHours ? "it is outside your working hours" : "it is within your working hours"
        case .allDay:
            return features.allDay ? "it is an all-day event" : "it has a start and end time"
        case .transparency:
            return features.transparent ? "it is marked free" : "it is marked busy"
        case .response:
            let answer = switch features.response {
            case .organizer: "you organised it"
            case .accepted: "you accepted it"
            case .declined: "you declined it"
            case .tentative: "you said maybe"
            case .needsAction: "you have not answered"
            case .delegated: "you delegated it"
            case .unknown: "your answer is not known"
            }
            return answer
        case .status:
            return "it is \(features.status.rawValue)"
        case .all, .any, .not, .text:
            return holds ? "it holds" : "it does not hold"  // described where their parts are
        }
    }

    private func textValue(_ field: TextField, _ instance: MeetingInstance) -> String {
        switch field {
        case .title: instance.title
        case .description: instance.description.replacingOccurrences(of: "\n", with: " ")
        case .location: instance.location
        case .calendar: instance.calendarName ?? ""
        case .categories: instance.categories.joined(separator: ", ")
        }
    }

    /// "is" for your manager alone, "are" for every group of people.
    private func verb(_ groups: Set<PersonGroup>) -> String {
        groups == [.manager] ? "is" : "are"
    }

    private func names(_ groups: Set<PersonGroup>) -> String {
        groups.map(\.phrase).sorted().joined(separator: " or ")
    }

    private func present(_ bits: UInt8) -> String {
        let groups: [PersonGroup] = [.directs, .manager, .peers, .others, .external]
        return groups.filter { bits & Self.groupBit($0) != 0 }.map(\.phrase).joined(separator: " and ")
    }

    private func range(_ low: Int?, _ high: Int?, unit: String) -> String {
        switch (low, high) {
        case let (low?, high?) where low == high: "\(low)\(unit)"
        case let (low?, high?): "\(low)–\(high)\(unit)"
        case let (low?, nil): "at least \(low)\(unit)"
        case let (nil, high?): "at most \(high)\(unit)"
        default: "any"
        }
    }

    private func minutes(_ seconds: Int) -> String {
        seconds % 3600 == 0 && seconds > 0 ? "\(seconds / 3600) h" : "\(seconds / 60) min"
    }

    private func clock(_ minute: Int) -> String {
        String(format: "%02d:%02d", minute / 60, minute % 60)
    }
}

extension TextField {
    var noun: String {
        switch self {
        case .title: "title"
        case .description: "description"
        case .location: "location"
        case .calendar: "calendar name"
        case .categories: "categories"
        }
    }
}

extension PersonGroup {
    /// How explanations name the group.
    var phrase: String {
        switch self {
        case .selfGroup: "you"
        case .directs: "your direct reports"
        case .manager: "your manager"
        case .peers: "your peers"
        case .others: "other colleagues"
        case .external: "people outside your company"
        case .organization: "people in your company"
        }
    }
}
