import AltitudeModel
import Foundation
import Testing
@testable import AltitudeImporter

@Suite("Recurrence sets: overrides, exceptions, lengths")
struct RecurrenceSetTests {
    @Test("A cancelled occurrence is listed with its status")
    func cancelledOccurrence() throws {
        let result = try Fixture.read("event_recurid_cancelled.ics")
        #expect(result.rows.count == 3)
        #expect(result.instances.map(\.status) == [.confirmed, .cancelled, .confirmed])
    }

    @Test("An override without its master stands alone, still known as an occurrence")
    func overrideWithoutMaster() throws {
        let result = try Fixture.read("event_override_without_master.ics")
        #expect(result.rows == ["invited-once@example.com|2026-03-05T11:00:00Z|2026-03-05T12:00:00Z"])
        #expect(result.instances[0].recurrenceID == "20260305T100000Z")
        #expect(result.instances[0].isRecurring)
    }

    @Test("Each instance carries its series' frequency (an override its master's); a one-off has none")
    func recurrenceFrequency() throws {
        let result = try Fixture.read("rrule_weekly_frequency.ics", to: "2027-01-01")
        let frequencies = result.instances.map { "\($0.title): \($0.recurrenceFrequency?.rawValue ?? "none")" }
        #expect(frequencies == ["Staff meeting: weekly", "Kickoff: none", "Board day: yearly", "Staff meeting (moved to Tuesday): weekly",
                                "Staff meeting: weekly"])
        #expect(result.instances.filter(\.isRecurring).count == 4)
    }

    @Test("Two rules: the finer frequency; listed dates only, or an override alone: recurring, with no frequency")
    func recurrenceFrequencyWithoutOneRule() throws {
        let twoRules = try Fixture.read("rrule_two_rules_finest_frequency.ics").instances
        #expect(twoRules.map(\.recurrenceFrequency) == Array(repeating: .daily, count: 4))
        for name in ["rdate_tzid.ics", "event_override_without_master.ics"] {
            let instances = try Fixture.read(name).instances
            #expect(!instances.isEmpty && instances.allSatisfy { $0.isRecurring && $0.recurrenceFrequency == nil }, "\(name)")
        }
    }

    @Test("RANGE=THISANDFUTURE moves and reshapes every later occurrence")
    func thisAndFuture() throws {
        let result = try Fixture.read("event_range_thisandfuture.ics")
        #expect(result.rows == [
            "sync@example.com|2026-03-02T10:00:00Z|2026-03-02T11:00:00Z",
            "sync@example.com|2026-03-09T10:00:00Z|2026-03-09T11:00:00Z",
            "sync@example.com|2026-03-16T13:00:00Z|2026-03-16T13:30:00Z",
            "sync@example.com|2026-03-23T13:00:00Z|2026-03-23T13:30:00Z",
        ])
        #expect(result.instances[3].title == "Weekly sync (shorter, afternoons)")
        #expect(result.instances[3].recurrenceID == "20260323T100000Z")
    }

    @Test("EXDATE lists remove occurrences; a DATE EXDATE removes that day's occurrence of a timed series")
    func exceptionDates() throws {
        #expect(try Fixture.read("exdate_date_vs_datetime.ics").rows == [
            "skip-days@example.com|2026-03-02T10:00:00Z|2026-03-02T11:00:00Z",
            "skip-days@example.com|2026-03-04T10:00:00Z|2026-03-04T11:00:00Z",
        ])
    }

    @Test("DURATION is nominal (a day across DST is 23 h), DTEND exact, no end means zero or one day")
    func lengths() throws {
        #expect(try Fixture.read("duration_vs_dtend.ics").rows == [
            "with-dtend@example.com|2026-03-02T09:00:00Z|2026-03-02T10:30:00Z",
            "no-end-timed@example.com|2026-03-02T12:00:00Z|2026-03-02T12:00:00Z",
            "no-end-date@example.com|2026-03-04|2026-03-05",
            "with-duration@example.com|2026-03-28T08:00:00Z|2026-03-29T07:00:00Z",
        ])
    }

    @Test("A DATE start with an hours DURATION is a timed span from local midnight")
    func dateStartWithHours() throws {
        let result = try Fixture.read(text: """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            UID:date-hours
            DTSTART;VALUE=DATE:20260302
            DURATION:PT10H
            END:VEVENT
            END:VCALENDAR
            """, zone: "Europe/Berlin")
        #expect(result.rows == ["date-hours|2026-03-01T23:00:00Z|2026-03-02T09:00:00Z"])
    }

    @Test("Outlook's X-MICROSOFT-CDO-ALLDAYEVENT turns midnight-to-midnight times into an all-day event")
    func outlookAllDay() throws {
        #expect(try Fixture.read("outlook_allday_flag.ics").rows == ["040000008200E00074C5B7101A82E00800000000CCC|2026-03-05|2026-03-06"])
    }

    @Test("Instances are ordered by start, then UID, and limited to the window (--to exclusive)")
    func windowAndOrder() throws {
        let result = try Fixture.read("event_recurid_moved.ics", from: "2026-03-03", to: "2026-03-05")
        #expect(result.rows == [
            "standup@example.com|2026-03-03T08:00:00Z|2026-03-03T08:15:00Z",
            "standup@example.com|2026-03-04T13:00:00Z|2026-03-04T13:30:00Z",
        ])
    }

    @Test("Without --from, the window starts at the calendar's first instance")
    func defaultWindowStart() throws {
        let options = CalendarImporter.Options(timeZone: .utc, now: Date(timeIntervalSince1970: 1_772_409_600))
        let result = try CalendarImporter(options: options).read([CalendarSource.file(Fixture.path("allday_span.ics"))])
        #expect(ImportResult.utc(result.window.start) == "2026-03-03T00:00:00Z")
        // 26 weeks after "today" (2026-03-02).
        #expect(ImportResult.utc(result.window.end) == "2026-08-31T00:00:00Z")
    }
}

