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

/// The warnings of a result with the fixture's path shortened to `F`.
private func warnings(_ result: ImportResult, _ fixture: String) -> [String] {
    result.warnings.map { $0.replacingOccurrences(of: Fixture.path(fixture), with: "F") }
}

@Suite("Quirks: values of one event in different zones and types")
struct MixedValueTests {
    @Test("A DATE with a TZID is all-day, the TZID ignored, with a warning")
    func zonedDate() throws {
        let result = try Fixture.read("date_value_with_tzid.ics")
        #expect(result.rows == ["holiday-berlin@example.com|2026-07-14|2026-07-15"])
        #expect(warnings(result, "date_value_with_tzid.ics") == [
            "F:6: warning: DTSTART is a DATE but names TZID “Europe/Berlin”: read as an all-day date, the TZID ignored (UID holiday-berlin@example.com)",
            "F:7: warning: DTEND is a DATE but names TZID “Europe/Berlin”: read as an all-day date, the TZID ignored (UID holiday-berlin@example.com)",
        ])
    }

    @Test("An 8-digit value with a TZID and no VALUE=DATE is all-day too, with a warning")
    func eightDigitsWithZone() throws {
        let result = try Fixture.read("dtstart_eight_digits_with_tzid.ics")
        #expect(result.rows == ["eight-digits@example.com|2026-07-14|2026-07-16"])
        #expect(warnings(result, "dtstart_eight_digits_with_tzid.ics").first
            == "F:6: warning: DTSTART has no time (and no VALUE=DATE) but names TZID “Europe/Berlin”: read as an all-day date, the TZID ignored (UID eight-digits@example.com)")
    }

    @Test("A floating UNTIL on a zoned DTSTART is read in DTSTART's zone: the 14:00 New York occurrence on the last day is kept")
    func floatingUntil() throws {
        let result = try Fixture.read("rrule_until_floating_zoned_dtstart.ics")
        #expect(result.rows == [
            "until-floating@example.com|2026-03-11T18:00:00Z|2026-03-11T18:30:00Z",
            "until-floating@example.com|2026-03-12T18:00:00Z|2026-03-12T18:30:00Z",
            "until-floating@example.com|2026-03-13T18:00:00Z|2026-03-13T18:30:00Z",
        ])
        #expect(result.warnings.isEmpty)
    }

    @Test("Floating DTEND, EXDATE, RDATE and RECURRENCE-ID beside a zoned DTSTART are read in DTSTART's zone, whatever --timezone says")
    func floatingBesideZoned() throws {
        let fixture = "dtend_floating_with_zoned_dtstart.ics"
        for zone in ["UTC", "Asia/Tokyo"] {
            let result = try Fixture.read(fixture, zone: zone)
            #expect(result.rows == [
                "mozilla-mixed@example.com|2026-03-02T14:00:00Z|2026-03-02T15:00:00Z",
                "mozilla-mixed@example.com|2026-03-04T18:00:00Z|2026-03-04T19:00:00Z",
                "mozilla-mixed@example.com|2026-03-05T14:00:00Z|2026-03-05T15:00:00Z",
                "mozilla-mixed@example.com|2026-03-10T13:00:00Z|2026-03-10T14:00:00Z",
            ])
            #expect(result.instances[1].recurrenceID == "20260304T140000Z")
            #expect(warnings(result, fixture) == [
                "F:24: warning: DTEND has no time zone beside a zoned DTSTART: read in DTSTART's zone “US-Eastern” (UID mozilla-mixed@example.com)",
                "F:26: warning: EXDATE has no time zone beside a zoned DTSTART: read in DTSTART's zone “US-Eastern” (UID mozilla-mixed@example.com)",
                "F:27: warning: RDATE has no time zone beside a zoned DTSTART: read in DTSTART's zone “US-Eastern” (UID mozilla-mixed@example.com)",
                "F:34: warning: DTEND has no time zone beside a zoned DTSTART: read in DTSTART's zone “US-Eastern” (UID mozilla-mixed@example.com)",
                "F:32: warning: RECURRENCE-ID has no time zone beside a zoned DTSTART: read in DTSTART's zone “US-Eastern” (UID mozilla-mixed@example.com)",
            ])
        }
    }

    @Test("A DTEND in another zone than DTSTART is valid: the length is the exact difference, no warning")
    func endInAnotherZone() throws {
        let result = try Fixture.read("dtend_other_zone_than_dtstart.ics")
        #expect(result.rows == ["flight@example.com|2026-03-03T00:00:00Z|2026-03-03T07:00:00Z"])
        #expect(result.warnings.isEmpty)
    }

    @Test("EXDATE and RDATE of the other value type than DTSTART work on the day, with a warning each")
    func valueTypeMismatch() throws {
        let fixture = "exdate_rdate_value_type_mismatch.ics"
        let result = try Fixture.read(fixture)
        #expect(result.rows == [
            "timed-with-dates@example.com|2026-03-02T09:00:00Z|2026-03-02T10:00:00Z",
            "timed-with-dates@example.com|2026-03-04T09:00:00Z|2026-03-04T10:00:00Z",
            "timed-with-dates@example.com|2026-03-06T09:00:00Z|2026-03-06T10:00:00Z",
            "allday-with-times@example.com|2026-03-09|2026-03-10",
            "allday-with-times@example.com|2026-03-11|2026-03-12",
            "allday-with-times@example.com|2026-03-13|2026-03-14",
        ])
        #expect(warnings(result, fixture) == [
            "F:9: warning: EXDATE is a DATE in a series with times: it removes that day's occurrence (UID timed-with-dates@example.com)",
            "F:10: warning: RDATE is a DATE in a series with times: an occurrence is added that day at DTSTART's time of day (UID timed-with-dates@example.com)",
            "F:18: warning: EXDATE has a time in an all-day series: its date is removed (UID allday-with-times@example.com)",
            "F:19: warning: RDATE has a time in an all-day series: an all-day occurrence is added on its date (UID allday-with-times@example.com)",
        ])
    }

    @Test("A DATE-TIME DTEND on a DATE DTSTART (and the other way) keeps its meaning, with a warning")
    func endOfTheOtherType() throws {
        let result = try Fixture.read(text: """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            UID:date-to-time@example.com
            DTSTART;VALUE=DATE:20260302
            DTEND:20260302T120000Z
            END:VEVENT
            BEGIN:VEVENT
            UID:time-to-date@example.com
            DTSTART;TZID=Europe/Berlin:20260303T220000
            DTEND;VALUE=DATE:20260304
            END:VEVENT
            END:VCALENDAR
            """)
        #expect(result.rows == [
            "date-to-time@example.com|2026-03-02T00:00:00Z|2026-03-02T12:00:00Z",
            "time-to-date@example.com|2026-03-03T21:00:00Z|2026-03-03T23:00:00Z",
        ])
        #expect(result.warnings == [
            "inline.ics:5: warning: DTEND has a time but DTSTART is a DATE: the event runs from DTSTART's midnight to DTEND (UID date-to-time@example.com)",
            "inline.ics:10: warning: DTEND is a DATE but DTSTART has a time: the event ends at DTEND's midnight in DTSTART's zone (UID time-to-date@example.com)",
        ])
    }
}

