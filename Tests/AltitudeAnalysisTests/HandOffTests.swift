import AltitudeModel
import AltitudeRules
import Foundation
import Testing
import TestSupport
@testable import AltitudeAnalysis

/// Who could take a below-altitude series, and what handing series off would do.
@Suite("Hand-offs and what-if")
struct HandOffTests {
    let world = World()

    /// A weekly meeting on Tuesdays at 11:00 from 2026-03-03, `count` weeks, with these people each time (`people(week)`).
    func series(_ title: String, weeks count: Int, uid: String, people: (Int) -> [Attendee]) -> [MeetingInstance] {
        (0..<count).map { week in
            var meeting = world.meeting("\(CivilDate(iso: "2026-03-03")!.adding(days: 7 * week)) 11:00", minutes: 60, title: title, with: [],
                                        series: uid)
            meeting.attendees += people(week)
            return meeting
        }
    }

    @Test("The direct at most of a series' meetings is its candidate, with the count; nobody is named where no direct is at most of them")
    func byAttendance() {
        let weekly = series("Platform sync", weeks: 5, uid: "sync", people: { week in
            [Attendee(email: "ana@acme.example", name: "Ana Lima", status: .accepted)]
                + (week < 2 ? [Attendee(email: "ben@acme.example", name: "Ben Ode", status: .accepted)] : [])
        })
        let candidates = HandOffCandidates.find(weekly, profile: world.profile)
        #expect(candidates.map(\.email) == ["ana@acme.example"])
        #expect(candidates.first?.name == "Ana Lima" && candidates.first?.attends == 5 && candidates.first?.meetings == 5)
        #expect(candidates.first?.othersAsOften == 0 && candidates.first?.inOrganization == nil)

        // Ben at two of five, a declined Ana, an outsider at all: no candidate.
        let thin = series("Vendor call", weeks: 5, uid: "vendor", people: { week in
            [Attendee(email: "vendor@other.example", status: .accepted), Attendee(email: "ana@acme.example", status: .declined)]
                + (week < 2 ? [Attendee(email: "ben@acme.example", status: .accepted)] : [])
        })
        #expect(HandOffCandidates.find(thin, profile: world.profile).isEmpty)

        // Both at every meeting: the one who accepted, and that one other is at as many; cancelled meetings do not count.
        var tied = series("Ops review", weeks: 4, uid: "ops", people: { _ in
            [Attendee(email: "ana@acme.example", status: .needsAction), Attendee(email: "ben@acme.example", status: .accepted)]
        })
        tied.append(contentsOf: series("Ops review", weeks: 2, uid: "ops-cancelled", people: { _ in [] }).map { meeting in
            var meeting = meeting
            meeting.status = .cancelled
            return meeting
        })
        let tie = HandOffCandidates.find(tied, profile: world.profile)
        #expect(tie.map(\.email) == ["ben@acme.example"] && tie.first?.othersAsOften == 1 && tie.first?.meetings == 4)
    }

    @Test("With an org chart: the direct whose organisation holds most of the attendees, even when they do not attend themselves")
    func byOrganization() throws {
        var profile = world.profile
        profile.orgChart = try OrgChart.parse("""
            email,name,manager_email
            robin@acme.example,Robin Vale,cto@acme.example
            ana@acme.example,Ana Lima,robin@acme.example
            ben@acme.example,Ben Ode,robin@acme.example
            x1@acme.example,X One,ana@acme.example
            x2@acme.example,X Two,x1@acme.example
            x3@acme.example,X Three,ana@acme.example
            y1@acme.example,Y One,ben@acme.example
            """)
        let meetings = series("Checkout design review", weeks: 3, uid: "design", people: { _ in
            ["x1", "x2", "x3", "y1"].map { Attendee(email: "\($0)@acme.example", status: .accepted) }
        })
        let candidates = HandOffCandidates.find(meetings, profile: profile)
        #expect(candidates.count == 1)
        let ana = try #require(candidates.first)
        #expect(ana.email == "ana@acme.example" && ana.name == "Ana Lima")
        #expect(ana.attends == 0 && ana.inOrganization == 3 && ana.attendees == 4)
        // Two of five in one organisation is not most of them: no candidate.
        let spread = series("Guild", weeks: 3, uid: "guild", people: { _ in
            ["x1", "y1", "z1", "z2", "z3"].map { Attendee(email: "\($0)@acme.example", status: .accepted) }
        })
        #expect(HandOffCandidates.find(spread, profile: profile).isEmpty)
    }

