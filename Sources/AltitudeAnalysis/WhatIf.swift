import AltitudeModel
import Foundation

/// What a change to the calendar would have done: the last four weeks and the
/// week after them, measured as they were and as they would have been had the
/// leader stopped attending some series, handed them off, or kept a category
/// under a limit. The weeks before them change too, so the 4-week means are
/// those of a calendar that changed in the past, not only this month.
public struct WhatIf: Sendable, Hashable {
    public enum Change: Sendable, Hashable {
        /// The leader no longer at the series' meetings.
        case stop(SeriesMatch)
        /// Someone else at the series' meetings instead of the leader: for the leader's week, the same as stopping.
        case handOff(SeriesMatch)
        /// At most `seconds` a week of it: the leader's meetings beyond that dropped, below-altitude ones and the latest first.
        case limit(LimitSubject, seconds: Int)

        /// The series it takes away, if it is about one.
        public var series: SeriesMatch? {
            switch self {
            case .stop(let series), .handOff(let series): series
            case .limit: nil
            }
        }
    }

    /// A week's headline figures.
    public struct Figures: Sendable, Hashable {
        public var belowShare: Double?
        public var rollingBelowShare: Double?
        public var belowHours: Double
        public var meetingHours: Double
    }

    public struct Week: Sendable, Hashable {
        public var week: ISOWeek
        /// Outside the calendar's span: no figures, before or after.
        public var outsideData: Bool
        /// After the reported week: what is booked, not what happened.
        public var booked: Bool
        public var before: Figures
        public var after: Figures
    }

    public var leaderName: String
    public var target: Double?
    public var changes: [Change]
    /// The category the rules give each change's meetings (nil for a limit, or none): what names a series when redacted.
    public var categories: [String?]
    /// The four weeks ending with the reported one, then the week after it.
    public var weeks: [Week]
    /// The leader's meetings the changes take away in those weeks, and their hours.
    public var meetingsRemoved: Int
    public var hoursRemoved: Double

    /// How many weeks up to the reported one the table shows.
    public static let weeksShown = 4

    /// The reported week (the last that happened).
    public var reported: Week { weeks[weeks.count - 2] }

    /// Measures the four weeks ending with `week` and the one after it, with and without `changes`.
    public static func measure(_ changes: [Change], instances: [MeetingInstance], classifications: [Classification],
                               span: CalendarSpan?, profile: LeaderProfile, week: ISOWeek) -> WhatIf {
        let first = week.adding(weeks: 1 - weeksShown)
        let next = week.adding(weeks: 1)
        // Three weeks more in front: each shown week's 4-week mean needs the three before it.
        let analysisStart = first.adding(weeks: 1 - Trend.rollingWeeks)
        let changed = apply(changes, to: instances, classifications: classifications, profile: profile, from: analysisStart, through: next)
        let analyzer = WeeklyAnalyzer(profile: profile)
        let before = analyzer.measure(instances, classifications: classifications, from: analysisStart, through: next)
        let after = analyzer.measure(changed.instances, classifications: classifications, from: analysisStart, through: next)
        func figures(_ weeks: [WeekMetrics]) -> [Figures] {
            zip(weeks, Trend.rollingMeans(weeks)).map { metrics, mean in
                let known = span?.contains(metrics.week) == true
                return Figures(belowShare: known ? metrics.belowShare : nil, rollingBelowShare: known ? mean : nil,
                               belowHours: metrics.belowHours, meetingHours: metrics.meetingHours)
            }
        }
        let shown = (Trend.rollingWeeks - 1)..<before.count
        let was = figures(before)
        let would = figures(after)
        var removed = 0
        var removedSeconds = 0
        for week in shown {
            removed += changed.removed[week]
            removedSeconds += before[week].meetingSeconds - after[week].meetingSeconds
        }
        let categories = changes.map { change -> String? in
            guard let series = change.series, let index = instances.indices.last(where: { series.matches(instances[$0]) }) else { return nil }
            return classifications[index].category
        }
        return WhatIf(leaderName: profile.name, target: profile.target, changes: changes, categories: categories,
                      weeks: shown.map { index in
                          Week(week: before[index].week, outsideData: span?.contains(before[index].week) != true,
                               booked: before[index].week == next, before: was[index], after: would[index])
                      },
                      meetingsRemoved: removed, hoursRemoved: Double(removedSeconds) / 3600)
    }

    /// The instances with the leader's response made "declined" where a change takes
    /// them away, and how many meetings went from each week (counted in the week they start).
    static func apply(_ changes: [Change], to instances: [MeetingInstance], classifications: [Classification],
                      profile: LeaderProfile, from first: ISOWeek, through last: ISOWeek) -> (instances: [MeetingInstance], removed: [Int]) {
        let zone = profile.timeZone
        let count = last.weeks(since: first) + 1
        var changed = instances
        var removed = [Int](repeating: 0, count: count)
        func weekIndex(_ index: Int) -> Int? {
            let week = ISOWeek(containing: zone.localDate(of: instances[index].start)).weeks(since: first)
            return (0..<count).contains(week) ? week : nil
        }
        func remove(_ index: Int) {
            guard changed[index].myResponse != .declined, let week = weekIndex(index) else { return }
            changed[index].myResponse = .declined
            removed[week] += 1
        }
        let counted = instances.indices.filter { MeetingTime.counts(instances[$0], classifications[$0]) && weekIndex($0) != nil }
        for change in changes {
            switch change {
            case .stop(let series), .handOff(let series):
                for index in counted where series.matches(instances[index]) { remove(index) }
            case .limit(let subject, let seconds):
                var byWeek: [Int: [Int]] = [:]
                for index in counted where changed[index].myResponse != .declined && subject.matches(instances[index], classifications[index]) {
                    if let week = weekIndex(index) { byWeek[week, default: []].append(index) }
                }
                for indices in byWeek.values {
                    var total = indices.reduce(0) { $0 + Int(instances[$1].duration) }
                    // What a leader would drop first: the meetings furthest below their altitude, then the latest.
                    let order = indices.sorted { (classifications[$0].relation == .below ? 0 : 1, instances[$1].start)
                        < (classifications[$1].relation == .below ? 0 : 1, instances[$0].start) }
                    for index in order where total > seconds {
                        remove(index)
                        total -= Int(instances[index].duration)
                    }
                }
            }
        }
        return (changed, removed)
    }
}
