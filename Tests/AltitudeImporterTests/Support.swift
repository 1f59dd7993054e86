import AltitudeModel
import Foundation
@testable import AltitudeImporter

/// Reads fixtures and turns results into rows that are easy to compare.
enum Fixture {
    static func path(_ name: String) -> String {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!.path
    }

    static func options(zone: String = "UTC", from: String = "2026-01-01", to: String = "2028-01-01",
                        owner: [String] = []) -> CalendarImporter.Options {
        CalendarImporter.Options(
            timeZone: ZoneRules(ianaIdentifier: zone)!, owner: OwnerIdentity(emails: owner),
            from: CivilDate(iso: from), to: CivilDate(iso: to), now: Date(timeIntervalSince1970: 1_772_409_600))
    }

    static func read(_ name: String, zone: String = "UTC", from: String = "2026-01-01", to: String = "2028-01-01",
                     owner: [String] = []) throws -> ImportResult {
        try CalendarImporter(options: options(zone: zone, from: from, to: to, owner: owner)).read([CalendarSource.file(path(name))])
    }

    /// Reads calendar text given inline (line ends become CRLF).
    static func read(text: String, name: String = "inline.ics", zone: String = "UTC", from: String = "2026-01-01",
                     to: String = "2028-01-01") throws -> ImportResult {
        let data = Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        return try CalendarImporter(options: options(zone: zone, from: from, to: to)).read([CalendarSource(name: name, data: data)])
    }

    /// The error reading a fixture throws, or nil.
    static func error(_ name: String) -> InputError? {
        do {
            _ = try CalendarImporter(options: options()).read([CalendarSource.file(path(name))])
            return nil
        } catch {
            return error
        }
    }
}

extension ImportResult {
    /// `uid|start|end` per instance, in listing order: UTC instants, or dates for all-day.
    var rows: [String] {
        instances.map { instance in
            if let span = instance.allDay { return "\(instance.uid)|\(span.start)|\(span.end)" }
            return "\(instance.uid)|\(Self.utc(instance.start))|\(Self.utc(instance.end))"
        }
    }

    static func utc(_ date: Date) -> String {
        WallClock.isoDescription(Int64(date.timeIntervalSince1970)) + "Z"
    }

    var warnings: [String] { diagnostics.map(\.description) }
}
