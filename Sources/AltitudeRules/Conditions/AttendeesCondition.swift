import AltitudeYAML
import Yams

/// `attendees: {min: 3, max: 12}`: how many people are there, the leader included.
struct AttendeesCondition: SingleKeyCondition {
    static let key = "attendees"
    static let needs: FeatureNeeds = .people

    static let exampleFields = [
        ExampleField(key: "attendees") { node, meeting, reader in
            meeting.attendees = reader.integer(node, what: "attendees", in: 1...10_000)
        },
    ]

    static let documentation = ConditionDocumentation(
        holdsWhen: "the number of people there (the leader included; rooms, resources and those who declined not) is in range",
        written: ["attendees: 2", "attendees: {min: 3, max: 12}"])

    static let examples = [
        ConditionExample(when: "attendees: {min: 3, max: 12}",
                         match: ["{title: Team sync, with: [directs], attendees: 5}"],
                         noMatch: ["{title: Ana / Leader, with: [directs]}", "{title: Town hall, with: [others], attendees: 40}"]),
        ConditionExample(when: "attendees: 2",
                         match: ["{title: Catch-up, with: [others]}"], noMatch: ["{title: Catch-up, with: [others], attendees: 3}"]),
    ]

    let people: Bounds

    static func parse(_ key: String, _ node: Node, reader: inout NodeReader) -> AttendeesCondition? {
        reader.bounds(node, key: key) { $0.integer($1, what: "attendees", in: 0...10_000) }.map(AttendeesCondition.init)
    }

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        people.contains(Int(features.people))
    }

    var description: String { "attendees \(people.text)" }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        let count = context.features.people
        return "\(count) \(count == 1 ? "person is" : "people are") on it (the rule wants \(people.phrase(unit: "")))"
    }
}
