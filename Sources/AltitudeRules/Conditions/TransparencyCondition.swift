import AltitudeModel
import AltitudeYAML
import Yams

/// `transparency: free`: whether the meeting blocks the calendar.
struct TransparencyCondition: SingleKeyCondition {
    static let key = "transparency"

    static let exampleFields = [
        ExampleField(key: "transparency") { node, meeting, reader in
            meeting.transparency = reader.choice(node, what: "transparency", from: byName) ?? .opaque
        },
    ]

    static let documentation = ConditionDocumentation(holdsWhen: "it is marked `free` or `busy`", written: ["transparency: free"])

    static let examples = [
        ConditionExample(when: "transparency: free", match: ["{title: Hold for travel, transparency: free}"],
                         noMatch: ["{title: Hold for travel}"]),
        ConditionExample(when: "transparency: busy", match: ["{title: Review}"], noMatch: ["{title: Review, transparency: free}"]),
    ]

    /// What rules write: free time is transparent, busy time opaque.
    private static let byName = [(name: "free", value: Transparency.transparent), (name: "busy", value: .opaque)]

    let value: Transparency

    static func parse(_ key: String, _ node: Node, reader: inout NodeReader) -> TransparencyCondition? {
        reader.choice(node, what: "transparency", from: byName).map(TransparencyCondition.init)
    }

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        features.transparent == (value == .transparent)
    }

    var description: String { "transparency \(value == .transparent ? "free" : "busy")" }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        context.features.transparent ? "it is marked free" : "it is marked busy"
    }
}
