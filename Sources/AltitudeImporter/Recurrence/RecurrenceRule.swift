import AltitudeModel

/// An RRULE (RFC 5545 §3.3.10) as plain values. libical reads the text; the
/// expansion is ours (`RecurrenceExpander`), because libical 3.0.16's iterator
/// is wrong for BYSETPOS, BYWEEKNO, negative BYxxx and sub-daily rules.
struct RecurrenceRule: Sendable, Hashable {
    /// Ordered from the finest to the coarsest period; an instance carries its series' own.
    typealias Frequency = RecurrenceFrequency

    /// A BYDAY entry: a weekday, optionally the nth (or nth-from-last) in its month or year.
    struct WeekdayNumber: Sendable, Hashable {
        /// 0 means every such weekday; 1 the first, -1 the last.
        var ordinal: Int
        var weekday: Weekday
    }

    var frequency: Frequency
    var interval = 1
    var count: Int?
    var until: CalendarDateTime?
    var bySecond: [Int] = []
    var byMinute: [Int] = []
    var byHour: [Int] = []
    var byDay: [WeekdayNumber] = []
    var byMonthDay: [Int] = []
    var byYearDay: [Int] = []
    var byWeekNo: [Int] = []
    var byMonth: [Int] = []
    var bySetPos: [Int] = []
    var weekStart: Weekday = .monday

    /// Whether the rule can run forever.
    var isUnbounded: Bool { count == nil && until == nil }
}

extension RecurrenceFrequency {
    /// The period length in seconds, for the fixed-length frequencies.
    var fixedSeconds: Int64? {
        switch self {
        case .secondly: 1
        case .minutely: 60
        case .hourly: 3600
        case .daily: 86_400
        case .weekly: 604_800
        case .monthly, .yearly: nil
        }
    }
}
