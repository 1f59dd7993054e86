import AltitudeModel
import Foundation
import GRDB

/// A commitment agreed at a session: its kind and terms, resolved when it was made.
struct CommitmentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "commitment"
    var id: Int64?
    var clientId: Int64
    var sessionId: Int64
    /// `YYYY-MM-DD`: the session's day.
    var since: String
    var ended: String?
    /// `Commitment.kindName`: stop, hand-off, limit, focus, hold.
    var kind: String
    var seriesTitle: String?
    /// The series' UIDs, one a line (a UID has no line break: the importer unfolds them).
    var seriesIds: String?
    var byTitle: Bool?
    var personEmail: String?
    var personName: String?
    /// `category:hiring`, `level:manager`, `rule:ID`, `title:TEXT`.
    var subject: String?
    var seconds: Int?
    var blocks: Int?
    var share: Double?
    var createdAt: Int64

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ commitment: Commitment, clientId: Int64, sessionId: Int64, createdAt: Int64) {
        self.clientId = clientId
        self.sessionId = sessionId
        self.createdAt = createdAt
        since = commitment.since.description
        ended = commitment.ended?.description
        kind = commitment.kindName
        if let series = commitment.series {
            seriesTitle = series.title
            seriesIds = series.seriesIDs.joined(separator: "\n")
            byTitle = series.byTitle
        }
        switch commitment.kind {
        case .stop: break
        case .handOff(_, let person):
            personEmail = person.email
            personName = person.name
        case .limit(let limitSubject, let limit):
            subject = limitSubject.description
            seconds = limit
        case .protectFocus(let count, let minimum):
            blocks = count
            seconds = minimum
        case .holdShare(let most):
            share = most
        }
    }

    /// The commitment, numbered `#id`; nil for a row this version cannot read (a kind from a later one).
    var commitment: Commitment? {
        guard let id, let since = CivilDate(iso: since) else { return nil }
        let series = seriesTitle.map { title in
            SeriesMatch(title: title, seriesIDs: (seriesIds ?? "").split(separator: "\n").map(String.init), byTitle: byTitle ?? true)
        }
        let kind: Commitment.Kind
        switch (self.kind, series) {
        case ("stop", let series?): kind = .stop(series)
        case ("hand-off", let series?):
            guard let personEmail else { return nil }
            kind = .handOff(series, to: CommittedPerson(email: personEmail, name: personName))
        case ("limit", _):
            guard let subject = subject.flatMap(LimitSubject.init(text:)), let seconds else { return nil }
            kind = .limit(subject, seconds: seconds)
        case ("focus", _):
            guard let blocks, let seconds else { return nil }
            kind = .protectFocus(blocks: blocks, minimumSeconds: seconds)
        case ("hold", _):
            guard let share else { return nil }
            kind = .holdShare(share)
        default:
            return nil
        }
        return Commitment(id: "#\(id)", kind: kind, since: since, ended: ended.flatMap { CivilDate(iso: $0) })
    }
}

/// What recording a session came to.
public enum SessionRecording: Sendable {
    /// Stored: the session with its commitments numbered, and the commitments it ended.
    case recorded(CoachingSession, ended: [Commitment])
    /// Nothing stored: there is no such client.
    case noClient
    /// Nothing stored: these numbers are no commitment of the client's in force.
    case notInForce([Int64])
}

extension Store {
    /// Records a session, the commitments agreed at it (their `since` is its day), and
    /// ends the commitments numbered in `ending` as of its day — all in one transaction,
    /// or nothing when the client or a commitment to end is not there.
    public func recordSession(_ session: CoachingSession, ending: [Int64], client: String, at time: Date) throws(StoreError) -> SessionRecording {
        try write { db in
            guard let owner = try ClientRecord.filter(Column("name") == client).fetchOne(db), let clientId = owner.id else { return .noClient }
            var toEnd: [CommitmentRecord] = []
            var missing: [Int64] = []
            for id in ending {
                if let record = try CommitmentRecord.filter(Column("id") == id && Column("clientId") == clientId && Column("ended") == nil)
                    .fetchOne(db) {
                    toEnd.append(record)
                } else {
                    missing.append(id)
                }
            }
            guard missing.isEmpty else { return .notInForce(missing) }
            let createdAt = Int64(time.timeIntervalSince1970)
            var record = SessionRecord(id: nil, clientId: clientId, date: session.date.description, note: session.note, createdAt: createdAt)
            try record.insert(db)
            guard let sessionId = record.id else { return .noClient }
            var stored = session
            stored.commitments = try session.commitments.compactMap { commitment in
                var row = CommitmentRecord(commitment, clientId: clientId, sessionId: sessionId, createdAt: createdAt)
                row.since = session.date.description
                try row.insert(db)
                return row.commitment
            }
            var ended: [Commitment] = []
            for var row in toEnd {
                row.ended = session.date.description
                try row.update(db)
                if let commitment = row.commitment { ended.append(commitment) }
            }
            return .recorded(stored, ended: ended)
        }
    }

    static func commitmentRecords(client: String, _ db: Database) throws -> [CommitmentRecord] {
        try CommitmentRecord.fetchAll(db, sql: """
            SELECT commitment.* FROM commitment JOIN client ON client.id = commitment.clientId
            WHERE client.name = ? ORDER BY commitment.id
            """, arguments: [client])
    }
}
