import AltitudeModel
import AltitudeRules
import Foundation
import Testing
import TestSupport
@testable import AltitudeAnalysis

@Suite("Trends, flags and the forward look")
struct TrendTests {
    static let rules = try! RuleSet.load([.shipped])

    /// Weeks whose below share is given: `below` hours below and the rest at, of 10 classified hours.
    func weeks(_ shares: [Double?], from first: String = "2026-W01") -> [WeekMetrics] {
        shares.enumerated().map { index, share in
            var week = WeekMetrics(week: ISOWeek(iso: first)!.adding(weeks: index))
            if let share {
                week.belowSeconds = Int((share * 36000).rounded())
                week.atSeconds = 36000 - week.belowSeconds
            }
            return week
        }
    }

    /// Every week known exactly: no uncertainty in the way of the trend's words.
    func exact(_ weeks: [WeekMetrics]) -> [ClosedRange<Double>?] { weeks.map { $0.belowShare.map { $0...$0 } } }

    @Test("The slope is the least-squares fit in points a week; the verdict's from and to are the 4-week means at the window's ends")
    func slopeAndVerdict() {
        let shares: [Double?] = [0.46, 0.44, 0.42, 0.40, 0.38, 0.36, 0.34, 0.32, 0.30, 0.28]
        let all = weeks(shares)
        let trend = Trend.measure(all, window: 0..<all.count, rolling: Trend.rollingMeans(all), ranges: exact(all), profile: World().profile)
        #expect(abs(trend.slopePerWeek! * 100 + 2) < 1e-9)
        #expect(abs(trend.fromShare! - 0.46) < 1e-9 && abs(trend.toShare! - 0.31) < 1e-9)
        #expect(abs(trend.rollingMean! - 0.31) < 1e-9)
        #expect(trend.verdict == "The 4-week mean of below-altitude time fell from 46% to 31% over 10 weeks, 2.0 points a week; target 25%.")
        #expect(abs(trend.gapToTarget! - 0.06) < 1e-9)
    }