@Suite("Quirks: line ends and encodings")
struct EncodingTests {
    @Test("Bare CR line ends (Lotus Notes), folds included")
    func bareCarriageReturns() throws {
        let result = try Fixture.read("encoding_bare_cr.ics")
        #expect(result.rows == [
            "lotus@example.com|2026-03-02T14:00:00Z|2026-03-02T15:00:00Z",
            "lotus-2@example.com|2026-03-03T14:00:00Z|2026-03-03T15:00:00Z",
        ])
        #expect(result.instances.first?.title == "Lotus Notes meeting")
        #expect(result.warnings.isEmpty)
    }

    @Test("UTF-16 (big-endian) with a byte-order mark, characters outside Latin-1 included")
    func utf16() throws {
        let result = try Fixture.read("encoding_utf16_bom.ics")
        #expect(result.rows == ["utf16be@example.com|2026-03-02T14:00:00Z|2026-03-02T15:00:00Z"])
        #expect(result.instances.first?.title == "Überprüfung 日本")
        #expect(result.warnings.isEmpty)
    }

    @Test("A Latin-1 (Windows-1252) file is read as written, with one warning for the file")
    func latin1() throws {
        let result = try Fixture.read("encoding_latin1_not_utf8.ics")
        #expect(result.instances.map(\.title) == ["Réunion à Zürich", "Año nuevo"])
        #expect(result.instances.first?.location == "Salle Möbius – 2")
        #expect(warnings(result, "encoding_latin1_not_utf8.ics") == [
            "F:4: warning: text that is not valid UTF-8 (2 events, the first here) is read as Windows-1252 (Latin-1) (UID latin1-a@example.com)",
        ])
    }

    @Test("A stray Latin-1 byte in a UTF-8 file costs only itself: the UTF-8 around it is kept")
    func strayByte() throws {
        let result = try Fixture.read("encoding_utf8_with_stray_latin1.ics")
        #expect(result.instances.first?.title == "Café été")
        #expect(result.warnings.count == 1)
    }

    @Test("Windows-1252's 0x80–0x9F are its printable characters; a cut UTF-8 sequence falls back byte by byte")
    func windows1252Table() {
        let bytes: [UInt8] = [0x80, 0x93, 0x71, 0x94, 0x96, 0xC3, 0xA9, 0xE2, 0x82]
        let text = bytes.withUnsafeBytes { CalendarText.decodingLatin1Fallback($0) }
        #expect(text == "€“q”–éâ‚")
    }
}

