// libFuzzer target: the calendar scanner and importer (module AltitudeImporter).
// Built outside the package by scripts/fuzz.sh (`make fuzz`); not part of `swift build`.
// Any input is a calendar file's bytes; a crash is a bug, an InputError is not.
import AltitudeImporter
import AltitudeModel
import Foundation

/// First as the importer tests read a fixture (`Fixture.options()`: UTC, 2026-01-01 to
/// 2028-01-01, the same fixed clock), so a crash reproduces as a fixture; with an owner, to
/// read their response, one thread, and a series cap lower than the CLI's to keep runs fast.
private let options = CalendarImporter.Options(
    timeZone: ZoneRules(ianaIdentifier: "UTC")!, owner: OwnerIdentity(emails: ["maya@lumen.example"]),
    from: CivilDate(iso: "2026-01-01"), to: CivilDate(iso: "2028-01-01"),
    now: Date(timeIntervalSince1970: 1_772_409_600), seriesCap: 1_000, parallelism: 1)

/// Then without `from` (the window starts at the calendar's first instance) and in a zone with
/// daylight saving time, for floating and all-day times in its gaps and overlaps.
private let openOptions: CalendarImporter.Options = {
    var open = options
    open.from = nil
    open.timeZone = ZoneRules(ianaIdentifier: "America/New_York")!
    return open
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImporter(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = count == 0 || bytes == nil ? Data() : Data(bytes: bytes!, count: count)
    for options in [options, openOptions] {
        do {
            let result = try CalendarImporter(options: options).read([CalendarSource(name: "fuzz.ics", data: data)])
            // What the commands print: every diagnostic and summary is formatted.
            for diagnostic in result.diagnostics { _ = diagnostic.description }
            _ = result.files.count + result.instances.count
        } catch {
            _ = error.description
        }
    }
    return 0
}
