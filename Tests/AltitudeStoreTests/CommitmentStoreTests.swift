import AltitudeModel
@testable import AltitudeStore
import Foundation
import GRDB
import Testing

@Suite("Store: sessions and the commitments agreed at them")
struct CommitmentStoreTests {
    let directory = TemporaryDirectory()
    let now = Date(timeIntervalSince1970: 1_772_452_800)  // 2026-03-02 12:00 UTC

    var path: String { directory.path("store/altitude.sqlite") }

    /// One of each kind, with every optional part both ways.
    static let agreed: [Commitment.Kind] = [
        .stop(SeriesMatch(title: "Payments standup", seriesIDs: ["a@x", "b@x"], byTitle: true)),
        .stop(SeriesMatch(title: "Board prep", seriesIDs: ["c@x"], byTitle: false)),
        .handOff(SeriesMatch(title: "Architecture review board", seriesIDs: ["arb@x"], byTitle: true),
                 to: CommittedPerson(email: "raj@x.example", name: "Raj Iyer")),
        .handOff(SeriesMatch(title: "Ops review", seriesIDs: [], byTitle: true), to: CommittedPerson(email: "sam@x.example")),
        .limit(.category("hiring"), seconds: 3 * 3600), .limit(.level("manager"), seconds: 4 * 3600),
        .limit(.rule("detail-reviews"), seconds: 1800), .limit(.title("interview: final"), seconds: 7200),
        .protectFocus(blocks: 2, minimumSeconds: 7200), .holdShare(0.25),
    ]

    @Test("A store made before commitments migrates, keeps its sessions, and stores every kind of commitment as it was agreed")
    func migrateAndRoundTrip() throws {
        // The store as the release before this one left it: a client with a session.
        try FileManager.default.createDirectory(atPath: directory.path("store"), withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: "v-org-chart: a client's org chart")
        try old.write { db in
            try db.execute(sql: "INSERT INTO client (name, createdAt) VALUES ('acme', 0)")
            try db.execute(sql: "INSERT INTO session (clientId, date, note, createdAt) VALUES (1, '2026-01-12', 'first', 0)")
        }
        try old.close()

        let store = try Store(path: path)
        #expect(try store.sessions(client: "acme") == [CoachingSession(date: CivilDate(iso: "2026-01-12")!, note: "first")])
        let day = CivilDate(iso: "2026-02-09")!
        let session = CoachingSession(date: day, note: "delegation", commitments: Self.agreed.map { Commitment(id: "", kind: $0, since: day) })
        guard case .recorded(let recorded, let ended) = try store.recordSession(session, ending: [], client: "acme", at: now) else {
            Issue.record("the session was not recorded")
            return
        }
        #expect(ended.isEmpty)
        #expect(recorded.commitments.map(\.id) == (1...10).map { "#\($0)" })
        #expect(recorded.commitments.map(\.kind) == Self.agreed)
        let read = try store.sessions(client: "acme")
        #expect(read.map(\.date) == [day, CivilDate(iso: "2026-01-12")!])
        #expect(read[0].commitments == recorded.commitments && read[0].commitments.allSatisfy { $0.since == day && $0.ended == nil })
        #expect(read[1].commitments.isEmpty)
    }

    @Test("A later session ends commitments as of its day; one that is not the client's or ended already stores nothing")
    func ending() throws {
        let store = try Store(path: path)
        try store.setProfile(StoredProfile(text: "name: A", orgChart: nil), client: "acme", at: now)
        try store.setProfile(StoredProfile(text: "name: B", orgChart: nil), client: "other", at: now)
        let first = CivilDate(iso: "2026-02-09")!
        _ = try store.recordSession(CoachingSession(date: first, commitments: [Commitment(id: "", kind: .holdShare(0.3), since: first),
                                                                              Commitment(id: "", kind: .holdShare(0.2), since: first)]),
                                    ending: [], client: "acme", at: now)
        _ = try store.recordSession(CoachingSession(date: first, commitments: [Commitment(id: "", kind: .holdShare(0.5), since: first)]),
                                    ending: [], client: "other", at: now)
        let later = CivilDate(iso: "2026-03-02")!
        guard case .recorded(_, let ended) = try store.recordSession(CoachingSession(date: later), ending: [1], client: "acme", at: now) else {
            Issue.record("the session was not recorded")
            return
        }
        #expect(ended.map(\.id) == ["#1"] && ended.first?.ended == later)
        #expect(try store.sessions(client: "acme").flatMap(\.commitments).map { "\($0.id) \($0.ended?.description ?? "-")" } == ["#1 2026-03-02", "#2 -"])

        // #1 is ended, #3 is another client's, #9 is nobody's: nothing is stored, not even the session.
        guard case .notInForce(let missing) = try store.recordSession(CoachingSession(date: later), ending: [1, 2, 3, 9], client: "acme", at: now)
        else {
            Issue.record("ending commitments that are not in force was accepted")
            return
        }
        #expect(missing == [1, 3, 9])
        #expect(try store.sessions(client: "acme").count == 2)
        #expect(try store.sessions(client: "acme").flatMap(\.commitments).first { $0.id == "#2" }?.ended == nil)
        guard case .noClient = try store.recordSession(CoachingSession(date: later), ending: [], client: "nobody", at: now) else {
            Issue.record("a session was recorded for a client that is not there")
            return
        }
    }

    @Test("Removing a client removes its commitments with its sessions")
    func removal() throws {
        let store = try Store(path: path)
        try store.setProfile(StoredProfile(text: "name: A", orgChart: nil), client: "acme", at: now)
        let day = CivilDate(iso: "2026-02-09")!
        _ = try store.recordSession(CoachingSession(date: day, commitments: Self.agreed.map { Commitment(id: "", kind: $0, since: day) }),
                                    ending: [], client: "acme", at: now)
        #expect(try store.removeClient("acme")?.sessions == 1)
        #expect(try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM commitment") } == 0)
    }
}