extension OrphanOverrideTests {
    @Test("An override of an occurrence EXDATE removes, or after the series' UNTIL, is a deletion: not listed, with a warning")
    func deletedOverrides() throws {
        let fixture = "override_recurid_deleted_exdate_or_after_until.ics"
        let result = try Fixture.read(fixture)
        #expect(result.rows == [
            "deleted-after-moving@example.com|2026-03-02T09:00:00Z|2026-03-02T10:00:00Z",
            "deleted-after-moving@example.com|2026-03-04T09:00:00Z|2026-03-04T10:00:00Z",
            "cut-short@example.com|2026-03-09T09:00:00Z|2026-03-09T10:00:00Z",
            "cut-short@example.com|2026-03-16T09:00:00Z|2026-03-16T10:00:00Z",
        ])
        #expect(warnings(result, fixture) == [
            "F:13: warning: RECURRENCE-ID 20260303T090000Z overrides a deleted occurrence (EXDATE removes that occurrence): not listed (UID deleted-after-moving@example.com)",
            "F:29: warning: RECURRENCE-ID 20260323T090000Z overrides a deleted occurrence (the series ends before it): not listed (UID cut-short@example.com)",
        ])
    }
}

@Suite("Quirks: Outlook display names and custom TZIDs")
struct DisplayNameZoneTests {
    @Test("Quoted Outlook display names map to their IANA zones, across DST, without a warning")
    func quotedDisplayNames() throws {
        let result = try Fixture.read("tzid_outlook_display_name_quoted.ics")
        #expect(result.rows == [
            "outlook-amsterdam@example.com|2026-03-02T09:00:00Z|2026-03-02T10:00:00Z",
            "outlook-eastern@example.com|2026-03-02T14:00:00Z|2026-03-02T15:00:00Z",
            "outlook-eastern@example.com|2026-03-09T13:00:00Z|2026-03-09T14:00:00Z",
        ])
        #expect(result.warnings.isEmpty)
    }

    @Test("Unquoted, with an old (GMT…) or drifted prefix, 'and' for '&', or no prefix at all")
    func displayNameVariants() throws {
        let result = try Fixture.read("tzid_outlook_display_name_unquoted_variants.ics")
        #expect(Set(result.rows) == [
            "unquoted-colon@example.com|2026-03-02T09:00:00Z|2026-03-02T10:00:00Z",
            "gmt-dot-and@example.com|2026-03-02T15:00:00Z|2026-03-02T16:00:00Z",
            // "(UTC+04:00) Moscow, St. Petersburg, Volgograd": Moscow is UTC+3 today, and tzdata knows it.
            "drifted-offset@example.com|2026-03-02T07:00:00Z|2026-03-02T08:00:00Z",
            "no-prefix@example.com|2026-03-02T17:00:00Z|2026-03-02T18:00:00Z",
        ])
        #expect(result.warnings.isEmpty)
    }

    @Test("A custom TZID without its VTIMEZONE: an IANA name inside it is used; else the offset it states, with a warning")
    func customNames() throws {
        let fixture = "tzid_custom_embedded_iana_or_offset.ics"
        let result = try Fixture.read(fixture)
        #expect(Set(result.rows) == [
            "embedded-iana@example.com|2026-03-02T15:00:00Z|2026-03-02T16:00:00Z",
            "embedded-offset@example.com|2026-03-02T03:30:00Z|2026-03-02T04:30:00Z",
            "gmt-offset@example.com|2026-03-02T12:00:00Z|2026-03-02T13:00:00Z",
        ])
        #expect(warnings(result, fixture) == [
            "F:10: warning: unknown time zone “(UTC+05:30) Somewhere Custom”: its times are read at the fixed offset its name gives, UTC+05:30 (no daylight saving) (UID embedded-offset@example.com)",
        ])
    }

    @Test("Offsets are read from the forms exporters write, and nothing else")
    func offsets() {
        #expect(ZoneResolver.offsetZone("(GMT-06.00) Somewhere")?.identifier == "UTC-06:00")
        #expect(ZoneResolver.offsetZone("UTC+5")?.identifier == "UTC+05:00")
        #expect(ZoneResolver.offsetZone("gmt -0330")?.identifier == "UTC-03:30")
        #expect(ZoneResolver.offsetZone("(UTC) Somewhere") == nil)
        #expect(ZoneResolver.offsetZone("UTC+25:00") == nil)
        #expect(ZoneResolver.offsetZone("Atlantis Standard Time") == nil)
    }

    @Test("The display-name table covers Windows' zones, each name once, each ID one ICU maps to an IANA zone")
    func table() {
        let ids = Set(WindowsDisplayNames.entries.map(\.windowsID))
        #expect(ids.count >= 135)
        for id in ids.sorted() {
            #expect(ZoneResolver.windowsZone(id) ?? ZoneRules(ianaIdentifier: id) != nil, "ICU has no IANA zone for \(id)")
        }
        var seen: [String: String] = [:]
        for entry in WindowsDisplayNames.entries {
            let key = WindowsDisplayNames.key(entry.name)
            #expect(seen[key] == nil, "\(entry.name) is listed twice")
            seen[key] = entry.windowsID
        }
        #expect(WindowsDisplayNames.windowsID(forDisplayName: "\"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris\"") == "Romance Standard Time")
        #expect(WindowsDisplayNames.windowsID(forDisplayName: "(GMT+10:00)  Canberra,Melbourne,Sydney") == "AUS Eastern Standard Time")
    }
}

