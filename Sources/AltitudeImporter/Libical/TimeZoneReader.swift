import AltitudeModel
import CLibical
import Foundation

/// A VTIMEZONE as plain values: its observances (STANDARD / DAYLIGHT), each an
/// onset with the offsets on either side and the rules that repeat it.
struct TimeZoneDefinition: Sendable {
    struct Observance: Sendable {
        /// The first onset, as wall time in the offset it changes *from*.
        var start: Int64
        var offsetFrom: Int32
        var offsetTo: Int32
        var rules: [RecurrenceRule]
        var dates: [Int64]
    }

    var tzid: String
    var line: Int
    var observances: [Observance]

    /// The transitions this definition describes, through the year 2200.
    func compiled(identifier: String) -> ZoneRules? {
        var changes: [(instant: Int64, offset: Int32, from: Int32)] = []
        let horizon = WallClock.seconds(date: CivilDate(year: 2200, month: 1, day: 1)!)
        for observance in observances {
            var onsets = [observance.start] + observance.dates
            for rule in observance.rules {
                // UNTIL in a VTIMEZONE is UTC; onsets are read in the "from" offset.
                let until = rule.until.map { $0.zone == .utc ? $0.wall + Int64(observance.offsetFrom) : $0.wall }
                let expander = RecurrenceExpander(rule: rule, start: observance.start, isDate: false)
                onsets += expander.expand(until: until, lowerBound: nil, upperBound: horizon, limit: 2000).occurrences
            }
            for onset in onsets {
                changes.append((onset - Int64(observance.offsetFrom), observance.offsetTo, observance.offsetFrom))
            }
        }
        guard !changes.isEmpty else { return nil }
        changes.sort { $0.instant < $1.instant }
        var transitions: [Int64] = []
        var offsets: [Int32] = []
        let initial = changes[0].from
        for change in changes where change.offset != (offsets.last ?? initial) {
            transitions.append(change.instant)
            offsets.append(change.offset)
        }
        return ZoneRules(identifier: identifier, transitions: transitions, offsets: offsets, initialOffset: initial)
    }
}

enum TimeZoneReader {
    static func definition(from component: Libical.Component, line: Int) -> TimeZoneDefinition? {
        var tzid: String?
        for property in component.properties where icalproperty_isa(property) == ICAL_TZID_PROPERTY {
            tzid = icalproperty_get_tzid(property).map { String(cString: $0) }
        }
        guard let tzid else { return nil }
        var observances: [TimeZoneDefinition.Observance] = []
        for child in component.children {
            let kind = icalcomponent_isa(child)
            guard kind == ICAL_XSTANDARD_COMPONENT || kind == ICAL_XDAYLIGHT_COMPONENT else { continue }
            if let observance = observance(child) { observances.append(observance) }
        }
        return TimeZoneDefinition(tzid: tzid, line: line, observances: observances)
    }

    private static func observance(_ component: OpaquePointer) -> TimeZoneDefinition.Observance? {
        var properties: [OpaquePointer] = []
        var property = icalcomponent_get_first_property(component, ICAL_ANY_PROPERTY)
        while let current = property {
            properties.append(current)
            property = icalcomponent_get_next_property(component, ICAL_ANY_PROPERTY)
        }
        var start: Int64?
        var from: Int32?
        var to: Int32?
        var rules: [RecurrenceRule] = []
        var dates: [Int64] = []
        for property in properties {
            switch icalproperty_isa(property) {
            case ICAL_DTSTART_PROPERTY:
                start = Libical.dateTime(icalproperty_get_dtstart(property), tzid: nil)?.wall
            case ICAL_TZOFFSETFROM_PROPERTY:
                from = Int32(icalproperty_get_tzoffsetfrom(property))
            case ICAL_TZOFFSETTO_PROPERTY:
                to = Int32(icalproperty_get_tzoffsetto(property))
            case ICAL_RRULE_PROPERTY:
                if let rule = Libical.recurrenceRule(icalproperty_get_rrule(property)) { rules.append(rule) }
            case ICAL_RDATE_PROPERTY:
                if let date = Libical.dateTime(icalproperty_get_rdate(property).time, tzid: nil) { dates.append(date.wall) }
            default:
                break
            }
        }
        guard let start, let to else { return nil }
        return .init(start: start, offsetFrom: from ?? to, offsetTo: to, rules: rules, dates: dates)
    }
}

/// The VCALENDAR-level properties Altitude uses.
struct CalendarProperties: Sendable {
    /// X-WR-CALNAME: the calendar's display name.
    var name: String?
    /// X-WR-TIMEZONE: the zone Google and Apple exports mean for floating and UTC times.
    var timeZone: String?
    /// X-CALSTART and X-CALEND: the range Outlook was asked to export, as written.
    var rangeStart: String?
    var rangeEnd: String?

    static func read(from component: Libical.Component) -> CalendarProperties {
        var result = CalendarProperties()
        for property in component.properties where icalproperty_isa(property) == ICAL_X_PROPERTY {
            guard let name = icalproperty_get_x_name(property).map({ String(cString: $0).uppercased() }),
                  let raw = icalproperty_get_x(property)
            else { continue }
            let value = unescape(String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self))
            switch name {
            case "X-WR-CALNAME": result.name = value.isEmpty ? nil : value
            case "X-WR-TIMEZONE": result.timeZone = value.isEmpty ? nil : value
            case "X-CALSTART": result.rangeStart = value.isEmpty ? nil : value
            case "X-CALEND": result.rangeEnd = value.isEmpty ? nil : value
            default: break
            }
        }
        return result
    }

    /// TEXT escapes (RFC 5545 §3.3.11), which libical leaves in X- property values.
    static func unescape(_ value: String) -> String {
        guard value.contains("\\") else { return value }
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension TimeZoneReader {
    static func definition(_ bytes: UnsafeRawBufferPointer, line: Int, refold: Bool, scratch: inout [UInt8]) -> TimeZoneDefinition? {
        guard let component = Libical.parse(bytes, refold: refold, scratch: &scratch),
              component.kind == ICAL_VTIMEZONE_COMPONENT
        else { return nil }
        return definition(from: component, line: line)
    }
}

extension CalendarProperties {
    /// Reads the VCALENDAR's own property lines.
    static func read(lines: [[UInt8]], scratch: inout [UInt8]) -> CalendarProperties {
        guard !lines.isEmpty else { return CalendarProperties() }
        var text = Array("BEGIN:VCALENDAR\r\n".utf8)
        for line in lines {
            text.append(contentsOf: line)
            if line.last != 0x0A { text.append(contentsOf: [0x0D, 0x0A]) }
        }
        text.append(contentsOf: "END:VCALENDAR\r\n".utf8)
        let parsed = text.withUnsafeBytes { Libical.parse($0, refold: true, scratch: &scratch) }
        guard let component = parsed, component.kind == ICAL_VCALENDAR_COMPONENT else { return CalendarProperties() }
        return read(from: component)
    }
}
