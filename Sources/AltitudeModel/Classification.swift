/// Where a meeting sits relative to the leader's altitude.
public enum Relation: String, Sendable, Hashable, Codable, CaseIterable {
    /// Work at a lower level than the leader's own.
    case below
    case at
    case above
    /// Not counted: personal, out of office, travel, declined, cancelled, all-day, free.
    case excluded
    /// No rule matched: always shown, so the user knows which rules to write.
    case unclassified
}

/// How a meeting's level was decided: how far a coach can trust it.
public enum Evidence: String, Sendable, Hashable, Codable, CaseIterable {
    /// A rule recognised what the meeting is about: its title or other text.
    case topic
    /// Only who was there (and how long, and when): no text a rule recognised.
    case structure
    /// The leader's or coach's own label (`altitude label`).
    case label
}

/// What the rules decided about one meeting, and which rule decided it.
public struct Classification: Sendable, Hashable, Codable {
    public var relation: Relation
    /// The level on the ladder, when a level rule matched.
    public var level: String?
    public var category: String?
    /// The id of the rule that matched; nil when none did.
    public var rule: String?
    /// How the level was decided; nil for excluded and unclassified meetings.
    public var evidence: Evidence?

    public init(relation: Relation, level: String? = nil, category: String? = nil, rule: String? = nil, evidence: Evidence? = nil) {
        self.relation = relation
        self.level = level
        self.category = category
        self.rule = rule
        self.evidence = evidence
    }

    public static let unclassified = Classification(relation: .unclassified)
}
