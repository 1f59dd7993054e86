import AltitudeModel
import Testing
@testable import AltitudeImporter

/// Each place libical 3.0.16 expands wrongly, and what Altitude does instead.
/// One test per correction, each on a fixture named by its shape.
@Suite("Corrections to libical 3.0.16")
struct LibicalCorrectionTests {
    @Test("A moved occurrence replaces the one it moves (libical issue 314: foreach_recurrence ignores overrides)")
    func movedOccurrence() throws {
        let result = try Fixture.read("event_recurid_moved.ics")
        #expect(result.rows == [
            "standup@example.com|2026-03-02T08:00:00Z|2026-03-02T08:15:00Z",
            "standup@example.com|2026-03-03T08:00:00Z|2026-03-03T08:15:00Z",
            "standup@example.com|2026-03-04T13:00:00Z|2026-03-04T13:30:00Z",
            "standup@example.com|2026-03-05T08:00:00Z|2026-03-05T08:15:00Z",
            "standup@example.com|2026-03-06T08:00:00Z|2026-03-06T08:15:00Z",
        ])
        let moved = result.instances[2]
        #expect(moved.title == "Team standup (moved)")
        #expect(moved.recurrenceID == "20260304T080000Z")
        #expect(moved.isRecurring)
    }

    @Test("RDATE periods are occurrences with their own end (dropped by libical before 3.0.19)")
    func recurrenceDatePeriods() throws {
        #expect(try Fixture.read("rdate_period.ics").rows == [
            "workshop@example.com|2026-03-02T09:00:00Z|2026-03-02T10:00:00Z",
            "workshop@example.com|2026-03-04T13:00:00Z|2026-03-04T17:00:00Z",
            "workshop@example.com|2026-03-06T09:00:00Z|2026-03-06T11:00:00Z",
        ])
    }

    @Test("An RDATE with TZID is read in that zone, across DST (libical reads it as UTC)")
    func recurrenceDateTimeZone() throws {
        #expect(try Fixture.read("rdate_tzid.ics").rows == [
            "extra-dates@example.com|2026-03-02T14:00:00Z|2026-03-02T15:00:00Z",
            "extra-dates@example.com|2026-03-10T13:00:00Z|2026-03-10T14:00:00Z",
            "extra-dates@example.com|2026-03-17T13:00:00Z|2026-03-17T14:00:00Z",
        ])
    }

    @Test("All-day spans end at DTEND, exclusive (libical makes them a day long too many)")
    func allDaySpans() throws {
        let result = try Fixture.read("allday_span.ics")
        #expect(result.rows == [
            "offsite@example.com|2026-03-03|2026-03-05",
            "holiday@example.com|2026-03-06|2026-03-07",
            "holiday@example.com|2027-03-06|2027-03-07",
        ])
        #expect(result.instances.allSatisfy { $0.isAllDay })
        #expect(result.instances[0].allDay?.days == 2)
    }

    @Test("Weekly BYSETPOS picks positions in each week (libical issue 795 ignores it)")
    func weeklySetPosition() throws {
        #expect(try Fixture.read("rrule_weekly_bysetpos.ics").rows == [
            "last-workday@example.com|2026-03-06T16:00:00Z|2026-03-06T16:30:00Z",
            "last-workday@example.com|2026-03-13T16:00:00Z|2026-03-13T16:30:00Z",
            "last-workday@example.com|2026-03-20T16:00:00Z|2026-03-20T16:30:00Z",
        ])
    }

    @Test("DAILY;BYMONTHDAY=-1 is the last day of each month (libical issue 791 yields nothing)")
    func dailyLastMonthDay() throws {
        #expect(try Fixture.read("rrule_daily_bymonthday_last.ics").rows == [
            "month-end@example.com|2026-01-31T17:00:00Z|2026-01-31T17:30:00Z",
            "month-end@example.com|2026-02-28T17:00:00Z|2026-02-28T17:30:00Z",
            "month-end@example.com|2026-03-31T17:00:00Z|2026-03-31T17:30:00Z",
        ])
    }

    @Test("A date-only UNTIL on a timed series includes its whole day (libical drops the last instance)")
    func dateOnlyUntil() throws {
        #expect(try Fixture.read("rrule_until_date_only.ics").rows == [
            "ends-on-a-date@google.com|2026-03-02T22:00:00Z|2026-03-02T22:30:00Z",
            "ends-on-a-date@google.com|2026-03-09T21:00:00Z|2026-03-09T21:30:00Z",
            "ends-on-a-date@google.com|2026-03-16T21:00:00Z|2026-03-16T21:30:00Z",
        ])
    }

    @Test("An instance in a DST gap uses the offset before the gap; later ones keep their time (RFC 5545 §3.3.5)")
    func daylightSavingGap() throws {
        #expect(try Fixture.read("dst_gap_instance.ics").rows == [
            "early-bird@example.com|2026-03-07T07:30:00Z|2026-03-07T08:00:00Z",
            "early-bird@example.com|2026-03-08T07:30:00Z|2026-03-08T08:00:00Z",
            "early-bird@example.com|2026-03-09T06:30:00Z|2026-03-09T07:00:00Z",
        ])
    }

    @Test("An unbounded FREQ=SECONDLY stops at the series cap with a warning (libical runs to 2582)")
    func unboundedSecondly() throws {
        let result = try Fixture.read("rrule_unbounded_secondly.ics", from: "2026-03-02", to: "2026-03-03")
        #expect(result.instances.count == 50_000)
        #expect(result.rows.first == "every-second@example.com|2026-03-02T09:00:00Z|2026-03-02T09:00:01Z")
        #expect(result.warnings.contains { $0.contains("repeats more than 50,000 times") && $0.contains(":4:") })
    }
}
