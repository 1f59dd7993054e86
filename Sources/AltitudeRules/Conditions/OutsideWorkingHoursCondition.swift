/// `outside-working-hours: true`: any of it falls outside the profile's working hours.
struct OutsideWorkingHoursCondition: FlagCondition {
    static let key = "outside-working-hours"
    static let needs: FeatureNeeds = .time

    static let documentation = ConditionDocumentation(
        holdsWhen: "it starts before, ends after, or falls outside the profile's working days", written: ["outside-working-hours: true"])

    /// The example leader works the standard hours: 09:00–17:30, Monday to Friday.
    static let examples = [
        ConditionExample(when: "outside-working-hours: true",
                         match: [#"{title: Call with Sydney, start: "19:00"}"#, #"{title: Call with Pune, start: "08:30"}"#,
                                 #"{title: Wrap-up, start: "17:00", duration: 1h}"#, "{title: Hackathon demo, weekday: sat}"],
                         noMatch: ["{title: Review}", #"{title: Wrap-up, start: "17:00"}"#]),
    ]

    let wanted: Bool

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        features.outsideHours == wanted
    }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        context.features.outsideHours ? "it is outside your working hours" : "it is within your working hours"
    }
}