@Suite("Time zones")
struct TimeZoneImportTests {
    @Test("Floating times are read in the chosen zone")
    func floating() throws {
        #expect(try Fixture.read("floating_times.ics", zone: "Europe/Berlin").rows
            == ["floating@example.com|2026-03-02T08:00:00Z|2026-03-02T09:00:00Z"])
        #expect(try Fixture.read("floating_times.ics", zone: "UTC").rows
            == ["floating@example.com|2026-03-02T09:00:00Z|2026-03-02T10:00:00Z"])
    }

    @Test("X-WR-TIMEZONE gives floating times their zone and UTC series the calendar's clock")
    func calendarTimeZone() throws {
        #expect(try Fixture.read("x_wr_timezone_floating.ics", zone: "UTC").rows == [
            "ny-floating@example.com|2026-03-02T14:00:00Z|2026-03-02T15:00:00Z",
            "ny-utc-weekly@example.com|2026-03-02T14:00:00Z|2026-03-02T15:00:00Z",
            "ny-utc-weekly@example.com|2026-03-09T13:00:00Z|2026-03-09T14:00:00Z",
        ])
    }

    @Test("Outlook's Windows zone names map to IANA zones through ICU")
    func windowsZoneName() throws {
        let result = try Fixture.read("tzid_windows_name.ics")
        #expect(result.rows == ["040000008200E00074C5B7101A82E00800000000AAA|2026-03-02T09:00:00Z|2026-03-02T10:00:00Z"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test("Mozilla-style vendor prefixes are stripped to the IANA name")
    func vendorPrefix() throws {
        #expect(try Fixture.read("tzid_mozilla_prefix.ics").rows
            == ["thunderbird@example.com|2026-03-02T04:30:00Z|2026-03-02T05:30:00Z"])
    }

    @Test("A VTIMEZONE with a name no database knows defines the zone itself")
    func customVTimeZone() throws {
        #expect(try Fixture.read("vtimezone_custom.ics").rows == [
            "040000008200E00074C5B7101A82E00800000000BBB|2026-03-23T09:00:00Z|2026-03-23T10:00:00Z",
            "040000008200E00074C5B7101A82E00800000000BBB|2026-03-30T08:00:00Z|2026-03-30T09:00:00Z",
        ])
    }

    @Test("An unknown TZID is read in the fallback zone, with a warning naming both")
    func unknownZone() throws {
        let result = try Fixture.read("tzid_unknown.ics", zone: "Europe/Paris")
        #expect(result.rows == ["mystery-zone@example.com|2026-03-02T09:00:00Z|2026-03-02T10:00:00Z"])
        #expect(result.warnings.count == 1)
        let warning = try #require(result.warnings.first)
        #expect(warning.contains("tzid_unknown.ics:4:"))
        #expect(warning.contains("Atlantis Standard Time") && warning.contains("Europe/Paris"))
        #expect(!warning.contains("events)"), "one event (its DTSTART and DTEND) is one event: \(warning)")
    }

    @Test("An unknown TZID's warning counts the events that use it, not the values that name it")
    func unknownZoneCount() throws {
        let result = try Fixture.read("tzid_unknown_two_events.ics", zone: "Europe/Paris")
        #expect(result.warnings.count == 1)
        let warning = try #require(result.warnings.first)
        #expect(warning.contains("“Atlantis Standard Time” (2 events)"), "\(warning)")
    }
}

@Suite("Reading many kinds of file")
struct FileShapeTests {
    @Test("Several VCALENDARs in one file each keep their calendar name")
    func severalCalendars() throws {
        let result = try Fixture.read("multiple_vcalendars.ics")
        #expect(result.instances.map(\.calendarName) == ["Work", "Board"])
    }

