import AltitudeModel
import Foundation

/// Turns the zone a value names into `ZoneRules`, once per distinct name.
///
/// Order, for a TZID: the system's tzdata when it names an IANA zone (exporters'
/// VTIMEZONEs carry only today's rule, tzdata the history too); else the file's
/// own VTIMEZONE; else a Windows name through ICU's CLDR table ("W. Europe
/// Standard Time"), or an Outlook display name through ours ("(UTC+01:00)
/// Amsterdam, Berlin, …"); else an IANA name inside the TZID ("/mozilla.org/
/// 20050126_1/Europe/Berlin", "Customized Time Zone (America/Chicago)"). A name
/// none of these knows but that states an offset ("(UTC+05:30) Somewhere") is read
/// at that fixed offset; any other is read in the fallback zone. Both warn.
struct ZoneResolver {
    struct CalendarZones: Sendable {
        var definitions: [String: TimeZoneDefinition]
        /// X-WR-TIMEZONE, when it names a zone we know.
        var calendarZone: ZoneRules?
    }

    /// What a TZID resolved to.
    private enum Resolution {
        case known(ZoneRules)
        /// Only the offset in its name could be read: no daylight-saving changes.
        case fixedOffset(ZoneRules)
        case unknown
    }

    let fallback: ZoneRules
    private(set) var calendars: [CalendarZones]
    /// Per calendar: each TZID seen, and what it resolved to.
    private var cache: [[String: Resolution]]
    /// Each TZID not fully known: where it was first seen, the events (by line) that use it, the zone used.
    private var unresolved: [String: (line: Int, uid: String?, events: Set<Int>, zone: ZoneRules?)] = [:]

    init(fallback: ZoneRules, calendars: [CalendarZones]) {
        self.fallback = fallback
        self.calendars = calendars
        cache = Array(repeating: [:], count: calendars.count)
    }

    /// The zone a floating value is read in: the calendar's X-WR-TIMEZONE, else the fallback.
    func floatingZone(calendar: Int) -> ZoneRules {
        calendars[calendar].calendarZone ?? fallback
    }

    /// The rules for a TZID, resolving (and warning) on first sight.
    mutating func zone(named tzid: String, calendar: Int, line: Int, uid: String?) -> ZoneRules {
        let resolution: Resolution
        if let cached = cache[calendar][tzid] {
            resolution = cached
        } else {
            resolution = resolve(tzid, calendar: calendar)
            cache[calendar][tzid] = resolution
        }
        // An event looks its zone up for DTSTART, DTEND, EXDATE…: count it once.
        switch resolution {
        case .known(let zone):
            return zone
        case .fixedOffset(let zone):
            unresolved[tzid, default: (line, uid, [], zone)].events.insert(line)
            return zone
        case .unknown:
            unresolved[tzid, default: (line, uid, [], nil)].events.insert(line)
            return fallback
        }
    }

    private func resolve(_ tzid: String, calendar: Int) -> Resolution {
        if let zone = Self.systemZone(tzid) ?? calendars[calendar].definitions[tzid]?.compiled(identifier: tzid)
            ?? Self.windowsZone(tzid) ?? Self.displayNameZone(tzid) ?? Self.embeddedZone(tzid) {
            return .known(zone)
        }
        return Self.offsetZone(tzid).map(Resolution.fixedOffset) ?? .unknown
    }

    /// One warning per TZID not fully known, naming it, where it was first seen, and the zone used instead.
    func diagnostics(file: String) -> [Diagnostic] {
        unresolved.sorted { $0.value.line < $1.value.line }.map { tzid, seen in
            let times = seen.events.count == 1 ? "" : " (\(seen.events.count.formatted()) events)"
            let readAs = seen.zone.map { "at the fixed offset its name gives, \($0.identifier) (no daylight saving)" }
                ?? "as \(fallback.identifier)"
            return Diagnostic(.warning, file: file, line: seen.line, uid: seen.uid,
                              message: "unknown time zone “\(tzid)”\(times): its times are read \(readAs)")
        }
    }

    static func systemZone(_ tzid: String) -> ZoneRules? {
        let cleaned = tzid.trimmingCharacters(in: CharacterSet(charactersIn: "/\" "))
        return ZoneRules(ianaIdentifier: cleaned)
    }

    static func windowsZone(_ tzid: String) -> ZoneRules? {
        Libical.ianaName(forWindowsZone: tzid.trimmingCharacters(in: .whitespaces)).flatMap { ZoneRules(ianaIdentifier: $0) }
    }

    /// An Outlook display name: "(UTC-05:00) Eastern Time (US & Canada)".
    static func displayNameZone(_ tzid: String) -> ZoneRules? {
        WindowsDisplayNames.windowsID(forDisplayName: tzid).flatMap { windowsZone($0) ?? ZoneRules(ianaIdentifier: $0) }
    }

    /// An IANA name inside the TZID: after a vendor prefix, or in a custom name's words.
    static func embeddedZone(_ tzid: String) -> ZoneRules? {
        let separators = CharacterSet(charactersIn: "/_-+").union(.alphanumerics).inverted
        for token in tzid.components(separatedBy: separators) where token.contains("/") {
            let parts = token.split(separator: "/")
            for first in parts.indices {
                if let zone = ZoneRules(ianaIdentifier: parts[first...].joined(separator: "/")) { return zone }
            }
        }
        return nil
    }

    /// A fixed offset the TZID states: "(UTC+05:30) …", "(GMT-06.00) …", "UTC-3".
    static func offsetZone(_ tzid: String) -> ZoneRules? {
        let text = Array(tzid.uppercased().utf8)
        var index = 0
        while index + 3 < text.count {
            defer { index += 1 }
            guard text[index..<(index + 3)].elementsEqual("UTC".utf8) || text[index..<(index + 3)].elementsEqual("GMT".utf8) else {
                continue
            }
            var position = index + 3
            while position < text.count, text[position] == 0x20 { position += 1 }
            guard position < text.count, text[position] == 0x2B || text[position] == 0x2D else { continue }  // + or -
            let sign: Int32 = text[position] == 0x2D ? -1 : 1
            position += 1
            func digits(_ most: Int) -> (value: Int32, count: Int) {
                var value: Int32 = 0
                var count = 0
                while count < most, position < text.count, (0x30...0x39).contains(text[position]) {
                    value = value * 10 + Int32(text[position] - 0x30)
                    position += 1
                    count += 1
                }
                return (value, count)
            }
            let hours = digits(2)
            if position < text.count, text[position] == 0x3A || text[position] == 0x2E { position += 1 }  // : or .
            let minutes = digits(2)
            guard hours.count > 0, minutes.count != 1, hours.value <= 14, minutes.value < 60 else { continue }
            let name = "UTC" + (sign < 0 ? "-" : "+") + String(format: "%02d:%02d", hours.value, minutes.value)
            return ZoneRules(identifier: name, fixedOffset: sign * (hours.value * 3600 + minutes.value * 60))
        }
        return nil
    }
}
