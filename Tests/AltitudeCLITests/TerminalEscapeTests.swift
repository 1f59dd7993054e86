import Foundation
import Testing

/// Calendar bytes quoted into warnings and errors are shown, never obeyed: no escape sequence,
/// bell or bidi override reaches the terminal of whoever runs Altitude on a hostile file.
@Suite("Terminal escapes in quoted input")
struct TerminalEscapeTests {
    /// Escapes in a UID (OSC 52, which writes the clipboard), an RRULE (clear screen), X-WR-TIMEZONE (a bell, a bidi override) and the organiser.
    static let hostile = AltitudeProcess.fixture("hostile_escapes_in_uid_rrule_xwrtimezone.ics")
    static let steering: [Character] = ["\u{1B}", "\u{07}", "\u{202E}", "\u{9B}"]

    static func noneSteers(_ text: String) -> Bool { !text.contains(where: { steering.contains($0) }) }

    @Test("Warnings about UIDs, RRULE text and X-WR-TIMEZONE, and the owner warning, show control characters as \\e, \\a and U+202E")
    func warnings() throws {
        let outcome = try AltitudeProcess.run(["events", Self.hostile, "--profile", ReportCommandTests.profile])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(Self.noneSteers(outcome.stderr), "\(outcome.stderr.debugDescription)")
        #expect(outcome.stderr.contains("(UID evil\\e]52;c;cm0gLXJmIH4K\\a@x.example)"))
        #expect(outcome.stderr.contains("BYDAY=\\e[2JMO"))
        #expect(outcome.stderr.contains("X-WR-TIMEZONE “Europe/U+202EBerlin\\a”"))
        #expect(outcome.stderr.contains("organised by boss\\e[8m@x.example"))
        // The owner warning is said even with --quiet: shown the same way.
        let quiet = try AltitudeProcess.run(["report", Self.hostile, "--profile", ReportCommandTests.profile, "--quiet"])
        #expect(quiet.stderr.contains("boss\\e[8m@x.example") && Self.noneSteers(quiet.stderr), "\(quiet.stderr.debugDescription)")
    }

    @Test("The first line of a file that is not a calendar is quoted visibly in the error")
    func notACalendar() throws {
        let outcome = try AltitudeProcess.run(["events", AltitudeProcess.fixture("not_calendar_first_line_escape.txt")])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("the line reads “\\e]0;pwned\\a\\e[2J<html>"), "\(outcome.stderr.debugDescription)")
        #expect(Self.noneSteers(outcome.stderr))
    }

    @Test("CSV and JSON stay faithful: the UID is the calendar's, byte for byte")
    func dataStaysFaithful() throws {
        let csv = try AltitudeProcess.run(["events", Self.hostile, "--format", "csv", "--quiet"]).stdout
        #expect(csv.contains("evil\u{1B}]52;c;cm0gLXJmIH4K\u{07}@x.example"))
        let json = try AltitudeProcess.run(["events", Self.hostile, "--format", "json", "--quiet"]).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((document["instances"] as? [[String: Any]])?.first?["uid"] as? String == "evil\u{1B}]52;c;cm0gLXJmIH4K\u{07}@x.example")
    }
}
