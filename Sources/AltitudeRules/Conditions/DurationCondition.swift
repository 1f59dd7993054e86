import AltitudeYAML
import Yams

/// `duration: {min: 15m, max: 1h30m}`: how long the meeting is.
struct DurationCondition: SingleKeyCondition {
    static let key = "duration"

    static let exampleFields = [
        ExampleField(key: "duration") { node, meeting, reader in
            meeting.duration = reader.duration(node, what: "duration") ?? meeting.duration
        },
    ]

    static let documentation = ConditionDocumentation(holdsWhen: "its length is in range", written: ["duration: {min: 15m, max: 1h30m}"])

    static let examples = [
        ConditionExample(when: "duration: {min: 15m, max: 1h30m}",
                         match: ["{title: Review, duration: 1h}", "{title: Review, duration: 15m}"],
                         noMatch: ["{title: Offsite, duration: 3h}", "{title: Check-in, duration: 10m}"]),
        ConditionExample(when: "duration: 45m", match: ["{title: Review, duration: 45m}"], noMatch: ["{title: Review}"]),
    ]

    /// In seconds.
    let seconds: Bounds

    static func parse(_ key: String, _ node: Node, reader: inout NodeReader) -> DurationCondition? {
        reader.bounds(node, key: key) { $0.duration($1, what: "duration") }.map(DurationCondition.init)
    }

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        seconds.contains(Int(features.seconds))
    }

    var description: String { "duration \(seconds.divided(by: 60).text) min" }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        let lasts = Int(context.features.seconds)
        let length = lasts % 3600 == 0 && lasts > 0 ? "\(lasts / 3600) h" : "\(lasts / 60) min"
        return "it lasts \(length) (the rule wants \(seconds.divided(by: 60).phrase(unit: " min")))"
    }
}
