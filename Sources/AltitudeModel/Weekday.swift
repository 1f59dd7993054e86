/// A day of the week, numbered Monday = 0 … Sunday = 6 (ISO 8601 order).
public enum Weekday: Int, CaseIterable, Sendable, Codable, Comparable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The weekday of a day number (days since 1970-01-01, a Thursday).
    public init(dayNumber: Int) {
        let index = (dayNumber + 3) % 7
        self = Weekday(rawValue: index < 0 ? index + 7 : index)!
    }

    /// The short English name a profile uses (`mon` … `sun`).
    public var shortName: String {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue]
    }

    public init?(shortName: String) {
        guard let index = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].firstIndex(of: shortName.lowercased()) else {
            return nil
        }
        self = Weekday(rawValue: index)!
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
