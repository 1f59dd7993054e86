import AltitudeModel
import AltitudeYAML
import Yams

/// `organizer: external`: who organised the meeting, relative to the leader.
struct OrganizerCondition: SingleKeyCondition {
    static let key = "organizer"
    static let needs: FeatureNeeds = .people

    static let exampleFields = [
        ExampleField(key: "organizer") { node, meeting, reader in
            meeting.organizer = reader.choice(node, what: "organizer", from: OrganizerKind.allCasesByName)
        },
    ]

    static let documentation = ConditionDocumentation(holdsWhen: "`self`, `in-org` or `external` organised it",
                                                      written: ["organizer: external"])

    static let examples = [
        ConditionExample(when: "organizer: external",
                         match: ["{title: Acme demo, with: [external], organizer: external}"],
                         noMatch: ["{title: Acme demo, with: [external]}", "{title: Acme demo, with: [others], organizer: in-org}"]),
        ConditionExample(when: "organizer: [self, in-org]",
                         match: ["{title: Planning, with: [others]}", "{title: Planning, with: [others], organizer: in-org}"],
                         noMatch: ["{title: Planning, with: [external], organizer: external}"]),
    ]

    let kinds: Set<OrganizerKind>

    static func parse(_ key: String, _ node: Node, reader: inout NodeReader) -> OrganizerCondition? {
        reader.choices(node, what: "organizer", from: OrganizerKind.allCasesByName).map { OrganizerCondition(kinds: Set($0)) }
    }

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        kinds.contains(features.organizer)
    }

    var description: String { "organizer \(kinds.alternatives)" }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        let who = switch context.features.organizer {
        case .selfOrganized: "you"
        case .inOrganization: "someone in your company"
        case .external: "someone outside your company"
        }
        return "it was organised by \(who)"
    }
}

/// Who organised a meeting, relative to the leader.
public enum OrganizerKind: String, Sendable, CaseIterable, Hashable {
    case selfOrganized = "self"
    case inOrganization = "in-org"
    case external
}
