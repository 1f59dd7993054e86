/// `all-day: true`: an all-day event rather than one with a start and end time.
struct AllDayCondition: FlagCondition {
    static let key = "all-day"

    static let exampleFields = [
        ExampleField(key: "all-day") { node, meeting, reader in meeting.allDay = reader.bool(node, what: "all-day") ?? false },
    ]

    static let documentation = ConditionDocumentation(holdsWhen: "it is an all-day event", written: ["all-day: true"])

    static let examples = [
        ConditionExample(when: "all-day: true", match: ["{title: Company holiday, all-day: true}"], noMatch: ["{title: Company holiday}"]),
    ]

    let wanted: Bool

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        features.allDay == wanted
    }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        context.features.allDay ? "it is an all-day event" : "it has a start and end time"
    }
}
