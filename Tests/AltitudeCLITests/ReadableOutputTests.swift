import Foundation
import Testing

/// Small things a reader trips on: the digest's footer and its "last read", a long sparkline, the HTML report on a phone.
@Suite("Readable output")
struct ReadableOutputTests {
    static let profile = ReportCommandTests.profile
    static let calendar = AltitudeProcess.fixture("series_reaching_back_before_single_events.ics")

    @Test("A client's digest names the client in its footer command, and says when the calendar was read in the leader's zone")
    func digestFooter() throws {
        let store = TestStore()
        // Imported at 22:30 UTC on Sunday 2026-03-08: 23:30 in Berlin, the leader's zone, still Sunday there.
        let imported = try AltitudeProcess.run(["import", Self.calendar, "--client", "acme", "--profile", Self.profile, "--quiet"],
                                               environment: store.environment.merging(["ALTITUDE_NOW": "2026-03-08T22:30:00Z"]) { $1 })
        #expect(imported.status == 0, "\(imported.stderr)")
        // The digest on Monday at 06:00 UTC, 07:00 in Berlin: in the leader's zone that was yesterday, not "today".
        let monday = store.environment.merging(["ALTITUDE_NOW": "2026-03-09T06:00:00Z"]) { $1 }
        let outcome = try AltitudeProcess.run(["digest", "--dry-run", "--client", "acme", "--week", "2026-W10"], environment: monday)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let message = try ParsedMessage.parse(try store.write(outcome.stdout, to: "digest.eml"))
        let text = try #require(message.part("text/plain"))
        #expect(text.contains("`altitude report --week 2026-W10 --client acme` shows the whole week."), "\(text)")
        #expect(text.contains("Calendar last read 1 day ago (2026-03-08 23:30 Europe/Berlin); its data ends on 2026-03-04 (5 days ago)"),
                "\(text)")
        #expect(message.part("text/html")?.contains("altitude report --week 2026-W10 --client acme") == true)
    }

    @Test("A long trend's sparkline wraps a year to a line, each starting with its first week")
    func longSparkline() throws {
        let outcome = try AltitudeProcess.run(["trends", Self.calendar, "--profile", Self.profile, "--week", "2026-W10", "--weeks", "120",
                                               "--quiet"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let ticks = Set("▁▂▃▄▅▆▇█")
        #expect(lines.allSatisfy { $0.filter(ticks.contains).count <= 52 }, "no line holds more than a year of the sparkline")
        let rows = lines.filter { $0.hasPrefix("  20") }
        #expect(rows.map { String($0.prefix(10)) } == ["  2023-W47", "  2024-W47", "  2025-W47"], "\(outcome.stdout)")
        #expect(rows.allSatisfy { $0.count <= 12 + 52 })
    }

    @Test("The HTML report reads on a phone: one column under 640 px, words wrap whole, no column cut off")
    func narrowScreen() throws {
        let html = try AltitudeProcess.run(["report", Self.calendar, "--profile", Self.profile, "--week", "2026-W10", "--format", "html",
                                            "--quiet"]).stdout
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(!html.contains("overflow-wrap:anywhere"), "anywhere breaks “Checkout” into “Checko ut” to fit a squeezed column")
        let narrow = try #require(html.range(of: "@media (max-width:640px){").map { html[$0.upperBound...].prefix(while: { $0 != "\n" }) })
        #expect(narrow.contains(".columns{grid-template-columns:1fr"), "the two side-by-side sections stack")
        #expect(narrow.contains(".series .rule{display:none}") && narrow.contains(".ask{white-space:normal}"),
                "the series tables drop the rule column and let “send someone?” wrap rather than run off the screen")
        #expect(html.contains("<th class=\"rule\">Rule</th>"))
    }
}
