import Foundation
import Testing

/// Totals say what they cover: what was held apart from what is only booked, and the
/// series a leader has already let go of are not offered to delegate.
@Suite("What totals cover")
struct TotalsTests {
    static let profile = ReportCommandTests.profile
    /// The clock is pinned to 2026-03-02 12:00 UTC: the standup's occurrences after it are booked, not held.
    static let reachingBack = AltitudeProcess.fixture("series_reaching_back_before_single_events.ics")

    @Test("explain shows the meetings held and those booked ahead apart, not one total over both")
    func explainHeldAndBooked() throws {
        let text = try AltitudeProcess.run(["explain", "Payments standup", Self.reachingBack, "--profile", Self.profile, "--quiet"])
        #expect(text.status == 0, "\(text.stderr)")
        // Weekdays from 2025-09-01 through this morning's, then to 2026-08-28 (26 weeks after today, the window's end).
        #expect(text.stdout.hasPrefix("“Payments standup” · 131 held, 32.75h · 129 booked ahead, 32.25h · 2025-09-01 to 2026-08-28"),
                "\(text.stdout.prefix(200))")
        let json = try AltitudeProcess.run(["explain", "Payments standup", Self.reachingBack, "--profile", Self.profile, "--format", "json",
                                            "--quiet"])
        let group = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])?.first)
        #expect((group["held"] as? [String: Double]) == ["instances": 131, "hours": 32.75])
        #expect((group["booked"] as? [String: Double]) == ["instances": 129, "hours": 32.25])
        #expect(group["hours"] as? Double == 65)
    }

    @Test("label lists the hours held so far, and what is booked ahead apart")
    func labelHeldAndBooked() throws {
        let list = try AltitudeProcess.run(["label", Self.reachingBack, "--profile", Self.profile, "--review", "--format", "json", "--quiet"])
        #expect(list.status == 0, "\(list.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let standup = try #require(rows.first { $0["title"] as? String == "Payments standup" })
        #expect(standup["hours"] as? Double == 32.75 && standup["meetings"] as? Int == 131, "\(standup)")
        #expect(standup["bookedHours"] as? Double == 32.25 && standup["bookedMeetings"] as? Int == 129, "\(standup)")
        let text = try AltitudeProcess.run(["label", Self.reachingBack, "--profile", Self.profile, "--review", "--quiet"]).stdout
        #expect(text.contains("32.75h   131×  Payments standup — now manager (below); 4 people: you and other colleagues; 129 more booked, 32.25h"),
                "\(text)")
    }

    @Test("What to delegate leaves out a series the leader declined from the next week on (Google splits it in two); one still attended stays")
    func delegateLeavesOutDeclinedSeries() throws {
        let calendar = AltitudeProcess.fixture("series_declined_this_and_following.ics")
        let json = try AltitudeProcess.run(["report", calendar, "--profile", Self.profile, "--weeks", "4", "--format", "json", "--quiet"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let series = try #require(document["topBelowSeries"] as? [[String: Any]])
        #expect(series.map { $0["title"] as? String } == ["Sprint planning"], "\(series)")
        // The standup's hours still count in the weeks it was held: only the list of what to hand on leaves it out.
        let weeks = try #require(document["weeks"] as? [[String: Any]])
        #expect((weeks.last?["hours"] as? [String: Double])?["below"] == 2.25)
    }
}
