import Foundation
import Testing

/// Org charts that would be half-read: each is refused with the chart's (or the profile's) file and line, exit 78.
@Suite("Org charts that are refused")
struct OrgChartCommandTests {
    static let charts = AltitudeProcess.repositoryRoot.appendingPathComponent("Tests/AltitudeCLITests/OrgCharts")

    /// `rules check` with the report fixtures' profile (Robin Vale) naming `chart`, copied beside it.
    static func check(_ chart: String) throws -> AltitudeProcess.Outcome {
        let store = TestStore()
        try FileManager.default.copyItem(at: charts.appendingPathComponent(chart), to: store.directory.appendingPathComponent(chart))
        let profile = try String(contentsOfFile: ReportCommandTests.profile, encoding: .utf8) + "org_chart: \(chart)\n"
        return try store.run(["rules", "check", "--profile", try store.write(profile, to: "profile.yaml")])
    }

    @Test("A complete chart is read")
    func complete() throws {
        let outcome = try Self.check("org_complete.csv")
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }

    @Test("Each broken chart is an error with its file and line", arguments: [
        ("org_unterminated_quote.csv", "org_unterminated_quote.csv:4: error: a quoted field opened here is never closed"),
        ("org_chain_loops_through_leader.csv", "org_chain_loops_through_leader.csv:2: error: the management chain loops: cto@acme.example → "
            + "sol@acme.example → ben@acme.example → robin@acme.example → cto@acme.example"),
        ("org_address_with_nul.csv", "org_address_with_nul.csv:6: error: “chen\\0@acme.example” is not an email address"),
        ("org_without_leader_row.csv", "profile.yaml:13:12: error: the org chart “org_without_leader_row.csv”"),
    ])
    func refused(chart: String, message: String) throws {
        let outcome = try Self.check(chart)
        #expect(outcome.status == 78, "\(outcome.stdout)")
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    }
}
