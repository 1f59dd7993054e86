import AltitudeModel

/// One classification rule: when a meeting matches `when`, it is work at `level`
/// (or excluded), for the reason `description` gives. First match wins.
public struct Rule: Sendable {
    public enum Outcome: Sendable, Hashable {
        case level(LevelSpec)
        case exclude
    }

    /// Where a rule was written.
    public struct Origin: Sendable, Hashable, CustomStringConvertible {
        /// `shipped`, `user`, `client NAME`, or `--rules`.
        public var layer: String
        public var file: String
        public var line: Int

        public var description: String { "\(file):\(line) (\(layer))" }
    }

    public var id: String
    /// Why meetings like these are work at this level, written for a coach.
    public var description: String
    public var when: Condition
    public var outcome: Outcome
    public var category: String?
    /// `evidence: topic` on a rule whose structure itself says what the meeting is (a
    /// 1:1 with a direct report is about that person); nil: read off the condition.
    public var declaredEvidence: Evidence?
    /// Meetings the rule must match, and meetings it must not: documentation and tests.
    public var matchExamples: [ExampleMeeting]
    public var noMatchExamples: [ExampleMeeting]
    public var origin: Origin

    /// The file `altitude label` writes a leader's labels to, in their (or their client's) rules directory.
    public static let labelsFile = "labels.yaml"

    /// A label the leader or their coach gave (`altitude label`), not a rule someone wrote.
    public var isLabel: Bool { origin.file == Self.labelsFile || origin.file.hasSuffix("/" + Self.labelsFile) }
}

/// What a rule tests. Keys in one mapping must all hold; `any`, `all` and `not`
/// combine them.
public indirect enum Condition: Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    /// One key of a `when:` mapping.
    case leaf(Leaf)

    /// A condition of one of the kinds `ConditionRegistry` lists (kept inside this
    /// module, with everything a kind knows). A class: the classifier reaches a leaf
    /// on every evaluation, and a reference is cheaper to pass on than an existential.
    public final class Leaf: Sendable {
        let condition: any ConditionKind

        init(condition: any ConditionKind) {
            self.condition = condition
        }
    }
}
