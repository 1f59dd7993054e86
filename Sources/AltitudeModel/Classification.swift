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

/// What the rules decided about one meeting, and which rule decided it.
public struct Classification: Sendable, Hashable, Codable {
    public var relation: Relation
    /// The level on the ladder, when a level rule matched.
    public var level: String?
    public var category: String?
    /// The id of the rule that matched; nil when none did.
    public var rule: String?

    public init(relation: Relation, level: String? = nil, category: String? = nil, rule: String? = nil) {
        self.relation = relation
        self.level = level
        self.category = category
        self.rule = rule
    }

    public static let unclassified = Classification(relation: .unclassified)
}
