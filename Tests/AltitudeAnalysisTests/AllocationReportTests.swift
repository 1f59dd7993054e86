import AltitudeModel
import AltitudeRules
import Foundation
import Testing
import TestSupport
@testable import AltitudeAnalysis

@Suite("The report's weeks: the calendar's span and the series lists")
struct AllocationReportTests {
    /// The report of `items`, whose data covers `coverage` (default: from the first start to the last end, as a file of single events).
    func report(_ items: [(MeetingInstance, Classification)], world: World = World(), coverage: [DateInterval]? = nil,
                focus: String, first: String?) -> AllocationReport {
        let ordered = items.sorted { $0.0.start < $1.0.start }
        return AllocationReport.build(instances: ordered.map(\.0), classifications: ordered.map(\.1),
                                      coverage: coverage ?? Self.hull(ordered.map(\.0)), profile: world.profile,
                                      ruleSet: TrendTests.rules, focus: ISOWeek(iso: focus)!, first: first.flatMap { ISOWeek(iso: $0) })
    }

    /// From the first start to the last end: the coverage of a calendar whose every instance is a single event.
    static func hull(_ instances: [MeetingInstance]) -> [DateInterval] {
        guard let start = instances.map(\.start).min(), let end = instances.map(\.end).max() else { return [] }
        return [DateInterval(start: start, end: end)]
    }

    @Test("Weeks before the calendar's first week or after its last are marked outside the data; a quiet week inside is a real week")
    func outsideData() {
        let world = World()
        // Meetings in 2026-W11 and W13 only: W12 is a quiet week of the calendar, W09–W10 come before it and W14 after it.
        let items = [(world.meeting("2026-03-10 10:00", minutes: 60), below), (world.meeting("2026-03-26 10:00", minutes: 60), at)]
        let report = report(items, focus: "2026-W13", first: "2026-W09")
        #expect(report.span?.first == CivilDate(iso: "2026-03-10"))
        #expect(report.span?.last == CivilDate(iso: "2026-03-26"))
        #expect(report.span?.firstWeek.description == "2026-W11")
        #expect(report.span?.lastWeek.description == "2026-W13")
        #expect(report.weeks.map(\.metrics.week.description) == ["2026-W09", "2026-W10", "2026-W11", "2026-W12", "2026-W13"])
        #expect(report.weeks.map(\.outsideData) == [true, true, false, false, false])
        #expect(report.forwardLook.outsideData, "the week after the calendar's last holds nothing known")
        // The trend and the rolling means leave them out, as they leave out weeks without classified time.
        #expect(report.trend.weeksWithData == 2)
        #expect(report.weeks.map(\.rollingBelowShare) == [nil, nil, 1, 1, 0.5])
        // A week after the calendar has no 4-week mean of its own either: the trend ends at the last one known.
        let after = self.report(items, focus: "2026-W15", first: "2026-W11")
        #expect(after.weeks.map(\.rollingBelowShare) == [1, 1, 0.5, nil, nil])
        #expect(after.trend.rollingMean == nil && after.trend.toShare == 0.5)

        // A week before the calendar: nothing is known about it, so no insight rule fires on its zeros.
        let early = self.report(items, focus: "2025-W10", first: "2025-W07")
        #expect(early.weeks.allSatisfy { $0.outsideData })
        #expect(early.flags.isEmpty, "\(early.flags.map(\.rule))")
        #expect(early.forwardLook.outsideData)
        // The week just before the calendar's first: the forward look is inside it.
        #expect(!self.report(items, focus: "2026-W10", first: nil).forwardLook.outsideData)
    }

