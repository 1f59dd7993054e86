/// Every kind of condition a rule's `when:` can hold. A new kind is a type
/// conforming to `ConditionKind`, in a file of its own, and a line here.
enum ConditionRegistry {
    /// In the order `rules check` lists their keys and `Rules/README.md` documents them.
    static let kinds: [any ConditionKind.Type] = [
        TextCondition.self,
        AttendeesCondition.self,
        WithCondition.self,
        OnlyWithCondition.self,
        WithoutCondition.self,
        OnlySelfCondition.self,
        OrganizerCondition.self,
        DurationCondition.self,
        RecurringCondition.self,
        SeriesCondition.self,
        WeekdayCondition.self,
        TimeCondition.self,
        OutsideWorkingHoursCondition.self,
        AllDayCondition.self,
        TransparencyCondition.self,
        ResponseCondition.self,
        StatusCondition.self,
    ]

    /// Every key a condition can be written with, in that order.
    static let keys = kinds.flatMap { $0.keys }

    /// The kind each key belongs to. (A key two kinds claim is the first's; a test
    /// holds every key to one kind.)
    private static let kindsByKey = Dictionary(kinds.flatMap { kind in kind.keys.map { ($0, kind) } }, uniquingKeysWith: { first, _ in first })

    static func kind(for key: String) -> (any ConditionKind.Type)? { kindsByKey[key] }

    /// Every key an example meeting can be written with, from the kinds that test what it sets.
    static let exampleFields = kinds.flatMap { $0.exampleFields }
}