    /// Eight weeks from 2026-W10: a 2 h below-altitude standup (Ana at each) and 2 h of staff meeting a week: 50% below.
    var eightWeeks: [(MeetingInstance, Classification)] {
        let standups = series("Payments standup", weeks: 8, uid: "standup", people: { _ in [Attendee(email: "ana@acme.example", status: .accepted)] })
            .map { meeting in
                var meeting = meeting
                meeting.end = meeting.start.addingTimeInterval(7200)
                return (meeting, below)
            }
        let staff = (0..<8).map { week in
            (world.meeting("\(CivilDate(iso: "2026-03-05")!.adding(days: 7 * week)) 14:00", minutes: 120, title: "Staff", series: "staff"), at)
        }
        return (standups + staff).sorted { $0.0.start < $1.0.start }
    }

    @Test("What-if: stopping a series takes it out of the last four weeks and the next; the 4-week means and the meetings removed follow")
    func whatIfStop() {
        let items = eightWeeks
        let stop = WhatIf.Change.stop(SeriesMatch(title: "Payments standup", seriesIDs: ["standup"], byTitle: false))
        let result = WhatIf.measure([stop], instances: items.map(\.0), classifications: items.map(\.1), span: span(items.map(\.0)), profile: world.profile,
                                    week: ISOWeek(iso: "2026-W17")!)
        #expect(result.weeks.map(\.week.description) == ["2026-W14", "2026-W15", "2026-W16", "2026-W17", "2026-W18"])
        #expect(result.weeks.map(\.booked) == [false, false, false, false, true])
        #expect(result.reported.before.belowShare == 0.5 && result.reported.after.belowShare == 0)
        #expect(result.reported.before.rollingBelowShare == 0.5 && result.reported.after.rollingBelowShare == 0)
        #expect(result.meetingsRemoved == 4 && result.hoursRemoved == 8)
        // W18 is after the calendar's last week: no figures, before or after.
        #expect(result.weeks[4].outsideData && result.weeks[4].before.belowShare == nil && result.weeks[4].after.rollingBelowShare == nil)
        #expect(result.target == 0.25 && result.leaderName == "Robin Vale")
    }

    @Test("What-if: a limit drops the leader's meetings beyond it, the below-altitude and latest first")
    func whatIfLimit() {
        let hiringBelow = Classification(relation: .below, level: "manager", category: "hiring", rule: "interview-loops")
        let hiringAt = Classification(relation: .at, level: "vp", category: "hiring", rule: "hiring-leaders")
        let items: [(MeetingInstance, Classification)] = [
            (world.meeting("2026-03-09 09:00", minutes: 120, title: "Interview: VP"), hiringAt),
            (world.meeting("2026-03-10 09:00", minutes: 120, title: "Interview: engineer"), hiringBelow),
            (world.meeting("2026-03-11 09:00", minutes: 120, title: "Interview: designer"), hiringBelow),
        ]
        let changes = WhatIf.apply([.limit(.category("hiring"), seconds: 3 * 3600)], to: items.map(\.0), classifications: items.map(\.1),
                                   profile: world.profile, from: ISOWeek(iso: "2026-W11")!, through: ISOWeek(iso: "2026-W11")!)
        #expect(changes.instances.map(\.myResponse) == [.accepted, .declined, .declined])
        #expect(changes.removed == [2])
    }

    @Test("The pipeline's report: candidates on the top series and next week's, and the outlook of handing off those that have one")
    func inTheReport() throws {
        let items = eightWeeks
        var report = AllocationReport.build(instances: items.map(\.0), classifications: items.map(\.1), coverage: AllocationReportTests.hull(items.map(\.0)), profile: world.profile,
                                            ruleSet: TrendTests.rules, focus: ISOWeek(iso: "2026-W16")!,
                                            first: ISOWeek(iso: "2026-W13")!)
        report.addBetweenSessions(commitments: [], instances: items.map(\.0), classifications: items.map(\.1), profile: world.profile,
                                  now: world.instant("2026-06-01 00:00"))
        #expect(report.commitments == nil)
        let top = try #require(report.topBelowSeries.first)
        #expect(top.key == "standup" && top.candidates.map(\.email) == ["ana@acme.example"])
        #expect(top.candidates.first?.meetings == 5, "the window's four meetings and next week's")
        let outlook = try #require(report.handOffOutlook)
        #expect(outlook.changes == [.handOff(SeriesMatch(title: "Payments standup", seriesIDs: ["standup"], byTitle: false))])
        #expect(outlook.reported.after.rollingBelowShare == 0)
    }
}
