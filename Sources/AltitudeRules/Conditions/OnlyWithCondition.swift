import AltitudeModel

/// `only-with: directs`: everyone there but the leader is from these groups (and
/// someone is there).
struct OnlyWithCondition: GroupCondition {
    static let key = "only-with"

    static let documentation = ConditionDocumentation(holdsWhen: "everyone there but the leader is from these groups",
                                                      written: ["only-with: directs"])

    static let examples = [
        ConditionExample(when: "only-with: directs",
                         match: ["{title: Staff, with: [directs], attendees: 7}"],
                         noMatch: ["{title: Staff, with: [directs, others]}", "{title: Write the spec}"]),
        ConditionExample(when: "only-with: [manager, peers]",
                         match: ["{title: Exec staff, with: [manager, peers]}", "{title: Peer sync, with: [peers]}"],
                         noMatch: ["{title: Exec staff, with: [manager, peers, external]}"]),
    ]

    let selection: GroupSelection

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        features.groups != 0 && features.groups & ~selection.mask == 0
    }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        let present = context.features.groups
        if present == 0 { return "nobody else is there (the rule wants only \(selection.phrase))" }
        if holds { return "everyone else there is \(selection.phrase)" }
        let verb = present == Classifier.groupBit(.manager) ? "is" : "are"
        return "\(PersonGroup.phrase(present: present)) \(verb) there, not only \(selection.phrase)"
    }
}
