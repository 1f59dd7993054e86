import AltitudeModel
@testable import AltitudeStore
import Foundation
import GRDB
import Testing

/// The instance table is described once (`InstanceRecord.columns`); these tests hold
/// `MeetingInstance`, that description and the migrated table to one another.
@Suite("Store: every meeting field, described once")
struct InstanceColumnsTests {
    let directory = TemporaryDirectory()
    let now = Date(timeIntervalSince1970: 1_772_452_800)  // 2026-03-02 12:00 UTC

    var path: String { directory.path("store/altitude.sqlite") }

    /// A meeting whose every property differs from what `MeetingInstance.init` gives by default.
    static let timed = MeetingInstance(
        uid: "budget-1@x.example", recurrenceID: "20260303T150000Z", seriesID: "budget@x.example",
        start: Date(timeIntervalSince1970: 1_772_550_000), end: Date(timeIntervalSince1970: 1_772_553_600),
        allDay: nil, title: "Budget review", location: "Room 4", description: "Line one\nline two",
        organizer: Participant(email: "cfo@x.example", name: "The CFO"),
        attendees: [Attendee(email: "a@x.example", name: "A", role: .chair, status: .accepted, kind: .individual),
                    Attendee(email: "room@x.example", role: .nonParticipant, status: .needsAction, kind: .room)],
        myResponse: .tentative, status: .tentative, transparency: .transparent, categories: ["Finance", "Q1"],
        isRecurring: true, calendarName: "Work", sequence: 3, lastModified: Date(timeIntervalSince1970: 1_772_355_600), sourceLine: 42)

    /// The same, all day: the dates 2026-03-04 and 05, from midnight to midnight (UTC).
    static let allDay: MeetingInstance = {
        var instance = timed
        instance.uid = "offsite-1@x.example"
        instance.seriesID = "offsite@x.example"
        instance.allDay = DateSpan(start: CivilDate(year: 2026, month: 3, day: 4)!, end: CivilDate(year: 2026, month: 3, day: 6)!)
        instance.start = Date(timeIntervalSince1970: 1_772_582_400)
        instance.end = Date(timeIntervalSince1970: 1_772_755_200)
        return instance
    }()

    /// Each stored property of a meeting, by name, as text.
    static func properties(of instance: MeetingInstance) -> [String: String] {
        Dictionary(uniqueKeysWithValues: Mirror(reflecting: instance).children.map { ($0.label ?? "?", String(describing: $0.value)) })
    }

    @Test("Every MeetingInstance property is carried by a column, and every column's property exists")
    func everyPropertyHasAColumn() {
        let properties = Set(Self.properties(of: Self.timed).keys)
        let carried = Set(InstanceRecord.columns.flatMap(\.fields))
        #expect(properties.subtracting(carried).isEmpty, "properties without a column in InstanceRecord.columns")
        #expect(carried.subtracting(properties).isEmpty, "columns naming a property MeetingInstance does not have")
    }

    @Test("The round-trip meetings set every property to something other than its default")
    func fixturesSetEveryProperty() {
        let defaults = Self.properties(of: MeetingInstance(uid: "", start: .distantPast, end: .distantPast))
        let set = Self.properties(of: Self.allDay)
        for (name, value) in defaults {
            #expect(set[name] != value, "\(name) is left at its default: give the round-trip meeting a value for it")
        }
    }

    @Test("A meeting with every property set comes back from a real store file equal, timed and all day")
    func roundTrip() throws {
        let store = try Store(path: path)
        _ = try store.replace([snapshot([Self.timed, Self.allDay])], client: "me", at: now)
        let read = try Store(path: path).instances(client: "me")
        #expect(read == [Self.timed, Self.allDay])
    }

    @Test("The migrated instance table has exactly the described columns")
    func schemaMatchesDescription() throws {
        _ = try Store(path: path)
        let columns = try DatabaseQueue(path: path).read { db in try db.columns(in: "instance").map(\.name) }
        #expect(columns == ["id"] + InstanceRecord.columns.map(\.name))
    }

    @Test("The content hash of a stored row is the one stores were written with: a change would make every row read as changed")
    func contentHashIsStable() {
        let record = InstanceRecord(Self.timed, attendeeText: "a@x.example\u{1F}A\u{1F}chair\u{1F}accepted\u{1F}", attendeeListId: 1)
        #expect(record.contentHash == -2_806_718_134_458_597_538)
    }

    @Test("A quiet change (SEQUENCE, the line in the file) is written without being reported; a visible one is reported")
    func quietChangesAreWritten() throws {
        let store = try Store(path: path)
        _ = try store.replace([snapshot([Self.timed])], client: "me", at: now)
        var quiet = Self.timed
        quiet.sequence = 4
        quiet.sourceLine = 57
        quiet.organizer?.name = "Chief Financial Officer"
        let unchanged = try store.replace([snapshot([quiet])], client: "me", at: now)[0]
        #expect(unchanged.isEmpty && unchanged.unchanged == 1)
        #expect(try store.instances(client: "me") == [quiet], "the quiet columns are stored all the same")

        var visible = quiet
        visible.location = "Room 5"
        let changed = try store.replace([snapshot([visible])], client: "me", at: now)[0]
        #expect(changed.changed.map(\.title) == ["Budget review"])
    }

    func snapshot(_ instances: [MeetingInstance]) -> Snapshot {
        Snapshot(location: SourceLocation(location: "/data/a.ics", kind: .file, displayName: "a.ics"), instances: instances,
                 info: SnapshotInfo(events: instances.count, skipped: 0, contentHash: 1))
    }
}
