import AltitudeModel
import Foundation
import Testing
@testable import AltitudeImporter

/// What real calendars from other tools do that RFC 5545 does not quite allow,
/// and how Altitude reads them (README, "What the importer gets right").
/// One fixture per shape, named by it.
@Suite("Quirks: components without a VCALENDAR")
struct BareComponentTests {
    @Test("A bare VEVENT is read, with one warning that the wrapper is missing")
    func bareEvent() throws {
        let result = try Fixture.read("bare_vevent_no_vcalendar.ics")
        #expect(result.rows == ["bare-one@example.com|2026-03-02T09:00:00Z|2026-03-02T10:00:00Z"])
        #expect(result.warnings == [
            "\(Fixture.path("bare_vevent_no_vcalendar.ics")):1: warning: no BEGIN:VCALENDAR around BEGIN:VEVENT: the bare components are read as a calendar",
        ])
    }

    @Test("Bare VEVENTs beside a bare VTIMEZONE, VTODO, VALARM and VAVAILABILITY: the events, their zone, one warning")
    func bareComponents() throws {
        let result = try Fixture.read("bare_components_vevents_vtodo_valarm_vavailability.ics")
        #expect(result.rows == [
            "bare-a@example.com|2026-03-02T07:00:00Z|2026-03-02T07:30:00Z",
            "bare-a@example.com|2026-03-03T07:00:00Z|2026-03-03T07:30:00Z",
            "bare-b@example.com|2026-03-05T15:00:00Z|2026-03-05T16:00:00Z",
        ])
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.contains(":1: warning: no BEGIN:VCALENDAR around BEGIN:VTIMEZONE") == true)
        #expect(result.files.first?.ignoredComponents == ["VTODO": 1, "VALARM": 1, "VAVAILABILITY": 1])
    }

    @Test("A file with no iCalendar component at all is still refused")
    func noComponent() throws {
        let error = try #require(Fixture.error("no_ical_component_vcard.ics"))
        #expect(error.line == 1)
        #expect(error.message == "expected BEGIN:VCALENDAR but found BEGIN:VCARD: this is not an iCalendar file")
    }

    @Test("A bare VEVENT cut off before its END is refused as truncated")
    func bareTruncated() throws {
        #expect(throws: InputError.self) {
            _ = try Fixture.read(text: "BEGIN:VEVENT\nUID:cut@example.com\nDTSTART:20260302T100000Z\n")
        }
    }
}

@Suite("Quirks: overrides that match no occurrence, and repeated overrides")
struct OrphanOverrideTests {
    @Test("An override whose RECURRENCE-ID the rule never produces is listed at its own DTSTART, with a warning")
    func orphanOverride() throws {
        let result = try Fixture.read("override_recurid_no_occurrence.ics")
        #expect(result.rows == [
            "weekly-sync@example.com|2026-03-02T09:00:00Z|2026-03-02T10:00:00Z",
            "weekly-sync@example.com|2026-03-04T14:00:00Z|2026-03-04T15:00:00Z",
            "weekly-sync@example.com|2026-03-09T09:00:00Z|2026-03-09T10:00:00Z",
            "weekly-sync@example.com|2026-03-12T08:00:00Z|2026-03-12T09:00:00Z",
            "weekly-sync@example.com|2026-03-16T09:00:00Z|2026-03-16T10:00:00Z",
        ])
        #expect(result.instances[1].title == "Weekly sync (moved from a Tuesday the rule never had)")
        #expect(result.instances[1].recurrenceID == "20260303T090000Z")
        #expect(result.instances[3].recurrenceID == "20260309T080000Z")
        #expect(result.instances.allSatisfy { $0.isRecurring })
        #expect(result.warnings.map { $0.replacingOccurrences(of: Fixture.path("override_recurid_no_occurrence.ics"), with: "F") } == [
            "F:13: warning: RECURRENCE-ID 20260303T090000Z is not an occurrence of the series: listed at its own DTSTART (UID weekly-sync@example.com)",
            "F:21: warning: RECURRENCE-ID 20260309T080000Z is not an occurrence of the series: listed at its own DTSTART (UID weekly-sync@example.com)",
        ])
    }

    @Test("An orphan override outside the window stays out of it")
    func orphanOutsideWindow() throws {
        let result = try Fixture.read("override_recurid_no_occurrence.ics", from: "2026-03-05", to: "2026-03-10")
        #expect(result.rows == ["weekly-sync@example.com|2026-03-09T09:00:00Z|2026-03-09T10:00:00Z"])
        #expect(result.warnings.isEmpty)
    }

    @Test("Several overrides of one occurrence: the highest SEQUENCE wins, then the latest DTSTAMP, however the RECURRENCE-ID is written")
    func repeatedOverrides() throws {
        let result = try Fixture.read("override_same_recurid_sequence_then_dtstamp.ics")
        #expect(result.rows == [
            "review@example.com|2026-03-02T09:00:00Z|2026-03-02T10:00:00Z",
            "review@example.com|2026-03-03T13:00:00Z|2026-03-03T14:00:00Z",
            "review@example.com|2026-03-04T15:00:00Z|2026-03-04T16:00:00Z",
        ])
        #expect(result.instances.map(\.title) == ["Review", "Review (sequence 2, the winner)", "Review (stamped later, the winner)"])
        #expect(result.warnings.isEmpty)
    }
}
