import AltitudeModel
@testable import AltitudeStore
import Foundation
import GRDB
import Testing

@Suite("Store: snapshots, merging, privacy")
struct StoreTests {
    let directory = TemporaryDirectory()
    let now = Date(timeIntervalSince1970: 1_772_452_800)  // 2026-03-02 12:00 UTC

    var path: String { directory.path("store/altitude.sqlite") }

    @Test("The store is created 0600 in a 0700 directory, and SQLite's side files are as private")
    func privateFiles() throws {
        let store = try Store(path: path)
        _ = try store.replace([snapshot("a.ics", [meeting("one", day: 2)])], client: "me", at: now)
        #expect(try permissions(directory.path("store")) == 0o700)
        #expect(try permissions(path) == 0o600)
        for side in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + side) {
            #expect(try permissions(path + side) == 0o600, "\(side)")
        }
    }

    @Test("Importing the same snapshot again changes nothing and says so")
    func idempotent() throws {
        let store = try Store(path: path)
        let instances = (1...5).map { meeting("m\($0)", day: $0) }
        let first = try store.replace([snapshot("a.ics", instances)], client: "me", at: now)
        #expect(first[0].new == 5)
        let again = try store.replace([snapshot("a.ics", instances)], client: "me", at: now)
        #expect(again[0].isEmpty)
        #expect(again[0].unchanged == 5)
        #expect(try store.instances(client: "me").count == 5)
    }

    @Test("A newer export with one moved and one deleted meeting reports exactly those")
    func movedAndDeleted() throws {
        let store = try Store(path: path)
        let series = (2...6).map { meeting("Weekly sync", day: $0, uid: "sync@x", recurrence: "day\($0)") }
        let oneOffs = [meeting("Vendor call", day: 3, hour: 14), meeting("Hiring debrief", day: 4, hour: 15)]
        _ = try store.replace([snapshot("a.ics", series + oneOffs)], client: "me", at: now)

        var newer = series
        newer[2].start = at(day: 4, hour: 17)  // the occurrence of day 4, moved to the afternoon
        newer[2].end = at(day: 4, hour: 18)
        let changes = try store.replace([snapshot("a.ics", newer + [oneOffs[1]])], client: "me", at: now)[0]
        #expect(changes.new == 0)
        #expect(changes.changed.isEmpty)
        #expect(changes.moved == [ChangedOccurrence(title: "Weekly sync", start: at(day: 4, hour: 17), previousStart: at(day: 4, hour: 10))])
        #expect(changes.removed == [ChangedOccurrence(title: "Vendor call", start: at(day: 3, hour: 14))])
        #expect(changes.unchanged == 5)
        let titles = try store.instances(client: "me").map(\.title)
        #expect(!titles.contains("Vendor call") && titles.count == 6)
    }

    @Test("A new title at the same time is a change, not a move; SEQUENCE alone is neither")
    func changedInPlace() throws {
        let store = try Store(path: path)
        let original = meeting("Roadmap", day: 3)
        _ = try store.replace([snapshot("a.ics", [original])], client: "me", at: now)
        var renamed = original
        renamed.title = "Roadmap (moved to Zoom)"
        let changes = try store.replace([snapshot("a.ics", [renamed])], client: "me", at: now)[0]
        #expect(changes.changed.map(\.title) == ["Roadmap (moved to Zoom)"] && changes.moved.isEmpty)
        var bumped = renamed
        bumped.sequence = 7
        let quiet = try store.replace([snapshot("a.ics", [bumped])], client: "me", at: now)[0]
        #expect(quiet.isEmpty)
        #expect(try store.instances(client: "me").first?.sequence == 7)
    }

    @Test("Sources merge; one occurrence in two sources keeps the higher SEQUENCE, then the later LAST-MODIFIED")
    func mergePrecedence() throws {
        let store = try Store(path: path)
        var olderSequence = meeting("Old title", day: 3, uid: "shared@x")
        olderSequence.sequence = 1
        var newerSequence = olderSequence
        newerSequence.title = "New title"
        newerSequence.sequence = 2
        var earlier = meeting("Earlier edit", day: 4, uid: "other@x")
        earlier.lastModified = at(day: 1, hour: 8)
        var later = earlier
        later.title = "Later edit"
        later.lastModified = at(day: 1, hour: 9)
        // Each pair split across the sources in both orders, so neither source order nor import order decides.
        _ = try store.replace([snapshot("a.ics", [newerSequence, earlier, meeting("Only in A", day: 5)])], client: "me", at: now)
        _ = try store.replace([snapshot("b.ics", [olderSequence, later])], client: "me", at: now)
        let titles = try store.instances(client: "me").map(\.title)
        #expect(titles == ["New title", "Later edit", "Only in A"])
    }

    @Test("Instances share one stored attendee list, and forgetting a source removes the lists nobody uses")
    func attendeeLists() throws {
        let store = try Store(path: path)
        let people = [Attendee(email: "a@x.example"), Attendee(email: "b@x.example")]
        let series = (2...9).map { var m = meeting("Standup", day: $0, uid: "su@x", recurrence: "d\($0)"); m.attendees = people; return m }
        var solo = meeting("Call", day: 3, uid: "call@x")
        solo.attendees = [Attendee(email: "c@x.example")]
        _ = try store.replace([snapshot("a.ics", series)], client: "me", at: now)
        _ = try store.replace([snapshot("b.ics", [solo] + series.prefix(1))], client: "me", at: now)
        #expect(try count("attendeeList") == 2)
        #expect(try store.instances(client: "me").allSatisfy { $0.attendees == ($0.uid == "call@x" ? solo.attendees : people) })
        _ = try store.forget("b.ics", client: "me")
        #expect(try count("attendeeList") == 1)
        _ = try store.replace([snapshot("a.ics", [])], client: "me", at: now)
        #expect(try count("attendeeList") == 0 && count("instance") == 0)
    }

    @Test("Clients are kept apart, each with its profile")
    func clients() throws {
        let store = try Store(path: path)
        _ = try store.replace([snapshot("a.ics", [meeting("Mine", day: 3)])], client: "me", at: now)
        _ = try store.replace([snapshot("a.ics", [meeting("Theirs", day: 3)])], client: "acme", at: now)
        try store.setProfile(StoredProfile(text: "name: Acme VP\n", orgChart: "email,name,manager_email\n"), client: "acme", at: now)
        #expect(try store.instances(client: "me").map(\.title) == ["Mine"])
        #expect(try store.instances(client: "acme").map(\.title) == ["Theirs"])
        #expect(try store.profile(client: "acme") == StoredProfile(text: "name: Acme VP\n", orgChart: "email,name,manager_email\n"))
        #expect(try store.profile(client: "me") == nil)
        #expect(try store.clients().map(\.name) == ["acme", "me"])
        #expect(try store.forget("a.ics", client: "acme") != nil)
        #expect(try store.instances(client: "me").map(\.title) == ["Mine"])
    }

    @Test("A window returns the instances that overlap it")
    func window() throws {
        let store = try Store(path: path)
        _ = try store.replace([snapshot("a.ics", (1...9).map { meeting("Day \($0)", day: $0) })], client: "me", at: now)
        let window = DateInterval(start: at(day: 3, hour: 10, minute: 30), end: at(day: 6, hour: 0))
        #expect(try store.instances(client: "me", window: window).map(\.title) == ["Day 3", "Day 4", "Day 5"])
    }

    @Test("A file that is not a store is named in a clear error, not a crash")
    func notAStore() throws {
        try FileManager.default.createDirectory(atPath: directory.path("store"), withIntermediateDirectories: true)
        try Data(repeating: 0x42, count: 8192).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try Store(path: path)
        } throws: { error in
            (error as? StoreError)?.description == "the store \(path): is not an Altitude store, or it is damaged"
        }
    }

    // MARK: - Helpers

    func snapshot(_ name: String, _ instances: [MeetingInstance]) -> Snapshot {
        var hash = ContentHash()
        for instance in instances { hash.add(instance.title) }
        return Snapshot(location: SourceLocation(location: "/data/\(name)", kind: .file, displayName: name), instances: instances,
                        info: SnapshotInfo(events: instances.count, skipped: 0, contentHash: hash.value))
    }

    func at(day: Int, hour: Int, minute: Int = 0) -> Date {
        Date(timeIntervalSince1970: TimeInterval(1_772_323_200 + (day - 1) * 86_400 + hour * 3_600 + minute * 60))  // 2026-03-01
    }

    func meeting(_ title: String, day: Int, hour: Int = 10, uid: String? = nil, recurrence: String? = nil) -> MeetingInstance {
        MeetingInstance(uid: uid ?? "\(title)@x", recurrenceID: recurrence, start: at(day: day, hour: hour),
                        end: at(day: day, hour: hour + 1), title: title, attendees: [Attendee(email: "someone@x.example")],
                        isRecurring: recurrence != nil)
    }

    func permissions(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    func count(_ table: String) throws -> Int {
        try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }
}

/// A directory of its own for each test, removed afterwards.
final class TemporaryDirectory: Sendable {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("altitude-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}
