import AltitudeModel
import AltitudeYAML
import Yams

/// `status: cancelled`: the event's own status.
struct StatusCondition: SingleKeyCondition {
    static let key = "status"

    static let exampleFields = [
        ExampleField(key: "status") { node, meeting, reader in
            meeting.status = reader.choice(node, what: "status", from: EventStatus.allCasesByName) ?? .confirmed
        },
    ]

    static let documentation = ConditionDocumentation(holdsWhen: "`confirmed`, `tentative` or `cancelled`", written: ["status: cancelled"])

    static let examples = [
        ConditionExample(when: "status: cancelled", match: ["{title: Sync, status: cancelled}"], noMatch: ["{title: Sync}"]),
    ]

    let statuses: Set<EventStatus>

    static func parse(_ key: String, _ node: Node, reader: inout NodeReader) -> StatusCondition? {
        reader.choices(node, what: "status", from: EventStatus.allCasesByName).map { StatusCondition(statuses: Set($0)) }
    }

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        statuses.contains(features.status)
    }

    var description: String { "status \(statuses.alternatives)" }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        "it is \(context.features.status.rawValue)"
    }
}
