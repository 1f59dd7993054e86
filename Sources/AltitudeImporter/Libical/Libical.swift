import AltitudeModel
import CLibical
import CZoneNames
import Foundation

/// The importer's whole contact surface with libical: parse one component's text,
/// and read values out of the tree. Nothing outside `Libical/` imports CLibical.
enum Libical {
    /// Global set-up, once per process before any parse. Swift runs a static
    /// initialiser exactly once, whichever thread asks first, so concurrent
    /// first calls cannot race (libical's builtin zones crash when first built
    /// by several threads at once).
    static let prepared: Void = {
        icalerror_set_errors_are_fatal(0)
        _ = icaltimezone_get_utc_timezone()
        _ = icaltimezone_get_builtin_timezones()
    }()

    /// Parses one component (`BEGIN:X` … `END:X`) from the file's bytes.
    /// Physical lines longer than libical reads in linear time are refolded first,
    /// which changes nothing about the content (RFC 5545 §3.1).
    static func parse(_ bytes: UnsafeRawBufferPointer, refold: Bool, scratch: inout [UInt8]) -> Component? {
        _ = prepared
        scratch.removeAll(keepingCapacity: true)
        if refold {
            Self.refold(bytes, into: &scratch)
        } else {
            scratch.append(contentsOf: bytes)
        }
        scratch.append(0)
        let pointer = scratch.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { icalparser_parse_string($0) }
        }
        return pointer.map(Component.init)
    }

    /// Breaks physical lines into 75-byte pieces joined by CRLF + space, never
    /// inside a UTF-8 sequence.
    static func refold(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        output.reserveCapacity(bytes.count + bytes.count / 64 + 16)
        var column = 0
        for byte in bytes {
            if byte == 0x0A || byte == 0x0D {
                column = 0
            } else if column >= 75 && byte & 0xC0 != 0x80 {
                output.append(contentsOf: [0x0D, 0x0A, 0x20])
                column = 1
            } else {
                column += 1
            }
            output.append(byte)
        }
    }

    /// A parsed component tree; frees itself. Not shared across threads: libical
    /// components keep iterator state even for reads.
    final class Component {
        let pointer: OpaquePointer

        init(_ pointer: OpaquePointer) { self.pointer = pointer }

        deinit { icalcomponent_free(pointer) }

        var kind: icalcomponent_kind { icalcomponent_isa(pointer) }

        /// Every property, collected first: calling other getters inside a
        /// property loop resets the component's iterator (and loops forever).
        var properties: [OpaquePointer] {
            var result: [OpaquePointer] = []
            var property = icalcomponent_get_first_property(pointer, ICAL_ANY_PROPERTY)
            while let current = property {
                result.append(current)
                property = icalcomponent_get_next_property(pointer, ICAL_ANY_PROPERTY)
            }
            return result
        }

        /// Direct children, as pointers into this tree (valid while it lives).
        var children: [OpaquePointer] {
            var result: [OpaquePointer] = []
            var child = icalcomponent_get_first_component(pointer, ICAL_ANY_COMPONENT)
            while let current = child {
                result.append(current)
                child = icalcomponent_get_next_component(pointer, ICAL_ANY_COMPONENT)
            }
            return result
        }
    }

    // MARK: - Reading values

    /// A libical string as Swift text; bytes that are not UTF-8 are read as
    /// Windows-1252 (`CalendarText.decodingLatin1Fallback`) and reported.
    static func text(_ pointer: UnsafePointer<CChar>?, invalidUTF8: inout Bool) -> String {
        guard let pointer else { return "" }
        if let valid = String(validatingCString: pointer) { return valid }
        invalidUTF8 = true
        return CalendarText.decodingLatin1Fallback(UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)))
    }

    /// `mailto:Jane@Example.com` → `jane@example.com`, straight from the C string
    /// (this runs for every attendee of every event).
    static func address(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        var start = pointer
        while start.pointee == 0x20 || start.pointee == 0x09 { start += 1 }
        if strncasecmp(start, "mailto:", 7) == 0 { start += 7 }
        var length = strlen(start)
        while length > 0, start[length - 1] == 0x20 || start[length - 1] == 0x09 { length -= 1 }
        let bytes = UnsafeRawBufferPointer(start: start, count: length)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: length) { buffer in
                for (index, byte) in bytes.enumerated() { buffer[index] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
                return length
            }
        }
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }

    static func parameter(_ property: OpaquePointer, _ kind: icalparameter_kind) -> OpaquePointer? {
        icalproperty_get_first_parameter(property, kind)
    }

    /// The TZID parameter of a property, when it has one.
    static func timeZoneID(_ property: OpaquePointer) -> String? {
        guard let parameter = parameter(property, ICAL_TZID_PARAMETER), let tzid = icalparameter_get_tzid(parameter) else {
            return nil
        }
        return String(cString: tzid)
    }

    /// A DATE or DATE-TIME value with the zone its property names.
    static func dateTime(_ time: icaltimetype, tzid: String?) -> CalendarDateTime? {
        guard icaltime_is_null_time(time) == 0, (1...12).contains(time.month), time.day >= 1 else { return nil }
        guard let date = CivilDate(year: Int(time.year), month: Int(time.month), day: Int(time.day)) else { return nil }
        if time.is_date != 0 {
            return CalendarDateTime(wall: WallClock.seconds(date: date), isDate: true, zone: .floating)
        }
        let wall = WallClock.seconds(date: date, hour: Int(time.hour), minute: Int(time.minute), second: Int(time.second))
        let zone: CalendarDateTime.Zone
        if icaltime_is_utc(time) != 0 {
            zone = .utc
        } else if let tzid {
            zone = .named(tzid)
        } else {
            zone = .floating
        }
        return CalendarDateTime(wall: wall, isDate: false, zone: zone)
    }

    static func duration(_ value: icaldurationtype) -> NominalDuration {
        let sign: Int64 = value.is_neg != 0 ? -1 : 1
        let days = Int64(value.weeks) * 7 + Int64(value.days)
        let seconds = Int64(value.hours) * 3600 + Int64(value.minutes) * 60 + Int64(value.seconds)
        return NominalDuration(days: Int(sign * days), seconds: sign * seconds)
    }

    static func instant(_ time: icaltimetype) -> Int64? {
        guard let value = dateTime(time, tzid: nil) else { return nil }
        return value.wall  // DTSTAMP and LAST-MODIFIED are UTC by definition
    }

    static func frequency(_ value: icalrecurrencetype_frequency) -> RecurrenceFrequency? {
        switch value {
        case ICAL_SECONDLY_RECURRENCE: .secondly
        case ICAL_MINUTELY_RECURRENCE: .minutely
        case ICAL_HOURLY_RECURRENCE: .hourly
        case ICAL_DAILY_RECURRENCE: .daily
        case ICAL_WEEKLY_RECURRENCE: .weekly
        case ICAL_MONTHLY_RECURRENCE: .monthly
        case ICAL_YEARLY_RECURRENCE: .yearly
        default: nil
        }
    }

    /// An RRULE or EXRULE as plain values.
    static func recurrenceRule(_ recur: icalrecurrencetype) -> RecurrenceRule? {
        guard let frequency = frequency(recur.freq) else { return nil }
        var rule = RecurrenceRule(frequency: frequency)
        rule.interval = max(1, Int(recur.interval))
        rule.count = recur.count > 0 ? Int(recur.count) : nil
        if icaltime_is_null_time(recur.until) == 0 {
            rule.until = dateTime(recur.until, tzid: nil)
        }
        rule.weekStart = weekday(recur.week_start) ?? .monday
        withUnsafePointer(to: recur) { pointer in
            rule.bySecond = values { altitude_recur_by_second(pointer, $0) }
            rule.byMinute = values { altitude_recur_by_minute(pointer, $0) }
            rule.byHour = values { altitude_recur_by_hour(pointer, $0) }
            rule.byMonthDay = values { altitude_recur_by_month_day(pointer, $0) }
            rule.byYearDay = values { altitude_recur_by_year_day(pointer, $0) }
            rule.byWeekNo = values { altitude_recur_by_week_no(pointer, $0) }
            rule.byMonth = values { altitude_recur_by_month(pointer, $0) }
            rule.bySetPos = values { altitude_recur_by_set_pos(pointer, $0) }
            rule.byDay = values { altitude_recur_by_day(pointer, $0) }.compactMap { encoded in
                weekday(icalrecurrencetype_day_day_of_week(Int16(encoded))).map {
                    RecurrenceRule.WeekdayNumber(ordinal: Int(icalrecurrencetype_day_position(Int16(encoded))), weekday: $0)
                }
            }
        }
        return rule
    }

    private static func values(_ element: (Int32) -> Int16) -> [Int] {
        var result: [Int] = []
        var index: Int32 = 0
        while true {
            let value = element(index)
            if value == altitude_recur_array_end() { return result }
            result.append(Int(value))
            index += 1
        }
    }

    private static func weekday(_ value: icalrecurrencetype_weekday) -> Weekday? {
        switch value {
        case ICAL_MONDAY_WEEKDAY: .monday
        case ICAL_TUESDAY_WEEKDAY: .tuesday
        case ICAL_WEDNESDAY_WEEKDAY: .wednesday
        case ICAL_THURSDAY_WEEKDAY: .thursday
        case ICAL_FRIDAY_WEEKDAY: .friday
        case ICAL_SATURDAY_WEEKDAY: .saturday
        case ICAL_SUNDAY_WEEKDAY: .sunday
        default: nil
        }
    }

    /// The IANA name ICU's CLDR table gives a Windows zone name, if any.
    static func ianaName(forWindowsZone name: String) -> String? {
        let input = Array(name.utf16)
        var output = [UInt16](repeating: 0, count: 128)
        let written = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                altitude_windows_zone_to_iana(source.baseAddress, Int32(source.count), target.baseAddress, Int32(target.count))
            }
        }
        guard written > 0 else { return nil }
        return String(decoding: output[0..<Int(written)], as: UTF16.self)
    }
}

extension Libical {
    /// An RRULE value (`FREQ=…;…`), or nil when libical rejects it.
    static func recurrenceRule(parsing text: String) -> RecurrenceRule? {
        _ = prepared
        let value = icalrecurrencetype_from_string(text)
        guard value.freq != ICAL_NO_RECURRENCE else { return nil }
        return recurrenceRule(value)
    }

    /// A DATE or DATE-TIME value (`19970902`, `19970902T090000`, `…Z`).
    static func dateTime(parsing text: String) -> CalendarDateTime? {
        _ = prepared
        return dateTime(icaltime_from_string(text), tzid: nil)
    }
}
