import AltitudeAnalysis
import AltitudeModel
import AltitudeReporters
import Foundation
import Testing

/// Every format of the report, the trends and the digest, rendered in-process from
/// `ReportFixture`'s values and compared with its golden file. After a deliberate
/// change, `ALTITUDE_UPDATE_GOLDEN=1 swift test --filter GoldenTests` rewrites
/// them; review the diff.
@Suite("Formatters against their golden files")
struct GoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("golden")

    static func check(_ rendered: String, against name: String) throws {
        let golden = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ALTITUDE_UPDATE_GOLDEN"] != nil {
            try Data(rendered.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(rendered == expected, "differs from \(golden.path); diff it, and update the golden file if the change is meant")
    }

    @Test("Each report and trends format matches its golden file", arguments: [
        (ReportFormat.text, ReportFormat.View.week, "report.txt"), (.text, .trends, "trends.txt"), (.json, .week, "report.json"),
        (.csv, .trends, "trends.csv"), (.html, .week, "report.html"),
    ])
    func report(format: ReportFormat, view: ReportFormat.View, file: String) throws {
        let output = TextOutput()
        format.formatter(view: view).write(ReportFixture.report(), to: output)
        try output.finish()
        try Self.check(output.text, against: file)
    }

    @Test("With commitments and a hand-off candidate, each format (and the digest's parts) matches its golden file", arguments: [
        (ReportFormat.text, ReportFormat.View.week, "between-sessions-report.txt"), (.text, .trends, "between-sessions-trends.txt"),
        (.json, .week, "between-sessions-report.json"), (.csv, .trends, "between-sessions-trends.csv"),
        (.html, .week, "between-sessions-report.html"),
    ])
    func betweenSessions(format: ReportFormat, view: ReportFormat.View, file: String) throws {
        let output = TextOutput()
        format.formatter(view: view).write(ReportFixture.betweenSessions(), to: output)
        try output.finish()
        try Self.check(output.text, against: file)
        guard format == .text, view == .week else { return }
        let content = DigestContent(report: ReportFixture.betweenSessions(), freshness: .init(lastRead: ReportFixture.now, now: ReportFixture.now))
        try Self.check(DigestTextFormatter().format(content), against: "between-sessions-digest.txt")
        try Self.check(DigestHTMLFormatter().format(content), against: "between-sessions-digest.html")
    }

    @Test("The digest's text and HTML parts, and the whole message, match their golden files")
    func digest() throws {
        let content = ReportFixture.digest()
        try Self.check(DigestTextFormatter().format(content), against: "digest.txt")
        try Self.check(DigestHTMLFormatter().format(content), against: "digest.html")
        let message = DigestMessageFormatter().message(content, envelope: ReportFixture.envelope)
        try Self.check(String(decoding: message, as: UTF8.self), against: "digest.eml")
    }

    @Test("Calendar text is escaped in HTML and never reaches a header")
    func hostileTitle() throws {
        let html = ReportHTMLFormatter().format(ReportFixture.report())
        #expect(html.contains("Code review: ledger &lt;refactor&gt; &amp; &quot;retries&quot;"))
        #expect(!html.contains("<refactor>"))
        let message = String(decoding: DigestMessageFormatter().message(ReportFixture.digest(), envelope: ReportFixture.envelope),
                             as: UTF8.self)
        let headers = message.components(separatedBy: "\r\n\r\n")[0]
        #expect(!headers.contains("refactor") && !headers.contains("Incident"))
    }

    @Test("A value JSON cannot encode fails the output as an internal error, instead of writing less than was asked for")
    func jsonFailure() {
        let output = TextOutput()
        output.writeJSON(["share": Double.nan])
        #expect(throws: Failure.self) { try output.finish() }
        do {
            try output.finish()
        } catch let failure as Failure {
            #expect(failure.exitReason == .internalError)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Suite("What the report asks for")
struct EvidenceAdviceTests {
    @Test("Much of the week decided only by who was there, and no org chart: the report says how to add one; with one, it does not")
    func orgChartAdvice() {
        var report = ReportFixture.report()
        #expect(report.timeAnOrgChartWouldDecide == nil, "the fixture's week is mostly decided by topic")
        let last = report.weeks.count - 1
        report.weeks[last].metrics.evidence.belowSeconds[.structure] = report.weeks[last].metrics.belowSeconds
        report.weeks[last].metrics.evidence.belowSeconds[.topic] = 0
        let text = ReportFormat.text.formatter(view: .week).format(report)
        #expect(text.contains("of this week's classified time was decided only by who was there"))
        #expect(text.contains("email,name,manager_email (most HR systems export one)"))
        #expect(ReportHTMLFormatter().format(report).contains("Add `org_chart: org.csv` to the profile"))
        report.leader.hasOrgChart = true
        #expect(!ReportFormat.text.formatter(view: .week).format(report).contains("org_chart"))
    }
}

@Suite("The digest on a phone")
struct DigestOnAPhoneTests {
    @Test("The HTML part reflows: a viewport, every table and column width a percentage, no fixed 600 px, tables and inline styles only")
    func fluid() throws {
        let html = DigestHTMLFormatter().format(ReportFixture.digest())
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(!html.contains("width=\"600\""))
        let widths = html.matches(of: /width="([^"]*)"/).map { String($0.output.1) }
        #expect(!widths.isEmpty && widths.allSatisfy { $0.hasSuffix("%") }, "\(widths)")
        let pixelWidths = html.matches(of: /[^-]width:\s*(\d+)px/).map { String($0.output.1) }
        #expect(pixelWidths.isEmpty, "\(pixelWidths)")
        #expect(!html.contains("<style") && !html.contains("<svg") && !html.contains("<script") && !html.contains("<img"))
    }
}

@Suite("The digest's next week")
struct DigestNextWeekTests {
    @Test("The week after the data's last is no data in the digest, as in the report — not 0.0 h of 0.0 h booked")
    func afterTheData() {
        var report = ReportFixture.report()
        report.forwardLook.outsideData = true
        report.forwardLook.meetingHours = 0
        report.forwardLook.belowHours = 0
        let content = DigestContent(report: report, freshness: ReportFixture.digest().freshness)
        let text = DigestTextFormatter().format(content)
        #expect(text.contains("Next week (2026-W10): no data — 2026-W10 is after this calendar"), "\(text)")
        #expect(!text.contains("0.0 h of the 0.0 h"))
        #expect(DigestHTMLFormatter().format(content).contains("No data: 2026-W10 is after this calendar"))
    }
}
