/// `recurring: true`: the meeting is one of a series.
struct RecurringCondition: FlagCondition {
    static let key = "recurring"

    static let exampleFields = [
        ExampleField(key: "recurring") { node, meeting, reader in meeting.recurring = reader.bool(node, what: "recurring") ?? false },
    ]

    static let documentation = ConditionDocumentation(holdsWhen: "it repeats (or not)", written: ["recurring: true"])

    static let examples = [
        ConditionExample(when: "recurring: true", match: ["{title: Weekly sync, recurring: true}"], noMatch: ["{title: Weekly sync}"]),
        ConditionExample(when: "recurring: false", match: ["{title: Kickoff}"], noMatch: ["{title: Kickoff, recurring: true}"]),
    ]

    let wanted: Bool

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        features.recurring == wanted
    }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        context.features.recurring ? "it repeats" : "it is a one-off"
    }
}