    @Test("A UTF-8 BOM, LF line ends and a fold inside a multi-byte character read cleanly")
    func bomAndFoldInsideCharacter() throws {
        let result = try Fixture.read("bom_lf_fold_in_utf8.ics")
        #expect(result.instances.map(\.title) == ["Réunion décalée"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test("UTF-16 with a byte-order mark is transcoded")
    func utf16() throws {
        #expect(try Fixture.read("utf16le_bom.ics").instances.count == 5)
    }

    @Test("Text that is not UTF-8 is read as Windows-1252 and reported")
    func invalidUTF8() throws {
        let result = try Fixture.read("invalid_utf8.ics")
        #expect(result.instances.first?.title == "Café with José")
        #expect(result.warnings.contains { $0.contains("invalid_utf8.ics:4:") && $0.contains("not valid UTF-8") })
    }

    @Test("A 10 MB line is read whole, and refolded before libical (whose line reader is quadratic)")
    func tenMegabyteLine() throws {
        let description = String(repeating: "abcdefghij", count: 1_048_576)
        let result = try Fixture.read(text: """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            UID:long-line@example.com
            DTSTART:20260302T100000Z
            DESCRIPTION:\(description)
            END:VEVENT
            END:VCALENDAR
            """)
        #expect(result.instances.first?.description.count == description.count)
    }

    @Test("Refolding keeps lines short, never splits a UTF-8 sequence, and unfolds to the original")
    func refolding() throws {
        let line = "SUMMARY:" + String(repeating: "é€😀a", count: 2000) + "\r\n"
        var output: [UInt8] = []
        Array(line.utf8).withUnsafeBytes { Libical.refold($0, into: &output) }
        let physical = output.split(separator: 0x0A, omittingEmptySubsequences: true)
        #expect(physical.count > 100)
        #expect(physical.allSatisfy { $0.count <= 79 })
        #expect(physical.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
        let unfolded = String(decoding: output, as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded == line)
    }
}

@Suite("Who and what: attendees, the owner's response, status")
struct PeopleTests {
    @Test("The owner's response comes from the profile's email or an alias, case-insensitively")
    func ownerResponse() throws {
        let result = try Fixture.read("attendees_and_owner.ics", owner: ["maya.chen@lumen.example", "maya@lumen.example"])
        #expect(result.instances.map(\.myResponse) == [.declined, .organizer, .organizer])
        let grooming = result.instances[0]
        #expect(grooming.attendees.map(\.email) == ["maya.chen@lumen.example", "ana@lumen.example", "room4@lumen.example"])
        #expect(grooming.attendees.map(\.role) == [.required, .chair, .nonParticipant])
        #expect(grooming.attendees[2].kind == .room)
        #expect(grooming.organizer == Participant(email: "ana@lumen.example", name: "Ana Silva"))
        let staff = result.instances[1]
        #expect(staff.categories == ["Staff", "Leadership"])
        #expect(staff.transparency == .transparent)
        #expect(staff.status == .tentative)
        #expect(staff.attendees.first?.status == .tentative)
    }

    @Test("Without an owner identity, an invitation's response is unknown")
    func unknownOwner() throws {
        #expect(try Fixture.read("attendees_and_owner.ics").instances.map(\.myResponse) == [.unknown, .unknown, .organizer])
    }
}

@Suite("The time an export has data for")
struct CoverageTests {
    static func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test("Outlook's X-CALSTART and X-CALEND are the range it covers, not the series that began in 2024 nor its last single event")
    func outlookRange() throws {
        let result = try Fixture.read("outlook_xcalstart_xcalend_series_from_2024.ics", from: "2024-01-01")
        #expect(result.instances.first.map { ImportResult.utc($0.start) } == "2024-06-03T08:30:00Z", "the series reaches back to 2024")
        #expect(result.files.first?.coverage == DateInterval(start: Self.instant("2026-02-02T00:00:00Z"), end: Self.instant("2026-03-02T00:00:00Z")))
    }

    @Test("Without a declared range, the span of the single events: a series reaching back before them does not widen it")
    func singleEventsSpan() throws {
        let result = try Fixture.read("series_reaching_back_before_single_events.ics", from: "2025-01-01")
        #expect(result.instances.first.map { ImportResult.utc($0.start) } == "2025-09-01T08:30:00Z")
        #expect(result.files.first?.coverage == DateInterval(start: Self.instant("2026-02-04T13:00:00Z"), end: Self.instant("2026-03-04T14:00:00Z")))
        // A file of series alone: its instances are all there is to go by.
        let series = try Fixture.read("event_recurid_moved.ics")
        #expect(series.files.first?.coverage?.start == series.instances.first?.start)
        #expect(series.files.first?.coverage?.end == series.instances.map(\.end).max())
    }
}
