import Foundation
import Testing

/// Calendars a new user may well bring: one with nothing in it yet, a week of nothing but
/// out-of-office days, and meetings booked over each other.
@Suite("Empty and odd calendars")
struct OddCalendarTests {
    static let profile = ReportCommandTests.profile

    @Test("A calendar without events lists no instances and no window that ends before it starts")
    func emptyCalendar() throws {
        let outcome = try AltitudeProcess.run(["events", AltitudeProcess.fixture("vcalendar_without_events.ics")])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "0 instances: the calendar holds none, times in UTC\n", "\(outcome.stdout)")
    }

    @Test("A week of all-day entries only (a week off) raises no flag: there is no meeting time to judge")
    func allDayOnlyWeek() throws {
        let outcome = try AltitudeProcess.run(["report", AltitudeProcess.fixture("allday_only_week_off.ics"), "--profile", Self.profile,
                                               "--week", "2026-W09", "--format", "json", "--quiet"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect((document["weeks"] as? [[String: Any]])?.last?["outsideData"] as? Bool == false, "the week is inside the data")
        #expect((document["flags"] as? [Any])?.isEmpty == true, "\(document["flags"] ?? "")")
    }

    @Test("Overlapping meetings are each counted in full, as the README says: two hours booked over 90 minutes of the clock")
    func overlapsCountInFull() throws {
        let outcome = try AltitudeProcess.run(["report", AltitudeProcess.fixture("overlapping_meetings_half_hour.ics"), "--profile", Self.profile,
                                               "--week", "2026-W09", "--format", "json", "--quiet"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect((document["weeks"] as? [[String: Any]])?.last?["meetingHours"] as? Double == 2)
        let readme = try String(contentsOf: AltitudeProcess.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("Overlapping meetings are each counted in full"))
    }
}
