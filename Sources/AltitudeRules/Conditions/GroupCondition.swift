import AltitudeModel
import AltitudeYAML
import Yams

/// `with`, `only-with` and `without`: who is there, by the groups the rule names.
protocol GroupCondition: SingleKeyCondition {
    var selection: GroupSelection { get }
    init(selection: GroupSelection)
}

extension GroupCondition {
    static var needs: FeatureNeeds { .people }

    static func parse(_ key: String, _ node: Node, reader: inout NodeReader) -> Self? {
        reader.groups(node).map { Self(selection: GroupSelection(Set($0))) }
    }

    var description: String { "\(Self.key) \(selection.groups.alternatives)" }
}

/// The groups a condition names (`with: [directs, manager]`), with the bit mask the
/// classifier tests them by.
struct GroupSelection: Sendable {
    let groups: Set<PersonGroup>
    let mask: UInt8

    init(_ groups: Set<PersonGroup>) {
        self.groups = groups
        mask = Classifier.groupMask(groups)
    }

    /// For explanations: "your direct reports or your manager".
    var phrase: String { groups.map(\.phrase).sorted().joined(separator: " or ") }

    /// "is" for your manager alone, "are" for every group of people.
    var verb: String { groups == [.manager] ? "is" : "are" }
}

extension NodeReader {
    /// Group names, one or a list: `directs`, `[manager, peers]`.
    mutating func groups(_ node: Node) -> [PersonGroup]? {
        choices(node, what: "group", from: PersonGroup.byName)
    }
}

extension PersonGroup {
    /// The groups rules name, in the order a hint lists them (the leader is not one).
    public static let byName: [(name: String, value: PersonGroup)] = [
        ("directs", .directs), ("manager", .manager), ("peers", .peers), ("others", .others), ("deeper", .deeper),
        ("elsewhere", .elsewhere), ("external", .external), ("organization", .organization),
    ]

    /// How explanations name the group.
    public var phrase: String {
        switch self {
        case .selfGroup: "you"
        case .directs: "your direct reports"
        case .manager: "your manager"
        case .peers: "your peers"
        case .others: "other colleagues"
        case .deeper: "people two or more levels below you"
        case .elsewhere: "colleagues outside your part of the organisation"
        case .external: "people outside your company"
        case .organization: "people in your company"
        }
    }

    /// The groups whose bits (`Classifier.groupBit`) are set, for explanations:
    /// "your direct reports and other colleagues".
    static func phrase(present bits: UInt8) -> String {
        byName.map(\.value).filter { bits & Classifier.groupBit($0) != 0 }.map(\.phrase).joined(separator: " and ")
    }
}
