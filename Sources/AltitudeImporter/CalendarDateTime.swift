import AltitudeModel

/// A DATE or DATE-TIME value as the file wrote it: wall-clock fields and how to
/// read them. Turned into instants only once its zone is resolved.
struct CalendarDateTime: Sendable, Hashable {
    enum Zone: Sendable, Hashable {
        /// No zone: read in the calendar's X-WR-TIMEZONE or the user's zone.
        case floating
        case utc
        /// A TZID parameter, as written.
        case named(String)
    }

    /// Wall-clock seconds (midnight for a DATE).
    var wall: Int64
    var isDate: Bool
    var zone: Zone

    var date: CivilDate { WallClock.date(wall) }

    static func date(_ date: CivilDate) -> CalendarDateTime {
        CalendarDateTime(wall: WallClock.seconds(date: date), isDate: true, zone: .floating)
    }
}

/// A DURATION value. Days and weeks are nominal (a day is a calendar day, 23 or
/// 25 hours across a DST change); hours and below are exact (RFC 5545 §3.3.6).
struct NominalDuration: Sendable, Hashable {
    var days: Int
    var seconds: Int64

    static let zero = NominalDuration(days: 0, seconds: 0)

    var isNegative: Bool { days < 0 || seconds < 0 }
}

/// An RDATE entry: a start, or a period with its own end or duration.
enum RecurrenceDate: Sendable, Hashable {
    case start(CalendarDateTime)
    case period(start: CalendarDateTime, end: CalendarDateTime)
    case periodWithDuration(start: CalendarDateTime, duration: NominalDuration)

    var start: CalendarDateTime {
        switch self {
        case .start(let start), .period(let start, _), .periodWithDuration(let start, _): start
        }
    }
}
