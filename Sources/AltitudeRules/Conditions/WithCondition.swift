import AltitudeModel

/// `with: [directs, manager]`: someone from at least one of the groups is there.
struct WithCondition: GroupCondition {
    static let key = "with"

    static let exampleFields = [
        ExampleField(key: "with") { node, meeting, reader in meeting.with = reader.groups(node) ?? [] },
    ]

    static let documentation = ConditionDocumentation(holdsWhen: "someone from any of these groups is there",
                                                      written: ["with: [directs, manager]"])

    static let examples = [
        ConditionExample(when: "with: [directs, manager]",
                         match: ["{title: Planning, with: [manager, others]}", "{title: Ana / Leader, with: [directs]}"],
                         noMatch: ["{title: Planning, with: [peers, others]}", "{title: Write the spec}"]),
    ]

    let selection: GroupSelection

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        features.groups & selection.mask != 0
    }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        "\(selection.phrase) \(selection.verb) \(holds ? "" : "not ")there"
    }
}