@Suite("Quirks: unbounded rules at fine frequencies")
struct FineFrequencyTests {
    @Test("Unbounded MINUTELY and HOURLY over 1990..2040 stop at the series cap, fast, with the cap's warning")
    func unboundedFineRules() throws {
        let fixture = "rrule_unbounded_minutely.ics"
        let clock = ContinuousClock()
        var result: ImportResult?
        let elapsed = try clock.measure { result = try Fixture.read(fixture, from: "1990-01-01", to: "2040-01-01") }
        let read = try #require(result)
        let counts = Dictionary(grouping: read.instances, by: \.uid).mapValues(\.count)
        #expect(counts["every-minute@example.com"] == 50_000)
        // The 02:30 of each spring-forward day lands on 03:30 (RFC 5545 §3.3.5) and is one instance with it.
        #expect(counts["every-hour@example.com"] == 49_994)
        // DTSTART, then 29 February 03:07 of each leap year to 2036: a rule that rarely matches is not capped.
        #expect(counts["rare-minute@example.com"] == 12)
        #expect(warnings(read, fixture) == [
            "F:4: warning: “Every minute forever” repeats more than 50,000 times in the window: only the first 50,000 are listed (UID every-minute@example.com)",
            "F:11: warning: “Every hour forever” repeats more than 50,000 times in the window: only the first 50,000 are listed (UID every-hour@example.com)",
        ])
        // A debug build on a loaded 2-core machine; an unbounded walk to 2040 would take minutes.
        #expect(elapsed < .seconds(10), "took \(elapsed)")
    }
}