    @Test("The verdict shows observed 4-week means, never a share outside 0–100%, and how many weeks carry data when not all do")
    func verdictFromObservedShares() {
        // A steep rise from nothing with gaps: the fitted line starts at -9% and ends at 64%.
        let all = weeks([0, 0, nil, 0, nil, 0.10, nil, 0.40, 0.50, 0.55, 0.60, 0.60])
        let rolling = Trend.rollingMeans(all)
        let trend = Trend.measure(all, window: 0..<all.count, rolling: rolling, ranges: exact(all), profile: World().profile)
        #expect(trend.weeksWithData == 9)
        #expect(abs(trend.slopePerWeek! * 100 - 6.627) < 1e-3)
        #expect(trend.fromShare == rolling[0] && trend.toShare == rolling[11])
        #expect(abs(trend.toShare! - 0.5625) < 1e-9)
        #expect(trend.verdict
                == "The 4-week mean of below-altitude time rose from 0% to 56% over 12 weeks (9 with classified meetings), 6.6 points a week; target 25%.")
        // From and to are the 4-week means of the first and last weeks of the window that have one (weeks before the window count).
        let late = weeks([0.20, nil, nil, nil, nil, 0.30, 0.40])
        let lateTrend = Trend.measure(late, window: 2..<7, rolling: Trend.rollingMeans(late), ranges: exact(late), profile: World().profile)
        #expect(lateTrend.fromShare == 0.20 && abs(lateTrend.toShare! - 0.35) < 1e-9)
        #expect(lateTrend.verdict.hasSuffix("over 5 weeks (2 with classified meetings), 10.0 points a week; target 25%."))
    }

    @Test("When the 4-week means moved against the fitted slope, the verdict says both, without calling it a rise or a fall")
    func verdictAgainstTheSlope() {
        let all = weeks([0.50, 0.10, 0.10, 0.10, 0.50, 0.50, 0.50, 0.30])
        let trend = Trend.measure(all, window: 0..<all.count, rolling: Trend.rollingMeans(all), ranges: exact(all), profile: World().profile)
        #expect(trend.slopePerWeek! > 0)
        #expect(trend.verdict == "The 4-week mean of below-altitude time went from 50% to 45% over 8 weeks, "
                + "though the weekly shares trend up 2.6 points a week; target 25%.")
    }

    @Test("Weeks without classified time are left out of the fit and the means, not read as zero")
    func gaps() {
        let all = weeks([0.30, nil, 0.30, nil, 0.30, 0.30])
        let rolling = Trend.rollingMeans(all)
        #expect(rolling[1] == 0.30)
        let trend = Trend.measure(all, window: 0..<all.count, rolling: rolling, ranges: exact(all), profile: World().profile)
        #expect(trend.weeksWithData == 4)
        #expect(abs(trend.slopePerWeek!) < 1e-12)
        #expect(trend.verdict.hasPrefix("Below-altitude time held steady around 30% over 6 weeks"))
        let empty = weeks([nil, nil])
        #expect(Trend.measure(empty, window: 0..<2, rolling: Trend.rollingMeans(empty), ranges: exact(empty), profile: World().profile).verdict
                == "No classified meeting time in these 2 weeks.")
    }

    @Test("Change against the previous period, the promotion baseline and the transition window")
    func periodBaselineTransition() {
        // Promoted 2026-02-02 (2026-W06): the baseline is W06–W09.
        let all = weeks([0.60, 0.60, 0.50, 0.50, 0.40, 0.40, 0.30, 0.30], from: "2026-W06")
        let trend = Trend.measure(all, window: 4..<8, rolling: Trend.rollingMeans(all), ranges: exact(all), profile: World().profile)
        #expect(abs(trend.change! + 0.20) < 1e-9)
        #expect(trend.baseline?.first.description == "2026-W06")
        #expect(abs(trend.baseline!.share - 0.55) < 1e-9)
        // The window ends on Sunday 2026-03-29: day 56 of the first 90.
        #expect(trend.transition?.day == 56)
        #expect(trend.transition?.phase == "the first 90 days")
        #expect(Trend.Transition(promoted: CivilDate(iso: "2026-02-02")!, day: 200).phase == "six to twelve months")
        let early = Trend.Transition(promoted: CivilDate(iso: "2026-02-02")!, day: -9)
        #expect(early.sentence == "the promotion on 2026-02-02 is 10 days after this week")
        #expect(early.label == "in 10 days")
        #expect(trend.transition?.sentence == "day 56 since the promotion on 2026-02-02: the first 90 days")
    }

    @Test("Rising weeks and 1:1 minutes per direct over a fortnight feed the insight rules")
    func insightFigures() {
        var all = weeks([0.20, 0.25, 0.30, 0.35])
        all[2].people.directsOneOnOneSeconds = 1800
        all[3].people.directsOneOnOneSeconds = 1800
        let figures = InsightFigures.week(at: 3, of: all, ranges: exact(all), directReports: 4)
        #expect(figures[.belowShareRisingWeeks] == 3)
        #expect(figures[.oneOnOneMinutesPerDirect] == 15)
        let thin = try! #require(Self.rules.insight("thin-investment-in-directs"))
        #expect(thin.fires(on: figures) == ["direct reports 4 (≥ 1)", "one on one minutes per direct 15 min (< 30 min)"])
        #expect(Self.rules.insight("below-altitude-rising")!.fires(on: figures) != nil)
    }

    @Test("A movement within the weeks' ranges is not called one: the verdict says the mean held, and no rising flag is raised")
    func movementWithinTheRange() {
        let all = weeks([0.20, 0.22, 0.24, 0.26, 0.28, 0.30])
        // Each week could be 10 points either way: a 6-point rise of the 4-week mean is within it.
        let wide = all.map { $0.belowShare.map { ($0 - 0.10)...($0 + 0.10) } }
        let trend = Trend.measure(all, window: 0..<all.count, rolling: Trend.rollingMeans(all), ranges: wide, profile: World().profile)
        #expect(abs(trend.uncertainty! - 0.10) < 1e-9)
        #expect(trend.verdict == "Below-altitude time held around 25% over 6 weeks: the 4-week mean went from 20% to 27%, "
                + "within the 10.0 points a week's share could be off; target 25%.")
        #expect(InsightFigures.week(at: 5, of: all, ranges: wide, directReports: 2)[.belowShareRisingWeeks] == 0)
        // Known to a point either way, the same weeks rose.
        let narrow = all.map { $0.belowShare.map { ($0 - 0.01)...($0 + 0.01) } }
        let sure = Trend.measure(all, window: 0..<all.count, rolling: Trend.rollingMeans(all), ranges: narrow, profile: World().profile)
        #expect(sure.verdict.hasPrefix("The 4-week mean of below-altitude time rose from 20% to 27% over 6 weeks"))
        #expect(InsightFigures.week(at: 5, of: all, ranges: narrow, directReports: 2)[.belowShareRisingWeeks] == 5)
    }

    @Test("A report flags firefighting, says why, and looks at the booked below-altitude series of the next week")
    func report() {
        let world = World()
        let incident = Classification(relation: .below, level: "ic", category: "firefighting", rule: "incident-response")
        var items: [(MeetingInstance, Classification)] = []
        for day in ["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13",
                    "2026-03-16", "2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20"] {
            items.append((world.meeting("\(day) 09:30", minutes: 15, title: "Engineering daily standup", series: "standup"), below))
        }
        items.append((world.meeting("2026-03-10 10:00", minutes: 120, title: "Incident 88 war room"), incident))
        items.append((world.meeting("2026-03-12 10:00", minutes: 90, title: "Incident 88 war room"), incident))
        items.append((world.meeting("2026-03-11 14:00", minutes: 60, title: "Ana / Robin", with: ["ana@acme.example"]), at))
        let report = AllocationReport.build(instances: items.map(\.0).sorted { $0.start < $1.start },
                                            classifications: items.sorted { $0.0.start < $1.0.start }.map(\.1),
                                            coverage: AllocationReportTests.hull(items.map(\.0)), profile: world.profile, ruleSet: Self.rules, focus: ISOWeek(iso: "2026-W11")!,
                                            first: ISOWeek(iso: "2026-W10")!)
        #expect(report.weeks.map(\.metrics.week.description) == ["2026-W10", "2026-W11"])
        #expect(report.week.metrics.belowSeconds == 5 * 900 + 7200 + 5400)
        let firefighting = report.flags.first { $0.rule == "firefighting" }
        #expect(firefighting?.reasons == ["hours in “firefighting” 3.5 h (≥ 3 h)"])
        // Same-titled war rooms read as one line; the standup series is its own.
        #expect(report.topBelowSeries.map(\.title) == ["Incident 88 war room", "Engineering daily standup"])
        #expect(report.forwardLook.week.description == "2026-W12")
        #expect(report.forwardLook.series.map(\.title) == ["Engineering daily standup"])
        #expect(report.forwardLook.belowHours == 1.25)
        #expect(report.forwardLook.series.first?.recurring == true)
    }
}
