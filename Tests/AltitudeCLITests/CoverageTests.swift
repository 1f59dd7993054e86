import Foundation
import Testing

/// Weeks the calendar has no data for — before an export's range, where only recurring
/// series reach back, and after it — are "no data" in every output, never weeks of 0% or 100%.
@Suite("Weeks outside the data")
struct CoverageTests {
    static let profile = ReportCommandTests.profile
    /// A standup series from 2025-09-01 on through 2026; single events (a weekly VP staff) only from 2026-02-04 to 2026-03-04.
    static let reachingBack = AltitudeProcess.fixture("series_reaching_back_before_single_events.ics")

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("Weeks before the single events, where only a series reaches back, are no data: not 100% below, not in the trend")
    func seriesReachingBack() throws {
        let arguments = [Self.reachingBack, "--profile", Self.profile, "--week", "2026-W10", "--weeks", "12", "--quiet"]
        let outcome = try AltitudeProcess.run(["trends"] + arguments + ["--format", "json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let document = try Self.json(outcome.stdout)
        let weeks = try #require(document["weeks"] as? [[String: Any]])
        #expect(weeks.map { $0["week"] as? String }.first == "2025-W51")
        #expect(weeks.prefix(7).allSatisfy { $0["outsideData"] as? Bool == true && $0["belowShare"] is NSNull }, "\(weeks.prefix(7))")
        #expect(weeks.suffix(5).allSatisfy { $0["outsideData"] as? Bool == false && $0["belowShare"] is Double })
        let trend = try #require(document["trend"] as? [String: Any])
        #expect(trend["weeksWithData"] as? Int == 5)
        let verdict = try #require(trend["verdict"] as? String)
        #expect(!verdict.contains("100%"), "\(verdict)")
        // Only the weeks with data count for the series: 1.25 h of standups a week.
        let series = try #require((document["topBelowSeries"] as? [[String: Any]])?.first)
        #expect(series["hours"] as? Double == 6.25 && series["hoursPerWeek"] as? Double == 1.25, "\(series)")

        let text = try AltitudeProcess.run(["trends"] + arguments).stdout
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("2026-W01") })
        #expect(row.hasSuffix("no data"), "\(text)")
        #expect(text.contains("no data: outside the time this calendar's sources cover, 2026-02-04 to 2026-03-04"))
        let csv = try AltitudeProcess.run(["trends"] + arguments + ["--format", "csv"]).stdout.split(separator: "\r\n")
        #expect(csv[1] == "2025-W51,2025-12-15,2025-12-22" + String(repeating: ",", count: 21))
    }

    @Test("Outlook's X-CALSTART and X-CALEND give the span, whatever the series and the single events reach")
    func outlookRange() throws {
        let outcome = try AltitudeProcess.run(["report", AltitudeProcess.fixture("outlook_xcalstart_xcalend_series_from_2024.ics"),
                                               "--profile", Self.profile, "--week", "2026-W05", "--format", "json", "--quiet"])
        let span = try #require(try Self.json(outcome.stdout)["calendarSpan"] as? [String: Any])
        #expect(span["first"] as? String == "2026-02-02" && span["last"] as? String == "2026-03-02", "\(span)")
        #expect((try Self.json(outcome.stdout)["weeks"] as? [[String: Any]])?.last?["outsideData"] as? Bool == true)
        #expect(outcome.stdout.contains("\"week\" : \"2026-W05\""))
    }

    @Test("After the data: the digest is not sent and says where the data ends; the portfolio row says why it is empty and counts staleness from the end of the data")
    func afterTheData() throws {
        let store = TestStore()
        let later = store.environment.merging(["ALTITUDE_NOW": "2026-06-01T07:00:00Z"]) { $1 }
        let imported = try AltitudeProcess.run(["import", Self.reachingBack, "--profile", Self.profile, "--quiet"], environment: later)
        #expect(imported.status == 0, "\(imported.stderr)")

        let digest = try AltitudeProcess.run(["digest", "--dry-run"], environment: later)
        #expect(digest.status == 66, "\(digest.stdout)\(digest.stderr)")
        #expect(digest.stdout.isEmpty)
        #expect(digest.stderr.contains("no digest for 2026-W22: 2026-W22 is after this calendar's data, which ends on 2026-03-04 (2026-W10)"),
                "\(digest.stderr)")

        let report = try AltitudeProcess.run(["report", "--quiet"], environment: later)
        #expect(report.stdout.contains("2026-W22 is after this calendar's data, which ends on 2026-03-04"), "\(report.stdout)")

        let portfolio = try AltitudeProcess.run(["portfolio"], environment: later)
        #expect(portfolio.status == 0, "\(portfolio.stderr)")
        #expect(portfolio.stdout.contains("me: no data: 2026-W22 is after this calendar's data, which ends on 2026-03-04"), "\(portfolio.stdout)")
        #expect(portfolio.stdout.contains("STALE data ends 2026-03-04 (88 days ago)"), "imported today, but the data is 88 days old")
        let json = try Self.json(try AltitudeProcess.run(["portfolio", "--format", "json"], environment: later).stdout)
        let row = try #require((json["clients"] as? [[String: Any]])?.first)
        #expect(row["belowShare"] is NSNull && row["rollingBelowShare"] is NSNull, "\(row)")
        #expect(row["stale"] as? Bool == true)
        #expect((row["empty"] as? String)?.hasPrefix("no data: 2026-W22 is after") == true)

        // The linked report shows the weeks that exist: it ends with the data's last week.
        let page = store.file("portfolio.html")
        #expect(try AltitudeProcess.run(["portfolio", "--format", "html", "-o", page], environment: later).status == 0)
        let linked = try String(contentsOfFile: store.file("portfolio-me.html"), encoding: .utf8)
        #expect(linked.contains("Altitude report · 2026-W10"), "\(linked.prefix(600))")
        #expect(linked.contains("class=\"cards\""))
    }
}