    @Test("A series reaching into weeks outside the coverage makes no weeks of data there: no share, no mean, no series hours; a gap between sources is no data too")
    func seriesOutsideTheCoverage() throws {
        let world = World()
        // A weekly below-altitude series in W05–W13; single at-altitude meetings only in W09–W10 and W12–W13 (two sources).
        var items: [(MeetingInstance, Classification)] = []
        for day in ["02-03", "02-10", "02-17", "02-24", "03-03", "03-10", "03-17", "03-24"] {
            items.append((world.meeting("2026-\(day) 09:00", minutes: 60, title: "Standup", series: "standup"), below))
        }
        items.append((world.meeting("2026-01-27 09:00", minutes: 60, title: "Standup", series: "standup"), below))
        let singles = [world.meeting("2026-02-24 14:00", minutes: 60), world.meeting("2026-03-05 14:00", minutes: 60),
                       world.meeting("2026-03-17 14:00", minutes: 60), world.meeting("2026-03-26 14:00", minutes: 60)]
        items += singles.map { ($0, at) }
        let coverage = [DateInterval(start: singles[0].start, end: singles[1].end), DateInterval(start: singles[2].start, end: singles[3].end)]
        let report = report(items, world: world, coverage: coverage, focus: "2026-W13", first: "2026-W05")
        #expect(report.weeks.map(\.outsideData) == [true, true, true, true, false, false, true, false, false])
        #expect(report.weeks.filter(\.outsideData).allSatisfy { $0.metrics.meetingSeconds == 0 && $0.metrics.belowShare == nil })
        #expect(report.trend.weeksWithData == 4)
        #expect(report.weeks.compactMap(\.metrics.belowShare) == [0.5, 0.5, 0.5, 0.5], "never the 100% of the series alone")
        let series = try #require(report.topBelowSeries.first)
        #expect(series.hours == 4 && series.weeks == 4)
        #expect(report.span?.ranges.count == 2)
        #expect(report.span?.gap(around: ISOWeek(iso: "2026-W11")!).map { "\($0.before) \($0.after)" } == "2026-03-05 2026-03-17")
    }

    @Test("The span runs to the day the coverage ends, in the leader's zone")
    func spanEnds() {
        let world = World()
        let items = [(world.meeting("2026-03-10 10:00", minutes: 60, status: .cancelled), below),
                     (world.meeting("2026-03-22 23:30", minutes: 60, response: .declined), at)]
        let span = report(items, focus: "2026-W11", first: nil).span
        #expect(span?.first == CivilDate(iso: "2026-03-10"))
        #expect(span?.last == CivilDate(iso: "2026-03-23"), "a meeting across Sunday midnight reaches into Monday's week")
        #expect(span?.lastWeek.description == "2026-W13")
        #expect(report([], focus: "2026-W11", first: nil).span == nil)
        #expect(report([], focus: "2026-W11", first: nil).week.outsideData)
    }

    @Test("A series' hours per week are its hours inside the window over the window's weeks; a meeting across Sunday midnight counts in each week it takes time in")
    func seriesInsideTheWindow() throws {
        let world = World()
        // The window is 2026-W10 (Mar 2–8) and W11 (Mar 9–15); the week after is W12.
        let items = [
            (world.meeting("2026-03-01 23:00", minutes: 120, title: "Ops review", series: "ops"), below),  // 1 h in W09, 1 h in W10
            (world.meeting("2026-03-04 10:00", minutes: 60, title: "Ops review", series: "ops"), below),  // 1 h in W10
            (world.meeting("2026-03-15 23:00", minutes: 180, title: "Ops review", series: "ops"), below),  // 1 h in W11, 2 h in W12
        ]
        let report = report(items, world: world, focus: "2026-W11", first: "2026-W10")
        let series = try #require(report.topBelowSeries.first)
        #expect(report.topBelowSeries.count == 1)
        #expect(series.hours == 3)
        #expect(series.meetings == 3)
        #expect(series.weeks == 2)
        #expect(series.hoursPerWeek == 1.5)
        #expect(series.hours == report.weeks.reduce(0) { $0 + $1.metrics.belowHours }, "the series' hours are the window's below hours")
        // The meeting that runs into the week after is booked there too.
        let next = try #require(report.forwardLook.series.first)
        #expect(next.hours == 2)
        #expect(next.meetings == 1)
        #expect(report.forwardLook.belowHours == 2)
        // Over weeks on both sides of Sunday midnight, the meeting split between them is one meeting.
        let both = self.report(items, world: world, focus: "2026-W12", first: "2026-W10").topBelowSeries.first
        #expect(both?.meetings == 3)
        #expect(both?.hours == 5)
        // Weeks of the window before the calendar's first are no weeks of the series': 2026-W07 and W08 are left out.
        let wide = try #require(self.report(items, world: world, focus: "2026-W11", first: "2026-W07").topBelowSeries.first)
        #expect(wide.hours == 4)
        #expect(wide.weeks == 3)
        #expect(abs(wide.hoursPerWeek - 4.0 / 3) < 1e-9)
    }
}
