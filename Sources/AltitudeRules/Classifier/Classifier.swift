import AltitudeModel
import Foundation

/// The rules compiled for one leader. Each distinct text (title, location, …) is
/// matched against the patterns once; each distinct combination of what the rules
/// look at (a series, or a title-and-attendees signature) is classified once.
///
/// Here: the classifier's state, one meeting classified, and evaluation. A batch
/// spread over the cores is in `Batching.swift`, what is read off a meeting in
/// `Features.swift`, the compiled rules in `Program.swift`.
public struct Classifier: Sendable {
    public let ruleSet: RuleSet
    public let profile: LeaderProfile
    let program: Program
    /// Per field (in `TextField.allCases` order), mutated in place.
    var texts = [TextTable](repeating: TextTable(), count: TextField.allCases.count)
    /// Everyone met so far, by address: their position in `groups`.
    var people: [String: Int32] = [:]
    /// The same, by the identity of the string holding the address (see `StringIdentity`):
    /// the importer shares one string per address, so this is the lookup that
    /// usually answers. Valid only while a batch keeps the strings alive.
    var peopleByIdentity = IdentityTable()
    /// Each person's group bit (see `groupBit`), and the last meeting they were counted in.
    var groups: [UInt8] = []
    var seen: [UInt32] = []
    var stamp: UInt32 = 0
    private var decided: [Features: Int] = [:]
    /// Text IDs by the identity of the string that holds the text, as for people.
    var textsByIdentity = [IdentityTable](repeating: IdentityTable(), count: TextField.allCases.count)

    struct Crowd {
        var groups: UInt8
        var people: Int32
        var organizer: OrganizerKind
    }

    public init(rules: RuleSet, profile: LeaderProfile) {
        ruleSet = rules
        self.profile = profile
        program = Program(rules: rules, profile: profile)
    }

    /// Which rule decides this meeting, and what that makes it for this leader.
    public mutating func classify(_ instance: MeetingInstance) -> Classification {
        decide(features(of: instance))
    }

    /// The first rule that holds for these features, found once per distinct signature.
    private mutating func decide(_ features: Features) -> Classification {
        program.outcome(decision(features))
    }

    /// The first rule that holds for these features and how (`Program.decision`; -1:
    /// none), found once per distinct signature.
    mutating func decision(_ features: Features) -> Int {
        if let decision = decided[features] { return decision }
        let found = program.rules.firstIndex { evaluate($0.condition, features) }.map { decision(rule: $0, features) } ?? -1
        decided[features] = found
        return found
    }

    /// How the rule at `index`, which holds, decided: by the topic, or only by who was there.
    func decision(rule index: Int, _ features: Features) -> Int {
        let rule = program.rules[index]
        return Program.decision(rule: index, byTopic: rule.topics.contains { $0.condition.holds(features, texts: texts) })
    }

    // MARK: - Evaluation

    /// Whether a compiled condition (`Program.rules`) holds: the combinators here,
    /// each kind in its own type.
    func evaluate(_ condition: Condition, _ features: Features) -> Bool {
        switch condition {
        case .all(let parts): parts.allSatisfy { evaluate($0, features) }
        case .any(let parts): parts.contains { evaluate($0, features) }
        case .not(let inner): !evaluate(inner, features)
        case .leaf(let leaf): leaf.condition.holds(features, texts: texts)
        }
    }
}
