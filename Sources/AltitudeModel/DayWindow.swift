import Foundation

/// The days a command looks at, as the user chose them: `from` (nil: the calendar's
/// first day) up to `to` (exclusive; nil: `horizonWeeks` after today). The one
/// definition of the default window, for files and the store alike.
public struct DayWindow: Sendable, Hashable {
    public var from: CivilDate?
    public var to: CivilDate?

    /// How far ahead the default window reaches: far enough to see what is booked.
    public static let horizonWeeks = 26

    public init(from: CivilDate? = nil, to: CivilDate? = nil) {
        self.from = from
        self.to = to
    }

    /// The window in instants, in `zone`: from `from` (or the day of `firstStart`)
    /// to `to` (or the horizon), never starting after it ends.
    public func interval(firstStart: Date?, zone: ZoneRules, now: Date, horizonWeeks: Int = DayWindow.horizonWeeks) -> DateInterval {
        let today = zone.localDate(of: now)
        let end = zone.startOfDay(to ?? max(today, from ?? today).adding(days: 7 * horizonWeeks))
        let start = from.map { zone.startOfDay($0) } ?? firstStart.map { zone.startOfDay(zone.localDate(of: $0)) } ?? end
        return DateInterval(start: min(start, end), end: end)
    }
}
