import AltitudeModel
import Foundation
import Testing
import TestSupport
@testable import AltitudeAnalysis

/// A leader in a zone, and meetings written in that zone's wall-clock time.
extension World {
    func measure(_ items: [(MeetingInstance, Classification)], from: String, through: String) -> [WeekMetrics] {
        WeeklyAnalyzer(profile: profile).measure(items.map(\.0), classifications: items.map(\.1),
                                                 from: ISOWeek(iso: from)!, through: ISOWeek(iso: through)!)
    }
}

let below = Classification(relation: .below, level: "manager", category: "team-execution", rule: "team-ceremonies")
let at = Classification(relation: .at, level: "vp", category: "one-on-one", rule: "one-on-one-direct")
let above = Classification(relation: .above, level: "executive", category: "board", rule: "board-and-investors")
let excluded = Classification(relation: .excluded, category: "personal", rule: "personal")

@Suite("Weekly metrics")
struct WeeklyAnalyzerTests {
    @Test("Below + at + above + unclassified is every week's meeting time, as summed from the meetings; categories and levels add up too")
    func hoursProperty() {
        let world = World()
        var generator = SplitMix(seed: 20260302)
        let relations = [below, at, above, excluded, .unclassified]
        var items: [(MeetingInstance, Classification)] = []
        for _ in 0..<2000 {
            let day = CivilDate(iso: "2026-01-05")!.adding(days: Int(generator.next() % 120))
            let hour = Int(generator.next() % 24)
            let minutes = [15, 30, 45, 60, 90, 180, 600][Int(generator.next() % 7)]
            let responses: [OwnerResponse] = [.accepted, .accepted, .accepted, .declined, .organizer]
            let meeting = world.meeting("\(day) \(hour):\(Int(generator.next() % 4) * 15)", minutes: minutes,
                                        response: responses[Int(generator.next() % 5)],
                                        status: generator.next() % 10 == 0 ? .cancelled : .confirmed)
            items.append((meeting, relations[Int(generator.next() % 5)]))
        }
        let weeks = world.measure(items, from: "2026-W02", through: "2026-W20")
        #expect(weeks.count == 19)
        let zone = world.profile.timeZone
        for week in weeks {
            // The week's time by relation, summed here from the meetings themselves: every counted
            // second lands in exactly one week, under its relation, none lost or doubled at a boundary.
            let start = zone.startOfDay(week.week.monday)
            let end = zone.startOfDay(week.week.adding(weeks: 1).monday)
            var expected: [Relation: Int] = [:]
            for (meeting, classification) in items
            where meeting.status != .cancelled && meeting.myResponse != .declined && classification.relation != .excluded {
                expected[classification.relation, default: 0] += max(0, Int(min(meeting.end, end).timeIntervalSince(max(meeting.start, start))))
            }
            #expect(week.belowSeconds == expected[.below, default: 0])
            #expect(week.atSeconds == expected[.at, default: 0])
            #expect(week.aboveSeconds == expected[.above, default: 0])
            #expect(week.unclassifiedSeconds == expected[.unclassified, default: 0])
            #expect(week.meetingSeconds == expected.values.reduce(0, +))
            #expect(week.categorySeconds.values.reduce(0, +) == week.meetingSeconds)
            #expect(week.levelSeconds.values.reduce(0, +) == week.belowSeconds + week.atSeconds + week.aboveSeconds)
            #expect(abs(week.meetingHours - (week.belowHours + week.atHours + week.aboveHours + week.unclassifiedHours)) < 1e-9)
        }
        #expect(weeks.contains { $0.belowSeconds > 0 } && weeks.contains { $0.unclassifiedSeconds > 0 })
    }

    @Test("Cancelled and declined meetings take no time whatever the rules say; excluded time is not meeting time")
    func whatCounts() {
        let world = World()
        let weeks = world.measure([
            (world.meeting("2026-03-10 10:00", minutes: 60), below),
            (world.meeting("2026-03-10 11:00", minutes: 60, status: .cancelled), below),
            (world.meeting("2026-03-10 12:00", minutes: 60, response: .declined), at),
            (world.meeting("2026-03-10 13:00", minutes: 60), excluded),
        ], from: "2026-W11", through: "2026-W11")
        #expect(weeks[0].meetingSeconds == 3600)
        #expect(weeks[0].meetings == 1)
        #expect(weeks[0].belowShare == 1)
    }

    @Test("Weeks run Monday to Monday in the leader's zone, 167 hours across the spring DST change")
    func dstWeek() {
        let world = World(zone: "America/New_York")
        // 2026-03-08 02:00 does not exist in New York: a meeting from 01:30 to 03:30 wall time lasts one hour.
        let gap = world.meeting("2026-03-08 01:30", minutes: 60)
        // Sunday 23:30 to Monday 00:30: half in each week.
        let acrossMidnight = world.meeting("2026-03-08 23:30", minutes: 60)
        let weeks = world.measure([(gap, below), (acrossMidnight, at)], from: "2026-W10", through: "2026-W11")
        #expect(weeks[0].belowSeconds == 3600)
        #expect(weeks[0].atSeconds == 1800)
        #expect(weeks[1].atSeconds == 1800)
        #expect(weeks[0].meetings == 2)
        #expect(weeks[1].meetings == 0, "a meeting counts in the week it starts in")
        let monday = world.profile.timeZone.startOfDay(ISOWeek(iso: "2026-W10")!.monday)
        let next = world.profile.timeZone.startOfDay(ISOWeek(iso: "2026-W11")!.monday)
        #expect(next.timeIntervalSince(monday) == 167 * 3600)
        // And 169 hours across the autumn change: a meeting from 01:30 to 01:30 the second time is an hour long,
        // counted once, in the week it starts.
        let fallBack = world.profile.timeZone.instant(fromWall: WallClock.seconds(date: CivilDate(iso: "2026-11-01")!, hour: 1, minute: 30))
        let repeated = MeetingInstance(uid: "fall", start: fallBack, end: fallBack.addingTimeInterval(3600), title: "Sync",
                                       attendees: [Attendee(email: "lee@acme.example")], myResponse: .accepted)
        let autumn = world.measure([(repeated, below)], from: "2026-W44", through: "2026-W45")
        #expect(autumn.map(\.belowSeconds) == [3600, 0])
        let w44 = world.profile.timeZone.startOfDay(ISOWeek(iso: "2026-W44")!.monday)
        let w45 = world.profile.timeZone.startOfDay(ISOWeek(iso: "2026-W45")!.monday)
        #expect(w45.timeIntervalSince(w44) == 169 * 3600)
    }

