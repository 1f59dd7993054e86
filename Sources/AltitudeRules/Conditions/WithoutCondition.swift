import AltitudeModel

/// `without: external`: nobody from these groups is there.
struct WithoutCondition: GroupCondition {
    static let key = "without"

    static let documentation = ConditionDocumentation(holdsWhen: "nobody from these groups is there", written: ["without: external"])

    static let examples = [
        ConditionExample(when: "without: external",
                         match: ["{title: Planning, with: [directs, peers]}", "{title: Write the spec}"],
                         noMatch: ["{title: Acme sync, with: [directs, external]}"]),
    ]

    let selection: GroupSelection

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        features.groups & selection.mask == 0
    }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        "\(selection.phrase) \(selection.verb) \(holds ? "not " : "")there"
    }
}
