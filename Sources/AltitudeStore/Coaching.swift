import AltitudeModel
import Foundation
import GRDB

/// A coaching session with a client.
struct SessionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "session"
    var id: Int64?
    var clientId: Int64
    /// The day, `YYYY-MM-DD`: sorts as text.
    var date: String
    var note: String?
    var createdAt: Int64

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Store {
    /// Whether the store has a client of this name.
    public func hasClient(_ name: String) throws(StoreError) -> Bool {
        try read { db in try ClientRecord.filter(Column("name") == name).fetchCount(db) > 0 }
    }

    /// The client's redaction key, made (16 random bytes) and stored the first time
    /// it is asked for; the client is created if need be.
    public func redactionKey(client: String, at time: Date) throws(StoreError) -> [UInt8] {
        if let key = try read({ db in try ClientRecord.filter(Column("name") == client).fetchOne(db)?.redactionKey }) {
            return Array(key)
        }
        return try write { db in
            var record = try Self.client(named: client, in: db, at: time)
            if let key = record.redactionKey { return Array(key) }  // another run made it first
            var generator = SystemRandomNumberGenerator()
            let key = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
            record.redactionKey = Data(key)
            try record.update(db)
            return key
        }
    }

    /// The client's sessions, the latest first, each with the commitments made at it.
    public func sessions(client: String) throws(StoreError) -> [CoachingSession] {
        try read { db in
            let commitments = Dictionary(grouping: try Self.commitmentRecords(client: client, db), by: \.sessionId)
            return try SessionRecord.fetchAll(db, sql: """
                SELECT session.* FROM session JOIN client ON client.id = session.clientId
                WHERE client.name = ? ORDER BY session.date DESC, session.id DESC
                """, arguments: [client]).compactMap { record in
                CivilDate(iso: record.date).map { date in
                    CoachingSession(date: date, note: record.note,
                                    commitments: record.id.map { commitments[$0, default: []].compactMap(\.commitment) } ?? [])
                }
            }
        }
    }

    /// Removes the client with its sources, instances and sessions, then rewrites
    /// the file (VACUUM, and the write-ahead log emptied) so none of the client's
    /// text is left in free pages; nil when there is no such client.
    public func removeClient(_ name: String) throws(StoreError) -> ClientRemoval? {
        let removal: ClientRemoval? = try write { db in
            guard let owner = try ClientRecord.filter(Column("name") == name).fetchOne(db), let clientId = owner.id else { return nil }
            let sources = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM source WHERE clientId = ?", arguments: [clientId]) ?? 0
            let instances = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM instance JOIN source ON source.id = instance.sourceId WHERE source.clientId = ?
                """, arguments: [clientId]) ?? 0
            let sessions = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM session WHERE clientId = ?", arguments: [clientId]) ?? 0
            // Sources, their instances and the sessions go with the client (ON DELETE CASCADE).
            _ = try owner.delete(db)
            try Self.removeUnusedAttendeeLists(db)
            return ClientRemoval(sources: sources, instances: instances, sessions: sessions)
        }
        guard let removal else { return nil }
        do {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM")
                _ = try db.checkpoint(.truncate)
            }
        } catch {
            throw Self.describe(error, path: path)
        }
        return removal
    }
}
