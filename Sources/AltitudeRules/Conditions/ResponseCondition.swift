import AltitudeModel
import AltitudeYAML
import Yams

/// `response: declined`: the leader's own answer to the invitation.
struct ResponseCondition: SingleKeyCondition {
    static let key = "response"

    static let exampleFields = [
        ExampleField(key: "response") { node, meeting, reader in
            meeting.response = reader.choice(node, what: "response", from: OwnerResponse.allCasesByName)
        },
    ]

    static let documentation = ConditionDocumentation(
        holdsWhen: "the leader's answer: `organizer`, `accepted`, `declined`, `tentative`, `needs-action`, `delegated`, `unknown`",
        written: ["response: declined"])

    static let examples = [
        ConditionExample(when: "response: declined",
                         match: ["{title: Vendor pitch, with: [external], organizer: external, response: declined}"],
                         noMatch: ["{title: Vendor pitch, with: [external], organizer: external}"]),
        // A meeting the leader organised answers `organizer`.
        ConditionExample(when: "response: [tentative, needs-action]",
                         match: ["{title: Offsite, with: [peers], organizer: in-org, response: needs-action}"],
                         noMatch: ["{title: Offsite, with: [peers]}"]),
    ]

    let answers: Set<OwnerResponse>

    static func parse(_ key: String, _ node: Node, reader: inout NodeReader) -> ResponseCondition? {
        reader.choices(node, what: "response", from: OwnerResponse.allCasesByName).map { ResponseCondition(answers: Set($0)) }
    }

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        answers.contains(features.response)
    }

    var description: String { "response \(answers.alternatives)" }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        switch context.features.response {
        case .organizer: "you organised it"
        case .accepted: "you accepted it"
        case .declined: "you declined it"
        case .tentative: "you said maybe"
        case .needsAction: "you have not answered"
        case .delegated: "you delegated it"
        case .unknown: "your answer is not known"
        }
    }
}