    @Test("The same instant belongs to different weeks in different zones")
    func zones() {
        // Monday 2026-03-09 03:00 UTC: Sunday evening in New York (2026-W10), Monday morning in Berlin (2026-W11).
        let start = Date(timeIntervalSince1970: 1_773_025_200)
        let meeting = MeetingInstance(uid: "utc", start: start, end: start.addingTimeInterval(1800), title: "Sync",
                                      attendees: [Attendee(email: "lee@acme.example")], myResponse: .accepted)
        for (zone, expected) in [("America/New_York", [1800, 0]), ("Europe/Berlin", [0, 1800])] {
            let weeks = World(zone: zone).measure([(meeting, below)], from: "2026-W10", through: "2026-W11")
            #expect(weeks.map(\.belowSeconds) == expected, "\(zone)")
        }
    }

    @Test("A week of nothing but excluded time: no meeting hours, no share, and days out of office have no focus time")
    func allExcludedWeek() {
        let world = World()
        var items = [(world.allDay("2026-03-09"), excluded), (world.allDay("2026-03-10"), excluded)]
        items.append((world.meeting("2026-03-11 10:00", minutes: 60, response: .declined), below))
        items.append((world.meeting("2026-03-12 10:00", minutes: 60, status: .cancelled), at))
        items.append((world.meeting("2026-03-13 12:00", minutes: 60, title: "Dentist"), excluded))
        let week = world.measure(items, from: "2026-W11", through: "2026-W11")[0]
        #expect(week.meetingSeconds == 0)
        #expect(week.meetings == 0)
        #expect(week.belowShare == nil)
        #expect(week.unclassifiedShare == nil)
        // Wed and Thu are free 09:00–17:30 (the declined and cancelled meetings block nothing);
        // Friday's dentist leaves 09:00–12:00 and 13:00–17:30. Monday and Tuesday are out of office.
        #expect(week.focusSeconds == (8 * 3600 + 1800) * 2 + 3 * 3600 + 4 * 3600 + 1800)
    }

    @Test("Focus time counts free blocks of 90 minutes or more inside working hours; transparent time does not block")
    func focusTime() {
        let world = World(workingHours: WorkingHours(start: 9 * 60, end: 17 * 60 + 30, days: [.tuesday]))
        let week = world.measure([
            (world.meeting("2026-03-10 10:00", minutes: 60), below),  // 09:00–10:00 free: 60 minutes, too short
            (world.meeting("2026-03-10 14:00", minutes: 60), at),  // 11:00–14:00 free: 3 h
            (world.meeting("2026-03-10 16:00", minutes: 30, transparency: .transparent), at),  // does not block
            (world.meeting("2026-03-10 20:00", minutes: 60), at),  // after hours: nothing to take
        ], from: "2026-W11", through: "2026-W11")[0]
        #expect(week.focusSeconds == 3 * 3600 + 2 * 3600 + 1800)  // 11–14 and 15–17:30
        #expect(week.afterHoursSeconds == 3600)
    }

    @Test("After-hours time is the part outside working hours, and all of a meeting on a day off")
    func afterHours() {
        let world = World()  // 09:00–17:30, Monday to Friday
        let week = world.measure([
            (world.meeting("2026-03-10 17:00", minutes: 120), at),  // 90 minutes after 17:30
            (world.meeting("2026-03-10 08:00", minutes: 90), at),  // 60 minutes before 09:00
            (world.meeting("2026-03-14 10:00", minutes: 60), below),  // Saturday
        ], from: "2026-W11", through: "2026-W11")[0]
        #expect(week.afterHoursSeconds == 5400 + 3600 + 3600)
    }

    @Test("Time with people: directs (and 1:1s with one of them), manager, peers and externals; declined attendees are not there")
    func people() {
        let world = World()
        var declinedPeer = world.meeting("2026-03-11 15:00", minutes: 60, with: ["lee@acme.example"])
        declinedPeer.attendees.append(Attendee(email: "dana@acme.example", status: .declined))
        let week = world.measure([
            (world.meeting("2026-03-10 10:00", minutes: 30, with: ["ana@acme.example"]), at),
            (world.meeting("2026-03-10 11:00", minutes: 60, with: ["ana@acme.example", "ben@acme.example"]), at),
            (world.meeting("2026-03-10 13:00", minutes: 60, with: ["cto@acme.example", "dana@acme.example"]), above),
            (world.meeting("2026-03-11 10:00", minutes: 45, with: ["mei@partner.example"]), at),
            (declinedPeer, below),
        ], from: "2026-W11", through: "2026-W11")[0]
        #expect(week.people.directsSeconds == 5400)
        #expect(week.people.directsOneOnOneSeconds == 1800)
        #expect(week.people.managerSeconds == 3600)
        #expect(week.people.peersSeconds == 3600)
        #expect(week.people.externalSeconds == 2700)
    }
}
