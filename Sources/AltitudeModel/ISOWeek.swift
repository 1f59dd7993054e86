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
        let first = WeekNumbering.iso.firstWeekStart(of: year)
        guard number <= WeekNumbering.iso.week(of: first).weeksInYear else { return nil }  // 52 or 53
        self.init(mondayDayNumber: first + 7 * (number - 1))
    }

    public var monday: CivilDate { CivilDate(dayNumber: mondayDayNumber) }
    public var sunday: CivilDate { CivilDate(dayNumber: mondayDayNumber + 6) }

    public func adding(weeks: Int) -> ISOWeek { ISOWeek(mondayDayNumber: mondayDayNumber + 7 * weeks) }

    /// Whole weeks from `other` to this week.
    public func weeks(since other: ISOWeek) -> Int { (mondayDayNumber - other.mondayDayNumber) / 7 }

    /// `2026-W10`: the year its Thursday falls in, and the week's number in that year.
    public var description: String {
        let week = WeekNumbering.iso.week(of: mondayDayNumber)
        return "\(CivilDate.pad(week.year, 4))-W\(CivilDate.pad(week.number, 2))"
    }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { lhs.mondayDayNumber < rhs.mondayDayNumber }
}
