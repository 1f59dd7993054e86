import AltitudeModel
import Foundation
import Testing
import TestSupport
@testable import AltitudeImporter

/// Hostile and broken files: a clear error naming file and line, or a repair
/// with a warning; never a crash, never a hang.
@Suite("Bad input")
struct BadInputTests {
    @Test("A truncated file is refused, naming where it ends and what was left open")
    func truncated() throws {
        let error = try #require(Fixture.error("truncated.ics"))
        #expect(error.file.hasSuffix("truncated.ics"))
        #expect(error.line == 13)
        #expect(error.message.contains("VEVENT (begun at line 10)"))
    }

    @Test("Text that is not a calendar is refused at line 1")
    func notCalendar() throws {
        let error = try #require(Fixture.error("not_ical.txt"))
        #expect(error.line == 1)
        #expect(error.message.contains("not an iCalendar file"))
        #expect(error.message.contains("<!DOCTYPE html>"))
    }

    @Test("An empty file is refused")
    func empty() throws {
        #expect(try #require(Fixture.error("empty.ics")).message.contains("empty"))
    }

    @Test("Binary data is refused at the line of the NUL byte")
    func binary() throws {
        let error = try #require(Fixture.error("binary_nul.ics"))
        #expect(error.line == 2)
        #expect(error.message.contains("NUL"))
    }

    @Test("An event without DTSTART is skipped with its line and UID; an unreadable DTEND is dropped with its line")
    func badEvents() throws {
        let result = try Fixture.read("missing_dtstart.ics")
        #expect(result.rows == [
            "fine@example.com|2026-03-02T10:00:00Z|2026-03-02T11:00:00Z",
            "bad-end@example.com|2026-03-03T10:00:00Z|2026-03-03T10:00:00Z",
        ])
        #expect(result.files.first?.skipped == 1)
        #expect(result.warnings.contains { $0.contains("missing_dtstart.ics:10:") && $0.contains("no-start@example.com") && $0.contains("skipped") })
        #expect(result.warnings.contains { $0.contains("missing_dtstart.ics:18:") && $0.contains("DTEND") })
    }

    @Test("An END that names the wrong component is repaired with a warning")
    func mismatchedEnd() throws {
        let result = try Fixture.read("end_mismatch.ics")
        #expect(result.rows == ["after-the-typo@example.com|2026-03-02T10:00:00Z|2026-03-02T11:00:00Z"])
        #expect(result.warnings.contains { $0.contains("end_mismatch.ics:7:") && $0.contains("END:VTOOD") })
    }

    @Test("DTEND before DTSTART is swapped, with a warning")
    func backwards() throws {
        let result = try Fixture.read("dtend_before_dtstart.ics")
        #expect(result.rows == ["backwards@example.com|2026-03-02T10:00:00Z|2026-03-02T11:00:00Z"])
        #expect(result.warnings.contains { $0.contains("swapped") })
    }

    @Test("An RRULE libical refuses for one bad part keeps its other parts, with a warning")
    func negativeCount() throws {
        let result = try Fixture.read("rrule_negative_count.ics")
        #expect(result.rows.count == 3)
        #expect(result.warnings.contains { $0.contains("rrule_negative_count.ics:8:") && $0.contains("COUNT=-1") })
    }

    @Test("Random bytes inside an event never crash the importer", arguments: 0..<40)
    func fuzzedEvent(seed: Int) throws {
        var generator = SplitMix(seed: UInt64(seed))
        let pieces = ["DTSTART:", "RRULE:FREQ=", "EXDATE;TZID=", "RDATE;VALUE=PERIOD:", "DURATION:P", "BYDAY=", ";", ":", "\r\n ",
                      "20260302T", "Z", "-1", "99999999", "\u{00}", "\u{FF}", "BEGIN:VALARM", "END:VEVENT", "é", "\\,"]
        var body = ""
        for _ in 0..<Int.random(in: 5...40, using: &generator) { body += pieces.randomElement(using: &generator)! }
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:fuzz\r\nDTSTART:20260302T100000Z\r\n\(body)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        do {
            let result = try CalendarImporter(options: Fixture.options(from: "2026-03-01", to: "2026-04-01"))
                .read([CalendarSource(name: "fuzz.ics", data: Data(text.utf8))])
            #expect(result.instances.count <= 50_000)
        } catch {
            #expect(error.file == "fuzz.ics")
        }
    }
}
