import AltitudeModel

/// The days a calendar holds instances on, in the leader's zone: from the day its
/// first instance starts to the day its last one ends. Every instance counts —
/// cancelled, declined, excluded or all-day — since each shows the export covers
/// those days. A week outside it is not an empty week but one nothing is known about;
/// a quiet week inside it is a real week with no meetings.
public struct CalendarSpan: Sendable, Hashable {
    public let first: CivilDate
    public let last: CivilDate
    public let firstWeek: ISOWeek
    public let lastWeek: ISOWeek

    public func contains(_ week: ISOWeek) -> Bool { week >= firstWeek && week <= lastWeek }

    /// The span of `instances` (in start order, as every stage hands them on); nil when there are none.
    public init?(_ instances: [MeetingInstance], zone: ZoneRules) {
        guard let earliest = instances.first else { return nil }
        // Indices, not elements: the scan reads one date of each instance without copying it.
        var latestIndex = 0
        for index in instances.indices where instances[index].end > instances[latestIndex].end { latestIndex = index }
        let latest = instances[latestIndex]
        first = earliest.allDay?.start ?? zone.localDate(of: earliest.start)
        // Ends are exclusive: a meeting that ends at midnight, or an all-day entry, ends on the day before.
        let lastDay = latest.allDay.map { $0.end.adding(days: -1) }
            ?? zone.localDate(of: max(latest.start, latest.end.addingTimeInterval(-1)))
        last = max(first, lastDay)
        firstWeek = ISOWeek(containing: first)
        lastWeek = ISOWeek(containing: last)
    }
}
