import AltitudeModel

/// Repairs what can be repaired in an event, with a warning, instead of failing
/// the file; says why when an event cannot be used at all.
enum Sanitizer {
    enum Verdict {
        case keep(EventRecord, [String])
        case skip(String)
    }

    static func check(_ record: EventRecord) -> Verdict {
        var record = record
        var notes: [String] = []
        if record.start == nil {
            guard let recurrenceID = record.recurrenceID else { return .skip("it has no DTSTART, so it has no time") }
            record.start = recurrenceID
            notes.append("no DTSTART: the occurrence it overrides (RECURRENCE-ID) gives its time")
        }
        if record.uid?.isEmpty ?? true {
            record.uid = nil
            notes.append("no UID: read as a one-off, known by its time and title")
        }
        if record.outlookAllDay, let start = record.start, !start.isDate, WallClock.secondOfDay(start.wall) == 0 {
            // Outlook writes some all-day events as midnight-to-midnight times with this flag.
            record.start = .date(start.date)
            if let end = record.end, !end.isDate, WallClock.secondOfDay(end.wall) == 0 { record.end = .date(end.date) }
        }
        if record.end != nil, record.duration != nil {
            record.duration = nil
            notes.append("both DTEND and DURATION: DTEND is used")
        }
        if let duration = record.duration, duration.isNegative {
            record.duration = .zero
            notes.append("negative DURATION: read as zero")
        }
        if let start = record.start, let end = record.end, start.isDate == end.isDate, start.zone == end.zone, end.wall < start.wall {
            record.start = end
            record.end = start
            notes.append("DTEND is before DTSTART: the two are swapped")
        }
        return .keep(record, notes)
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
