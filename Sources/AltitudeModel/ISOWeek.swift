/// An ISO 8601 week: Monday to Sunday, numbered within the year its Thursday falls in
/// (so 2026-12-31 is in 2026-W53 and 2027-01-04 starts 2027-W01). Where a week
/// begins and ends as instants depends on a time zone; the week itself does not.
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The week's Monday, as a day number (days since 1970-01-01).
    public let mondayDayNumber: Int

    public init(containing date: CivilDate) {
        mondayDayNumber = date.dayNumber - date.weekday.rawValue
    }

    private init(mondayDayNumber: Int) {
        self.mondayDayNumber = mondayDayNumber
    }

    /// `2026-W10` (also `2026W10`), or nil when the year has no such week.
    public init?(iso text: String) {
        let parts = text.uppercased().replacingOccurrences(of: "-", with: "").split(separator: "W", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
              let year = Int(parts[0]), let number = Int(parts[1]), number >= 1 else { return nil }
        let first = ISOWeek.firstWeek(of: year)
        guard number <= ISOWeek.firstWeek(of: year + 1).weeks(since: first) else { return nil }  // 52 or 53
        self = first.adding(weeks: number - 1)
    }

    /// The week holding January 4th, which ISO 8601 makes week 1.
    static func firstWeek(of year: Int) -> ISOWeek {
        ISOWeek(containing: CivilDate(year: year, month: 1, day: 4)!)
    }

    public var monday: CivilDate { CivilDate(dayNumber: mondayDayNumber) }
    public var sunday: CivilDate { CivilDate(dayNumber: mondayDayNumber + 6) }

    /// The year the week is numbered in: its Thursday's.
    public var year: Int { CivilDate(dayNumber: mondayDayNumber + 3).year }

    public var number: Int { (CivilDate(dayNumber: mondayDayNumber + 3).dayOfYear - 1) / 7 + 1 }

    public func adding(weeks: Int) -> ISOWeek { ISOWeek(mondayDayNumber: mondayDayNumber + 7 * weeks) }

    /// Whole weeks from `other` to this week.
    public func weeks(since other: ISOWeek) -> Int { (mondayDayNumber - other.mondayDayNumber) / 7 }

    public var description: String { "\(CivilDate.pad(year, 4))-W\(CivilDate.pad(number, 2))" }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { lhs.mondayDayNumber < rhs.mondayDayNumber }
}
