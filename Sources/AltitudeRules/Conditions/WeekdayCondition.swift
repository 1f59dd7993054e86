import AltitudeModel
import AltitudeYAML
import Yams

/// `weekday: [mon, fri]`: the day it is on, in the leader's zone.
struct WeekdayCondition: SingleKeyCondition {
    static let key = "weekday"
    static let needs: FeatureNeeds = .time

    static let exampleFields = [
        ExampleField(key: "weekday") { node, meeting, reader in
            meeting.weekday = reader.choice(node, what: "weekday", from: byName) ?? .tuesday
        },
    ]

    static let documentation = ConditionDocumentation(holdsWhen: "it is on one of these days", written: ["weekday: [mon, fri]"])

    static let examples = [
        ConditionExample(when: "weekday: [mon, fri]",
                         match: ["{title: Review, weekday: fri}", "{title: Review, weekday: mon}"], noMatch: ["{title: Review}"]),
    ]

    private static let byName = Weekday.allCases.map { (name: $0.shortName, value: $0) }

    let days: Set<Weekday>

    static func parse(_ key: String, _ node: Node, reader: inout NodeReader) -> WeekdayCondition? {
        reader.choices(node, what: "weekday", from: byName).map { WeekdayCondition(days: Set($0)) }
    }

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        days.contains(features.weekday)
    }

    /// The days in week order.
    private var names: [String] { Weekday.allCases.filter { days.contains($0) }.map(\.shortName) }

    var description: String { "weekday " + names.joined(separator: ",") }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        "it is on a \(context.features.weekday.shortName) (the rule wants \(names.joined(separator: ", ")))"
    }
}
