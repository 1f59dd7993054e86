/// Week numbers as RFC 5545 defines them for BYWEEKNO (and ISO 8601 with Monday):
/// weeks begin on WKST, and week 1 is the first week with at least four days in the year.
public struct WeekNumbering: Sendable {
    public let weekStart: Weekday

    public init(weekStart: Weekday) {
        self.weekStart = weekStart
    }

    /// ISO 8601: weeks begin on Monday.
    public static let iso = WeekNumbering(weekStart: .monday)

    public struct Week: Sendable {
        public var year: Int
        public var number: Int
        public var weeksInYear: Int
    }

    /// The first day of week 1 of a year.
    public func firstWeekStart(of year: Int) -> Int {
        let january1 = CivilDate.dayNumber(year: year, month: 1, day: 1)
        let intoWeek = (Weekday(dayNumber: january1).rawValue - weekStart.rawValue + 7) % 7
        return intoWeek <= 3 ? january1 - intoWeek : january1 + 7 - intoWeek
    }

    public func week(of day: Int) -> Week {
        let year = CivilDate(dayNumber: day).year
        for candidate in [year + 1, year, year - 1] {
            let first = firstWeekStart(of: candidate)
            if day >= first {
                let weeks = (firstWeekStart(of: candidate + 1) - first) / 7
                return Week(year: candidate, number: (day - first) / 7 + 1, weeksInYear: weeks)
            }
        }
        return Week(year: year - 1, number: 1, weeksInYear: 52)
    }
}
