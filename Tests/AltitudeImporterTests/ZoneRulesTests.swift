import AltitudeModel
import Testing
@testable import AltitudeImporter

@Suite("Time zone rules")
struct ZoneRulesTests {
    let newYork = ZoneRules(ianaIdentifier: "America/New_York")!

    func utc(_ zone: ZoneRules, _ wall: String) -> String {
        let value = Libical.dateTime(parsing: wall)!.wall
        return WallClock.basicDescription(zone.utcSeconds(fromWall: value)) + "Z"
    }

    @Test("A wall time in a spring-forward gap is read with the offset before the gap (RFC 5545 §3.3.5)")
    func gap() {
        #expect(utc(newYork, "20260308T023000") == "20260308T073000Z")
        #expect(utc(newYork, "20260308T013000") == "20260308T063000Z")
        #expect(utc(newYork, "20260308T033000") == "20260308T073000Z")
    }

    @Test("A wall time repeated by a fall-back overlap is its first occurrence (RFC 5545 §3.3.5)")
    func overlap() {
        #expect(utc(newYork, "20261101T013000") == "20261101T053000Z")
        #expect(utc(newYork, "20261101T023000") == "20261101T073000Z")
    }

    @Test("A VTIMEZONE compiles to the same transitions as tzdata for the years its rule covers")
    func compiledVTimeZoneMatchesTzdata() throws {
        let definition = TimeZoneDefinition(tzid: "Berlin (file)", line: 1, observances: [
            .init(start: Libical.dateTime(parsing: "19700329T020000")!.wall, offsetFrom: 3600, offsetTo: 7200,
                  rules: [Libical.recurrenceRule(parsing: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")!], dates: []),
            .init(start: Libical.dateTime(parsing: "19701025T030000")!.wall, offsetFrom: 7200, offsetTo: 3600,
                  rules: [Libical.recurrenceRule(parsing: "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")!], dates: []),
        ])
        let compiled = try #require(definition.compiled(identifier: "Berlin (file)"))
        let berlin = try #require(ZoneRules(ianaIdentifier: "Europe/Berlin"))
        // The EU rule has been the same since 1996; check every 6 hours to 2037.
        var instant = Libical.dateTime(parsing: "19960101T000000")!.wall
        let end = Libical.dateTime(parsing: "20370101T000000")!.wall
        var mismatches = 0
        while instant < end {
            if compiled.offset(atUTC: instant) != berlin.offset(atUTC: instant) { mismatches += 1 }
            instant += 6 * 3600
        }
        #expect(mismatches == 0)
    }

    @Test("Windows zone names map to IANA", arguments: [
        ("Pacific Standard Time", "America/Los_Angeles"), ("W. Europe Standard Time", "Europe/Berlin"),
        ("GMT Standard Time", "Europe/London"), ("Eastern Standard Time", "America/New_York"),
        ("India Standard Time", "Asia/Calcutta"),
    ])
    func windowsNames(windows: String, iana: String) {
        #expect(Libical.ianaName(forWindowsZone: windows) == iana)
    }

    @Test("Week numbers follow RFC 5545: week 1 has four days of the year; weeks start on WKST")
    func weekNumbers() {
        let monday = WeekNumbering(weekStart: .monday)
        let day = { (text: String) in CivilDate(iso: text)!.dayNumber }
        #expect(monday.week(of: day("2026-01-01")).number == 1)
        #expect(monday.week(of: day("2027-01-03")).year == 2026)
        #expect(monday.week(of: day("2027-01-03")).number == 53)
        #expect(monday.week(of: day("2024-12-30")).year == 2025)
        let sunday = WeekNumbering(weekStart: .sunday)
        #expect(sunday.week(of: day("1998-05-17")).number == 20)
    }
}

@Suite("Calendar scanner")
struct CalendarScannerTests {
    func scan(_ text: String) throws -> (blocks: [CalendarScanner.Block], summary: CalendarScanner.Summary) {
        var scanner = CalendarScanner(file: "t.ics")
        let blocks = try Array(text.utf8).withUnsafeBytes { try scanner.scan($0, isLast: true).blocks }
        return (blocks, scanner.summary)
    }

    @Test("Blocks carry the line they begin on, with CRLF, LF and folded lines mixed")
    func lineNumbers() throws {
        let text = "BEGIN:VCALENDAR\r\nX-WR-CALNAME:A\nBEGIN:VEVENT\r\nSUMMARY:long\r\n  folded\r\nEND:VEVENT\nBEGIN:VTODO\nEND:VTODO\nbegin:vevent\nend:vevent\nEND:VCALENDAR\n"
        let result = try scan(text)
        #expect(result.blocks.map(\.line) == [3, 9])
        #expect(result.summary.calendars.map(\.line) == [1])
        #expect(result.summary.calendars[0].propertyLines.count == 1)
        #expect(result.summary.ignoredComponents == ["VTODO": 1])
    }

    @Test("Long physical lines are flagged for refolding")
    func longLines() throws {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDESCRIPTION:\(String(repeating: "x", count: 5000))\nEND:VEVENT\nBEGIN:VEVENT\nEND:VEVENT\nEND:VCALENDAR\n"
        #expect(try scan(text).blocks.map(\.hasLongLine) == [true, false])
    }

    @Test("Components nested absurdly deep are refused")
    func depth() {
        let text = "BEGIN:VCALENDAR\n" + String(repeating: "BEGIN:X\n", count: 40)
        #expect(throws: InputError.self) { try scan(text) }
    }

    /// Chunk boundaries fall anywhere: inside a line, between CR and LF, inside a
    /// UTF-8 sequence. The result must not depend on them.
    @Test("Reading in tiny chunks gives the same records, lines and warnings as reading whole",
          arguments: [1, 2, 7, 64, 1000])
    func chunkBoundaries(chunkSize: Int) throws {
        for name in ["event_recurid_moved.ics", "bom_lf_fold_in_utf8.ics", "missing_dtstart.ics", "end_mismatch.ics",
                     "multiple_vcalendars.ics", "vtimezone_custom.ics", "utf16le_bom.ics"] {
            let source = try CalendarSource.file(Fixture.path(name))
            let whole = try FileParser.parse(source, parallelism: 1)
            let chunked = try FileParser.parse(source, parallelism: 2, chunkSize: chunkSize)
            #expect(chunked.records.map(\.line) == whole.records.map(\.line), "\(name)")
            #expect(chunked.records.map(\.title) == whole.records.map(\.title), "\(name)")
            #expect(chunked.diagnostics == whole.diagnostics, "\(name)")
            #expect(chunked.calendarNames == whole.calendarNames, "\(name)")
            #expect(chunked.calendars.map { $0.definitions.keys.sorted() } == whole.calendars.map { $0.definitions.keys.sorted() })
        }
    }
}
