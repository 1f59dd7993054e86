import AltitudeModel
import Foundation

/// The days a calendar has data for, in the leader's zone: the time its sources cover
/// (what an export was made for, else the span of its single events), merged. A week
/// outside them is not an empty week but one nothing is known about — even when a
/// recurring series reaches into it, since a series' occurrences run on before and after
/// the range an export holds; a quiet week inside is a real week with no meetings.
public struct CalendarSpan: Sendable, Hashable {
    /// The first and last days covered.
    public let first: CivilDate
    public let last: CivilDate
    public let firstWeek: ISOWeek
    public let lastWeek: ISOWeek
    /// The covered days, oldest first, with no two touching: more than one when the
    /// sources leave days between them that none covers.
    public let ranges: [ClosedRange<CivilDate>]

    /// Whether any covered day falls in the week.
    public func contains(_ week: ISOWeek) -> Bool {
        ranges.contains { ISOWeek(containing: $0.lowerBound) <= week && week <= ISOWeek(containing: $0.upperBound) }
    }

    /// The span of the sources' coverage; nil when none covers anything.
    public init?(coverage: [DateInterval], zone: ZoneRules) {
        // An interval's end is exclusive: one that ends at midnight ends on the day before.
        let days = coverage.map { interval in
            zone.localDate(of: interval.start)...max(zone.localDate(of: interval.start), zone.localDate(of: interval.end.addingTimeInterval(-1)))
        }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<CivilDate>] = []
        for range in days {
            if let previous = merged.last, range.lowerBound <= previous.upperBound.adding(days: 1) {
                merged[merged.count - 1] = previous.lowerBound...max(previous.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        guard let earliest = merged.first, let latest = merged.last else { return nil }
        ranges = merged
        first = earliest.lowerBound
        last = latest.upperBound
        firstWeek = ISOWeek(containing: first)
        lastWeek = ISOWeek(containing: last)
    }

    /// For a week between two sources' days: the last covered day before it and the first after it.
    public func gap(around week: ISOWeek) -> (before: CivilDate, after: CivilDate)? {
        guard week > firstWeek, week < lastWeek, !contains(week),
              let before = ranges.last(where: { ISOWeek(containing: $0.upperBound) < week }),
              let after = ranges.first(where: { ISOWeek(containing: $0.lowerBound) > week })
        else { return nil }
        return (before.upperBound, after.lowerBound)
    }
}
