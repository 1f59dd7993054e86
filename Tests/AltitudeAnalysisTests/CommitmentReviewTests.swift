import AltitudeModel
import Foundation
import Testing
import TestSupport
@testable import AltitudeAnalysis

/// Commitments measured week by week: every kind kept, slipped and not measurable,
/// with series moved, renamed and declined, and weeks outside the calendar.
@Suite("Commitments")
struct CommitmentReviewTests {
    let world = World()
    let hiring = Classification(relation: .below, level: "manager", category: "hiring", rule: "interview-loops")
    let solo = Classification(relation: .excluded, category: "focus", rule: "solo-time")

    /// Agreed on Wednesday 2026-03-04 (2026-W10): measured from 2026-W11.
    func commitment(_ kind: Commitment.Kind, ended: String? = nil) -> Commitment {
        Commitment(id: "#1", kind: kind, since: CivilDate(iso: "2026-03-04")!, ended: ended.flatMap { CivilDate(iso: $0) })
    }

    func review(_ commitments: [Commitment], _ items: [(MeetingInstance, Classification)], reported: String,
                now: String = "2026-06-01 00:00") throws -> CommitmentReview {
        let sorted = items.sorted { $0.0.start < $1.0.start }
        return try #require(CommitmentReview.measure(commitments, instances: sorted.map(\.0), classifications: sorted.map(\.1),
                                                     span: span(sorted.map(\.0)), profile: world.profile, reported: ISOWeek(iso: reported)!, now: world.instant(now)))
    }

    /// A weekly series on Mondays at 10:00, one instance a week from 2026-W10 (Mar 2) to W14 (Mar 30); `change` edits one.
    func standups(_ change: (Int, inout MeetingInstance) -> Void = { _, _ in }) -> [(MeetingInstance, Classification)] {
        (0..<5).map { week in
            var meeting = world.meeting("\(CivilDate(iso: "2026-03-02")!.adding(days: 7 * week)) 10:00", minutes: 60, title: "Payments standup",
                                        with: ["ana@acme.example", "lee@acme.example"], series: "standup-uid")
            change(week, &meeting)
            return (meeting, below)
        }
    }

    /// The week's outcome for the first commitment.
    func outcomes(_ review: CommitmentReview) -> [String] {
        review.items[0].weeks.map { "\($0.week) \($0.outcome.rawValue)" + ($0.unmeasurable.map { " \($0.rawValue)" } ?? "") }
    }

    @Test("Stop attending: kept when declined or the series is gone, slipped when attended — a moved and a renamed instance still match by UID")
    func stop() throws {
        let items = standups { week, meeting in
            switch week {
            case 1: meeting.myResponse = .declined                                   // W11: declined
            case 2:                                                                  // W12: renamed and moved to Tuesday, attended
                meeting.title = "Payments sync"
                meeting.start = world.instant("2026-03-17 15:00")
                meeting.end = meeting.start.addingTimeInterval(3600)
            case 3: meeting.status = .cancelled                                      // W13: the series did not meet
            default: break
            }
        } + [(world.meeting("2026-04-20 09:00", minutes: 30, title: "Later"), at)]   // the calendar runs to W17
        let stop = commitment(.stop(SeriesMatch(title: "Payments standup", seriesIDs: ["standup-uid"], byTitle: true)))
        let result = try review([stop], items, reported: "2026-W15")
        #expect(outcomes(result) == ["2026-W11 kept", "2026-W12 slipped", "2026-W13 kept", "2026-W14 slipped", "2026-W15 kept"])
        let slip = try #require(result.items[0].outcome(in: ISOWeek(iso: "2026-W12")!))
        #expect(slip.meetings.map(\.title) == ["Payments sync"], "the renamed instance matched by its UID")
        #expect(slip.meetings.first?.day == CivilDate(iso: "2026-03-17") && slip.meetings.first?.startMinute == 15 * 60)
        let declined = try #require(result.items[0].outcome(in: ISOWeek(iso: "2026-W11")!))
        #expect(declined.meetings.map(\.leaderAttended) == [false])
        #expect(result.count(.kept) == 1 && result.inForce == 1)
        #expect(result.items[0].category == "team-execution")

        // Named by title only (no UID resolved): the renamed instance does not match; a one-off with the title does.
        let byTitle = commitment(.stop(SeriesMatch(title: "payments   STANDUP", seriesIDs: [], byTitle: true)))
        let oneOff = (world.meeting("2026-03-18 16:00", minutes: 30, title: "Payments standup"), below)
        let titled = try review([byTitle], items + [oneOff], reported: "2026-W12")
        #expect(titled.items[0].outcome(in: ISOWeek(iso: "2026-W12")!)?.meetings.map(\.day) == [CivilDate(iso: "2026-03-18")!])
    }

    @Test("Weeks outside the calendar and weeks not over are not measurable, never kept or slipped")
    func notMeasurable() throws {
        let items = standups()
        let stop = commitment(.stop(SeriesMatch(title: "Payments standup", seriesIDs: ["standup-uid"], byTitle: false)))
        // The calendar ends in W14: W15 and W16 are outside it.
        let late = try review([stop], items, reported: "2026-W16")
        #expect(outcomes(late).suffix(2) == ["2026-W15 not-measurable outside-data", "2026-W16 not-measurable outside-data"])
        #expect(late.count(.notMeasurable) == 1 && late.count(.kept) == 0 && late.keptShare == nil)
        // "Now" is Wednesday of W13: W13 is not over.
        let early = try review([stop], items, reported: "2026-W13", now: "2026-03-25 12:00")
        #expect(outcomes(early) == ["2026-W11 slipped", "2026-W12 slipped", "2026-W13 not-measurable not-over"])
        // Before the calendar's first week too, for every kind.
        let before = (world.meeting("2026-03-30 09:00", minutes: 60), below)
        for kind: Commitment.Kind in [.holdShare(0.25), .protectFocus(blocks: 1, minimumSeconds: 3600),
                                      .limit(.category("hiring"), seconds: 3600),
                                      .handOff(SeriesMatch(title: "x", seriesIDs: ["x"], byTitle: false), to: CommittedPerson(email: "ana@acme.example"))] {
            let result = try review([commitment(kind)], [before], reported: "2026-W12")
            #expect(outcomes(result) == ["2026-W11 not-measurable outside-data", "2026-W12 not-measurable outside-data"], "\(kind)")
        }
    }

    @Test("Hand off: kept when the person attends and the leader does not; slipped when the leader goes or the person does not; not measurable when off the calendar")
    func handOff() throws {
        let items = standups { week, meeting in
            switch week {
            case 1: meeting.myResponse = .declined                                   // W11: kept
            case 2: meeting.myResponse = .declined                                   // W12: Ana declined too: slipped
                meeting.attendees = meeting.attendees.map { attendee in
                    var attendee = attendee
                    if attendee.email == "ana@acme.example" { attendee.status = .declined }
                    return attendee
                }
            case 3: meeting.status = .cancelled                                      // W13: not held
            default: break                                                           // W14: the leader went
            }
        }
        let handOff = commitment(.handOff(SeriesMatch(title: "Payments standup", seriesIDs: ["standup-uid"], byTitle: false),
                                          to: CommittedPerson(email: "ana@acme.example", name: "Ana Lima")))
        let result = try review([handOff], items, reported: "2026-W14")
        #expect(outcomes(result) == ["2026-W11 kept", "2026-W12 slipped", "2026-W13 not-measurable not-on-calendar", "2026-W14 slipped"])
        let absent = try #require(result.items[0].outcome(in: ISOWeek(iso: "2026-W12")!)?.meetings.first)
        #expect(absent.personAttended == false && !absent.leaderAttended)
        let attended = try #require(result.items[0].outcome(in: ISOWeek(iso: "2026-W14")!)?.meetings.first)
        #expect(attended.personAttended == true && attended.leaderAttended)
    }

    @Test("Limit: the week's hours of the category against the limit; declined interviews do not count; the meetings are named")
    func limit() throws {
        let interviews: [(MeetingInstance, Classification)] = [
            (world.meeting("2026-03-09 13:00", minutes: 60, title: "Interview: engineer"), hiring),
            (world.meeting("2026-03-10 13:00", minutes: 120, title: "Interview: designer"), hiring),          // W11: 3 h, kept
            (world.meeting("2026-03-16 13:00", minutes: 120, title: "Interview: analyst"), hiring),
            (world.meeting("2026-03-17 13:00", minutes: 90, title: "Interview: writer"), hiring),             // W12: 3.5 h, slipped
            (world.meeting("2026-03-18 13:00", minutes: 120, title: "Interview: declined", response: .declined), hiring),
            (world.meeting("2026-03-23 13:00", minutes: 60, title: "Staff"), at),                              // W13: none, kept
        ]
        let limit = commitment(.limit(.category("hiring"), seconds: 3 * 3600))
        let result = try review([limit], interviews, reported: "2026-W13")
        #expect(outcomes(result) == ["2026-W11 kept", "2026-W12 slipped", "2026-W13 kept"])
        let slip = try #require(result.items[0].outcome(in: ISOWeek(iso: "2026-W12")!))
        #expect(slip.figure == 3.5)
        #expect(slip.meetings.map(\.title) == ["Interview: analyst", "Interview: writer"])
        #expect(result.items[0].outcome(in: ISOWeek(iso: "2026-W11")!)?.figure == 3)
        // By title: only the titles that contain the text; by level: the manager-level meetings.
        let byTitle = try review([commitment(.limit(.title("ANALYST"), seconds: 3600))], interviews, reported: "2026-W12")
        #expect(byTitle.items[0].outcome(in: ISOWeek(iso: "2026-W12")!)?.figure == 2)
        let byLevel = try review([commitment(.limit(.level("manager"), seconds: 4 * 3600))], interviews, reported: "2026-W12")
        #expect(outcomes(byLevel).last == "2026-W12 kept")
    }

    @Test("Protect focus: blocks of free working time at least as long; the leader's own focus blocks protect time, meetings break it")
    func focus() throws {
        var items: [(MeetingInstance, Classification)] = []
        // W11: a meeting every two hours, every working day: no free stretch reaches 2 h (9:00–10:30 is the longest).
        for day in 9...13 {
            for hour in [10, 12, 14, 16] { items.append((world.meeting("2026-03-\(String(format: "%02d", day)) \(hour):30", minutes: 30), at)) }
        }
        // W12: the same, but Tuesday and Thursday mornings held by the leader's own focus blocks.
        for day in 16...20 {
            for hour in [10, 12, 14, 16] where !([17, 19].contains(day) && hour < 13) {
                items.append((world.meeting("2026-03-\(day) \(hour):30", minutes: 30), at))
            }
        }
        items.append((world.meeting("2026-03-17 09:00", minutes: 240, title: "Focus", with: []), solo))
        items.append((world.meeting("2026-03-19 09:00", minutes: 240, title: "Focus", with: []), solo))
        let focus = commitment(.protectFocus(blocks: 2, minimumSeconds: 2 * 3600))
        let result = try review([focus], items, reported: "2026-W12")
        #expect(outcomes(result) == ["2026-W11 slipped", "2026-W12 kept"])
        let kept = try #require(result.items[0].outcome(in: ISOWeek(iso: "2026-W12")!))
        #expect(kept.figure == 2)
        #expect(kept.focusBlocks.map(\.day) == [CivilDate(iso: "2026-03-17")!, CivilDate(iso: "2026-03-19")!])
        #expect(kept.focusBlocks.first?.startMinute == 9 * 60 && kept.focusBlocks.first?.endMinute == 14 * 60 + 30)
        #expect(result.items[0].outcome(in: ISOWeek(iso: "2026-W11")!)?.figure == 0)
    }

    @Test("Hold the share: compared in whole percent; slipped names the week's below-altitude meetings; no classified time is not measurable")
    func hold() throws {
        let items: [(MeetingInstance, Classification)] = [
            (world.meeting("2026-03-09 10:00", minutes: 60, title: "Standup"), below),
            (world.meeting("2026-03-10 10:00", minutes: 180), at),                                     // W11: 25%, kept
            (world.meeting("2026-03-16 10:00", minutes: 60, title: "Code review"), below),
            (world.meeting("2026-03-16 14:00", minutes: 120, title: "War room"), below),
            (world.meeting("2026-03-17 10:00", minutes: 180), at),                                     // W12: 50%, slipped
            (world.meeting("2026-03-23 10:00", minutes: 60, title: "Dentist"), excluded),
            (world.meeting("2026-03-24 10:00", minutes: 60, title: "Mystery"), .unclassified),         // W13: nothing classified
        ]
        let result = try review([commitment(.holdShare(0.25))], items, reported: "2026-W13")
        #expect(outcomes(result) == ["2026-W11 kept", "2026-W12 slipped", "2026-W13 not-measurable nothing-classified"])
        let slip = try #require(result.items[0].outcome(in: ISOWeek(iso: "2026-W12")!))
        #expect(slip.figure == 0.5)
        #expect(slip.meetings.map(\.title) == ["War room", "Code review"])
    }

    @Test("Which commitments a week shows: those in force, and those agreed but measured from a later week; not those ended")
    func inForce() throws {
        let items = standups()
        let series = SeriesMatch(title: "Payments standup", seriesIDs: ["standup-uid"], byTitle: false)
        let ended = commitment(.stop(series), ended: "2026-03-16")                                     // measured W11 only
        var current = commitment(.holdShare(0.5))
        current.id = "#2"
        let later = Commitment(id: "#3", kind: .holdShare(0.2), since: CivilDate(iso: "2026-03-25")!)     // measured from W14
        let result = try review([ended, current, later], items, reported: "2026-W13")
        #expect(result.items.map(\.commitment.id) == ["#2", "#3"])
        #expect(result.items[0].weeks.map(\.week.description) == ["2026-W11", "2026-W12", "2026-W13"])
        #expect(result.items[1].weeks.isEmpty)
        #expect(result.since == CivilDate(iso: "2026-03-04"))
        let before = try review([ended], items, reported: "2026-W11")
        #expect(before.items[0].weeks.map(\.week.description) == ["2026-W11"])
        #expect(CommitmentReview.measure([ended], instances: items.map(\.0), classifications: items.map(\.1), span: span(items.map(\.0)), profile: world.profile,
                                         reported: ISOWeek(iso: "2026-W12")!, now: world.instant("2026-06-01 00:00")) == nil)
    }
}

/// The span of a calendar of single events: from the first start to the last end.
func span(_ instances: [MeetingInstance], zone: ZoneRules = World().profile.timeZone) -> CalendarSpan? {
    CalendarSpan(coverage: AllocationReportTests.hull(instances), zone: zone)
}
