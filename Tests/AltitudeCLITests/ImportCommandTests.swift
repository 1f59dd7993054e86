import Foundation
import GRDB
import Testing

@Suite("altitude import, sources, forget")
struct ImportCommandTests {
    let store = TestStore()

    var weekly: String { CalendarText.event(uid: "sync@acme.example", title: "Weekly sync", start: "20260304T100000Z", rule: "FREQ=WEEKLY;COUNT=6") }
    var vendorCall: String { CalendarText.event(uid: "vendor@acme.example", title: "Vendor call", start: "20260305T140000Z") }
    var debrief: String { CalendarText.event(uid: "debrief@acme.example", title: "Hiring debrief", start: "20260306T150000Z") }

    @Test("Importing the same file twice: the second time changes nothing and says so; the store is private")
    func twice() throws {
        let export = try store.write(CalendarText.calendar([weekly, vendorCall, debrief]), to: "export.ics")
        let first = try store.run(["import", export])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("export.ics: 3 events, 8 instances, 2026-03-04 to 2026-04-08"))
        #expect(first.stdout.contains("8 new, 0 moved, 0 changed, 0 removed, 0 unchanged"))
        let second = try store.run(["import", export])
        #expect(second.status == 0)
        #expect(second.stdout.contains("export.ics: no changes (identical to the last import)"))
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let directory = try FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: store.path).deletingLastPathComponent().path)
        #expect((directory[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    }

    @Test("A newer export with one meeting moved and one deleted reports exactly those, by name and time")
    func movedAndDeleted() throws {
        let export = try store.write(CalendarText.calendar([weekly, vendorCall, debrief]), to: "export.ics")
        #expect(try store.run(["import", export]).status == 0)
        let moved = CalendarText.event(uid: "sync@acme.example", title: "Weekly sync", start: "20260311T150000Z",
                                       recurrenceID: "20260311T100000Z")
        _ = try store.write(CalendarText.calendar([weekly, moved, debrief]), to: "export.ics")
        let outcome = try store.run(["import", export])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("0 new, 1 moved, 0 changed, 1 removed, 6 unchanged"))
        #expect(outcome.stdout.contains("moved: Weekly sync  Wed 2026-03-11 10:00 → Wed 2026-03-11 15:00"))
        #expect(outcome.stdout.contains("removed: Vendor call  Thu 2026-03-05 14:00"))
        let listed = try store.run(["events", "--from", "2026-03-01", "--to", "2026-04-01", "--format", "csv"])
        #expect(!listed.stdout.contains("Vendor call"))
        #expect(listed.stdout.contains("2026-03-11T15:00:00Z,2026-03-11T15:30:00Z,false,Weekly sync"))
    }

    @Test("Sources merge in the store; sources lists them, forget removes one, clients lists whose they are")
    func sourcesAndForget() throws {
        let google = try store.write(CalendarText.calendar([weekly]), to: "google.ics")
        let outlook = try store.write(CalendarText.calendar([vendorCall]), to: "outlook.ics")
        #expect(try store.run(["import", google, outlook]).status == 0)
        #expect(try store.run(["import", "-", "--client", "acme"], stdin: Data(CalendarText.calendar([debrief]).utf8)).status == 0)

        let sources = try store.run(["sources"])
        #expect(sources.stdout.contains("#1  \(google)  [file]"))
        #expect(sources.stdout.contains("1 events, 6 instances, 2026-03-04 to 2026-04-08"))
        #expect(sources.stdout.contains("#2  \(outlook)  [file]"))
        let both = try store.run(["events", "--from", "2026-03-01", "--to", "2026-03-08", "--format", "csv"])
        #expect(both.stdout.contains("Weekly sync") && both.stdout.contains("Vendor call") && !both.stdout.contains("Hiring debrief"))

        let forgot = try store.run(["forget", "2"])
        #expect(forgot.status == 0)
        #expect(forgot.stdout.contains("Forgot \(outlook) (1 instances) for me."))
        #expect(!(try store.run(["events", "--from", "2026-03-01", "--to", "2026-03-08"]).stdout.contains("Vendor call")))
        let unknown = try store.run(["forget", "nothing-like-it.ics"])
        #expect(unknown.status == 64 && unknown.stderr.contains("no source “nothing-like-it.ics” for me"))

        let clients = try store.run(["clients"])
        #expect(clients.stdout == "acme\t1 source\tno profile stored\nme\t1 source\tno profile stored\n")
        let acme = try store.run(["sources", "--client", "acme", "--format", "csv"])
        #expect(acme.stdout.contains(",<stdin>,stdin,"))
    }

    @Test("Two piped calendars: unnamed, the second replaces the first and says so; named with --name, both stay")
    func namedStandardInput() throws {
        let work = Data(CalendarText.calendar([weekly]).utf8)
        let home = Data(CalendarText.calendar([vendorCall]).utf8)
        #expect(try store.run(["import", "-"], stdin: work).status == 0)
        let replaced = try store.run(["import", "-"], stdin: home)
        #expect(replaced.status == 0)
        #expect(replaced.stderr.contains("<stdin>: warning: this replaces what the last unnamed standard-input import"))
        #expect(replaced.stderr.contains("--name NAME"))

        let named = TestStore()
        #expect(try named.run(["import", "-", "--name", "work"], stdin: work).status == 0)
        let second = try named.run(["import", "-", "--name", "home"], stdin: home)
        #expect(second.status == 0)
        #expect(!second.stderr.contains("warning"))
        let sources = try named.run(["sources", "--format", "csv"])
        #expect(sources.stdout.contains(",work (stdin),stdin,") && sources.stdout.contains(",home (stdin),stdin,"))
        let events = try named.run(["events", "--from", "2026-03-01", "--to", "2026-03-08", "--format", "csv"])
        #expect(events.stdout.contains("Weekly sync") && events.stdout.contains("Vendor call"))
        #expect(try named.run(["import", "export.ics", "--name", "x"]).status == 64)
    }

    @Test("Skipped events are counted in the summary, with their reasons")
    func skipReasons() throws {
        let outcome = try store.run(["import", AltitudeProcess.fixture("missing_dtstart.ics")])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("; 1 skipped:\n    1× it has no DTSTART, so it has no time\n"))
        #expect(outcome.stderr.contains("missing_dtstart.ics:10: warning: event skipped: it has no DTSTART, so it has no time"))
        #expect(try store.run(["sources"]).stdout.contains(", 1 skipped"))
    }

    @Test("One bad source fails the whole import, and the store is left as it was")
    func allOrNothing() throws {
        let good = try store.write(CalendarText.calendar([weekly]), to: "good.ics")
        #expect(try store.run(["import", good]).status == 0)
        let other = try store.write(CalendarText.calendar([vendorCall]), to: "other.ics")
        let bad = try store.write("this is not a calendar\n", to: "bad.ics")
        _ = try store.write(CalendarText.calendar([debrief]), to: "good.ics")
        let outcome = try store.run(["import", good, other, bad])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("bad.ics") && outcome.stderr.contains("nothing was imported"))
        let titles = try store.query { try String.fetchAll($0, sql: "SELECT DISTINCT title FROM instance") }
        #expect(titles == ["Weekly sync"])
        #expect(try store.query { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM source") } == 1)
    }

    @Test("An all-day event stays on its date when the profile's zone changes: events lists it on its day, in its place, in every format")
    func allDayFollowsTheReadingZone() throws {
        let outOfOffice = """
            BEGIN:VEVENT\r\nUID:ooo@acme.example\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20261016\r\n\
            DTEND;VALUE=DATE:20261017\r\nSUMMARY:Out of office\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n
            """
        // Fri 2026-10-16 09:00 in Auckland (NZDT), Thu 15 16:00 in New York, Thu 15 13:00 in Los Angeles.
        let standup = CalendarText.event(uid: "standup@acme.example", title: "Standup", start: "20261015T200000Z")
        let export = try store.write(CalendarText.calendar([outOfOffice, standup]), to: "export.ics")
        func profile(_ zone: String) throws -> String {
            try store.write("name: Maya\nemail: maya@acme.example\nlevel: vp\ntimezone: \(zone)\npromoted: 2026-01-05\n"
                            + "organization: [acme.example]\ntarget: 0.25\n", to: "profile.yaml")
        }
        let first = try store.run(["import", export, "--to", "2027-01-01", "--profile", try profile("America/New_York")])
        #expect(first.status == 0, "\(first.stderr)")

        // Moved east: the day starts 17 hours earlier, before the Friday stand-up.
        #expect(try store.run(["import", "--profile", try profile("Pacific/Auckland")]).stdout.contains("profile updated"))
        let window = ["--from", "2026-10-12", "--to", "2026-10-19"]
        let east = try store.run(["events"] + window).stdout.split(separator: "\n").dropFirst().map(String.init)
        #expect(east.count == 2 && east[0].hasPrefix("Fri 2026-10-16  all day") && east[0].contains("Out of office")
                && east[1].hasPrefix("Fri 2026-10-16  09:00"), "\(east)")
        let csv = try store.run(["events", "--format", "csv"] + window).stdout.split(whereSeparator: \.isNewline).dropFirst()
        #expect(csv.first?.hasPrefix("ooo@acme.example,,2026-10-16,2026-10-17,true,Out of office") == true, "\(csv)")
        let json = try store.run(["events", "--format", "json"] + window).stdout
        let titles = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])["instances"] as? [[String: Any]]
        #expect(titles?.map { "\($0["title"] ?? "") \($0["start"] ?? "")" } == ["Out of office 2026-10-16", "Standup 2026-10-15T20:00:00Z"])

        // Moved west: still Friday (an import made there would say so too).
        #expect(try store.run(["import", "--profile", try profile("America/Los_Angeles")]).stdout.contains("profile updated"))
        let west = try store.run(["events"] + window).stdout.split(separator: "\n").dropFirst().map(String.init)
        #expect(west.count == 2 && west[0].hasPrefix("Thu 2026-10-15  13:00") && west[1].hasPrefix("Fri 2026-10-16  all day"), "\(west)")
        let again = try store.run(["import", export, "--to", "2027-01-01"])
        #expect(again.stdout.contains("no changes"), "\(again.stdout)")
        #expect(try store.run(["events"] + window).stdout.split(separator: "\n").dropFirst().map(String.init) == west)
    }

    @Test("Analysis commands read the store when no SOURCE is given, and say so when it is empty")
    func readsTheStore() throws {
        let empty = try store.run(["events"])
        #expect(empty.status == 66)
        #expect(empty.stderr.contains("altitude import"))
        let export = try store.write(CalendarText.calendar([weekly]), to: "export.ics")
        #expect(try store.run(["import", export]).status == 0)
        let listed = try store.run(["events", "--from", "2026-03-01", "--to", "2026-03-12"])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("2 instances, 2026-03-01 through 2026-03-11"))
    }

    @Test("An import killed at any moment leaves the store exactly as it was, or exactly as it would be")
    func killedImport() throws {
        let small = try store.write(CalendarText.calendar([weekly]), to: "small.ics")
        #expect(try store.run(["import", small]).status == 0)
        let before = try instanceCount()
        let big = try store.write(CalendarText.large(series: 400, oneOffs: 2_000), to: "big.ics")

        // How long a whole import takes here, to kill at moments spread across it.
        let started = Date()
        let probe = TestStore()
        #expect(try AltitudeProcess.run(["import", big], environment: probe.environment).status == 0)
        let whole = Date().timeIntervalSince(started)
        let after = try probe.query { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM instance") ?? 0 } + before

        var outcomes: [Int] = []
        for fraction in [0.15, 0.35, 0.5, 0.65, 0.8, 0.9, 0.97] {
            let process = Process()
            process.executableURL = AltitudeProcess.binary
            process.arguments = ["import", big, "--quiet"]
            process.environment = store.environment.merging(["TZ": "UTC", "ALTITUDE_NOW": "2026-03-02T12:00:00Z"]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: whole * fraction)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try store.query { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
            let count = try instanceCount()
            #expect(count == before || count == after, "killed at \(fraction): \(count) instances, not \(before) or \(after)")
            outcomes.append(count)
            if count == after {
                // It finished before the kill; start again from the small store.
                #expect(try store.run(["forget", big]).status == 0)
            }
        }
        #expect(outcomes.contains(before), "no kill landed before the commit: \(outcomes)")
        let finished = try store.run(["import", big])
        #expect(finished.status == 0)
        #expect(try instanceCount() == after)
        #expect(try store.run(["import", big]).stdout.contains("no changes"))
    }

    @Test("Two imports at once wait for each other; both land")
    func concurrentImports() throws {
        let first = try store.write(CalendarText.large(series: 150, oneOffs: 600, prefix: "first"), to: "first.ics")
        let second = try store.write(CalendarText.large(series: 150, oneOffs: 600, prefix: "second"), to: "second.ics")
        #expect(try store.run(["import", try store.write(CalendarText.calendar([weekly]), to: "seed.ics")]).status == 0)
        let results = ConcurrentResults()
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            let arguments = index == 2 ? ["events", "--format", "csv"] : ["import", index == 0 ? first : second]
            results.set(index, (try? store.run(arguments))?.status ?? -1)
        }
        #expect(results.values == [0, 0, 0])
        let perSource = try store.query { try Int.fetchAll($0, sql: "SELECT instanceCount FROM source ORDER BY id") }
        #expect(perSource.count == 3)
        #expect(try instanceCount() == perSource.reduce(0, +))
    }

    func instanceCount() throws -> Int {
        try store.query { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM instance") ?? 0 }
    }
}

/// Exit statuses from concurrent runs, by index.
final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var statuses: [Int: Int32] = [:]

    func set(_ index: Int, _ status: Int32) {
        lock.withLock { statuses[index] = status }
    }

    var values: [Int32] { lock.withLock { statuses.keys.sorted().map { statuses[$0]! } } }
}
