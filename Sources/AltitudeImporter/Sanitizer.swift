import AltitudeModel

/// Repairs what can be repaired in an event, with a warning, instead of failing
/// the file; says why when an event cannot be used at all.
enum Sanitizer {
    enum Verdict {
        /// The event, repaired; what was repaired is in its `notes`.
        case keep(EventRecord)
        case skip(String)
    }

    static func check(_ record: EventRecord) -> Verdict {
        var record = record
        if record.start == nil {
            guard let recurrenceID = record.recurrenceID else { return .skip("it has no DTSTART, so it has no time") }
            record.start = recurrenceID
            record.note("no DTSTART: the occurrence it overrides (RECURRENCE-ID) gives its time", property: nil)
        }
        if record.uid?.isEmpty ?? true {
            record.uid = nil
            record.note("no UID: read as a one-off, known by its time and title", property: nil)
        }
        if record.outlookAllDay, let start = record.start, !start.isDate, WallClock.secondOfDay(start.wall) == 0 {
            // Outlook writes some all-day events as midnight-to-midnight times with this flag.
            record.start = .date(start.date)
            if let end = record.end, !end.isDate, WallClock.secondOfDay(end.wall) == 0 { record.end = .date(end.date) }
        }
        inheritStartZone(&record)
        noteValueTypes(&record)
        if record.end != nil, record.duration != nil {
            record.duration = nil
            record.note("both DTEND and DURATION: DTEND is used", property: nil)
        }
        if let duration = record.duration, duration.isNegative {
            record.duration = .zero
            record.note("negative DURATION: read as zero", property: nil)
        }
        if let start = record.start, let end = record.end, start.isDate == end.isDate, start.zone == end.zone, end.wall < start.wall {
            record.start = end
            record.end = start
            record.note("DTEND is before DTSTART: the two are swapped", property: nil)
        }
        return .keep(record)
    }

    /// Old Mozilla and several web calendars write `DTSTART;TZID=US-Eastern:…` beside
    /// a bare `DTEND:…` (and EXDATE, RDATE, RECURRENCE-ID). The writer meant one
    /// clock for the whole event, as RFC 5545 does: read in the calendar's or the
    /// user's zone, a one-hour meeting comes out zero-length or hours long.
    private static func inheritStartZone(_ record: inout EventRecord) {
        guard let start = record.start, !start.isDate, start.zone != .floating else { return }
        var adopted: [String] = []
        func adopt(_ value: inout CalendarDateTime, _ property: String) {
            guard !value.isDate, value.zone == .floating else { return }
            value.zone = start.zone
            if !adopted.contains(property) { adopted.append(property) }
        }
        if var end = record.end {
            adopt(&end, "DTEND")
            record.end = end
        }
        if var recurrenceID = record.recurrenceID {
            adopt(&recurrenceID, "RECURRENCE-ID")
            record.recurrenceID = recurrenceID
        }
        for index in record.exceptionDates.indices { adopt(&record.exceptionDates[index], "EXDATE") }
        for index in record.recurrenceDates.indices {
            switch record.recurrenceDates[index] {
            case .start(var value):
                adopt(&value, "RDATE")
                record.recurrenceDates[index] = .start(value)
            case .period(var periodStart, var periodEnd):
                adopt(&periodStart, "RDATE")
                adopt(&periodEnd, "RDATE")
                record.recurrenceDates[index] = .period(start: periodStart, end: periodEnd)
            case .periodWithDuration(var periodStart, let duration):
                adopt(&periodStart, "RDATE")
                record.recurrenceDates[index] = .periodWithDuration(start: periodStart, duration: duration)
            }
        }
        let clock = if case .named(let tzid) = start.zone { "DTSTART's zone “\(tzid)”" } else { "UTC, as DTSTART is" }
        for property in adopted {
            record.note("\(property) has no time zone beside a zoned DTSTART: read in \(clock)", property: property)
        }
    }

    /// RFC 5545 wants DTEND of DTSTART's value type (§3.8.2.2) and leaves EXDATE and
    /// RDATE of the other type undefined; files mix them anyway. What the expander
    /// makes of each mix is said here, once per property.
    private static func noteValueTypes(_ record: inout EventRecord) {
        guard let start = record.start else { return }
        if let end = record.end, end.isDate != start.isDate {
            record.note(start.isDate ? "DTEND has a time but DTSTART is a DATE: the event runs from DTSTART's midnight to DTEND"
                                     : "DTEND is a DATE but DTSTART has a time: the event ends at DTEND's midnight in DTSTART's zone",
                        property: "DTEND")
        }
        if record.exceptionDates.contains(where: { $0.isDate != start.isDate }) {
            record.note(start.isDate ? "EXDATE has a time in an all-day series: its date is removed"
                                     : "EXDATE is a DATE in a series with times: it removes that day's occurrence",
                        property: "EXDATE")
        }
        if record.recurrenceDates.contains(where: { $0.start.isDate != start.isDate }) {
            record.note(start.isDate ? "RDATE has a time in an all-day series: an all-day occurrence is added on its date"
                                     : "RDATE is a DATE in a series with times: an occurrence is added that day at DTSTART's time of day",
                        property: "RDATE")
        }
    }

    /// A stable series id for an event without a UID, so re-imports recognise it.
    static func syntheticSeriesID(_ record: EventRecord) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        let start = record.start.map { WallClock.basicDescription($0.wall) } ?? ""
        for byte in (start + "\u{0}" + record.title + "\u{0}" + record.location).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return "altitude-" + String(hash, radix: 16)
    }
}

extension Sanitizer {
    static let ruleParts: Set<String> = [
        "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY",
        "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST",
    ]

    /// An RRULE libical refused, read again without the parts that cannot be read
    /// (an unknown name, a COUNT or INTERVAL that is not a positive number).
    /// Nil when nothing readable is left, or nothing was wrong with the parts.
    static func repairedRule(_ text: String) -> (rule: RecurrenceRule, dropped: [String])? {
        var kept: [Substring] = []
        var dropped: [String] = []
        for part in text.split(separator: ";") {
            let pieces = part.split(separator: "=", maxSplits: 1)
            let name = pieces[0].uppercased()
            let value = pieces.count == 2 ? pieces[1] : ""
            let readable = ruleParts.contains(name) && !value.isEmpty
                && (name != "COUNT" && name != "INTERVAL" || (Int(value) ?? 0) > 0)
            if readable { kept.append(part) } else { dropped.append(String(part)) }
        }
        guard !dropped.isEmpty, let rule = Libical.recurrenceRule(parsing: kept.joined(separator: ";")) else { return nil }
        return (rule, dropped)
    }
}
