import AltitudeModel
import Foundation

/// Turns the zone a value names into `ZoneRules`, once per distinct name.
///
/// Order, for a TZID: the system's tzdata when it names an IANA zone (exporters'
/// VTIMEZONEs carry only today's rule, tzdata the history too); else the file's
/// own VTIMEZONE; else a Windows name through ICU's CLDR table ("W. Europe
/// Standard Time"); else the IANA tail of a vendor-prefixed name
/// ("/mozilla.org/20050126_1/Europe/Berlin"). A name none of these knows is read
/// in the fallback zone, with a warning that names both.
struct ZoneResolver {
    struct CalendarZones: Sendable {
        var definitions: [String: TimeZoneDefinition]
        /// X-WR-TIMEZONE, when it names a zone we know.
        var calendarZone: ZoneRules?
    }

    let fallback: ZoneRules
    private(set) var calendars: [CalendarZones]
    /// Per calendar: each TZID seen, and what it resolved to (nil: unknown).
    private var cache: [[String: ZoneRules?]]
    /// Each unknown TZID: where it was first seen, and the events (by line) that use it.
    private var unknown: [String: (line: Int, uid: String?, events: Set<Int>)] = [:]

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
        if let cached = cache[calendar][tzid] {
            // An event looks its zone up for DTSTART, DTEND, EXDATE…: count it once.
            if cached == nil { unknown[tzid]?.events.insert(line) }
            return cached ?? fallback
        }
        let resolved = Self.systemZone(tzid) ?? calendars[calendar].definitions[tzid]?.compiled(identifier: tzid)
            ?? Self.windowsZone(tzid) ?? Self.vendorPrefixedZone(tzid)
        cache[calendar][tzid] = .some(resolved)
        if resolved == nil { unknown[tzid, default: (line, uid, [])].events.insert(line) }
        return resolved ?? fallback
    }

    /// One warning per unknown TZID, naming it, where it was first seen, and the zone used instead.
    func diagnostics(file: String) -> [Diagnostic] {
        unknown.sorted { $0.value.line < $1.value.line }.map { tzid, seen in
            let times = seen.events.count == 1 ? "" : " (\(seen.events.count.formatted()) events)"
            return Diagnostic(.warning, file: file, line: seen.line, uid: seen.uid,
                              message: "unknown time zone “\(tzid)”\(times): its times are read as \(fallback.identifier)")
        }
    }

    static func systemZone(_ tzid: String) -> ZoneRules? {
        let cleaned = tzid.trimmingCharacters(in: CharacterSet(charactersIn: "/\" "))
        return ZoneRules(ianaIdentifier: cleaned)
    }

    static func windowsZone(_ tzid: String) -> ZoneRules? {
        Libical.ianaName(forWindowsZone: tzid.trimmingCharacters(in: .whitespaces)).flatMap { ZoneRules(ianaIdentifier: $0) }
    }

    static func vendorPrefixedZone(_ tzid: String) -> ZoneRules? {
        let parts = tzid.split(separator: "/")
        guard tzid.hasPrefix("/"), parts.count > 1 else { return nil }
        for first in 1..<parts.count {
            if let zone = ZoneRules(ianaIdentifier: parts[first...].joined(separator: "/")) { return zone }
        }
        return nil
    }
}
