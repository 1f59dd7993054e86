import AltitudeModel

/// `only-self: true`: nobody but the leader is there.
struct OnlySelfCondition: FlagCondition {
    static let key = "only-self"
    static let needs: FeatureNeeds = .people

    static let documentation = ConditionDocumentation(holdsWhen: "nobody but the leader is invited (or everyone else declined)", written: ["only-self: true"])

    static let examples = [
        ConditionExample(when: "only-self: true", match: ["{title: Write the spec}"], noMatch: ["{title: Write the spec, with: [directs]}"]),
        ConditionExample(when: "only-self: false", match: ["{title: Review, with: [others]}"], noMatch: ["{title: Focus time}"]),
    ]

    let wanted: Bool

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        (features.groups == 0) == wanted
    }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        let present = context.features.groups
        return present == 0 ? "nobody else is invited" : "others are invited (\(PersonGroup.phrase(present: present)))"
    }
}
