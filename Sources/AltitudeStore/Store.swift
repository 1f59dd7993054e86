import AltitudeModel
import Foundation
import GRDB
import GRDBSQLite

/// A problem with the store, in one sentence that names the file.
public struct StoreError: AltitudeFailure {
    public var path: String
    public var message: String

    public var description: String { "the store \(path): \(message)" }
    /// Busy, damaged, full: nothing changed, and it is the store, not the input.
    public var exitReason: ExitReason { .ioError }
}

/// The local SQLite store: clients, their sources, and the meeting instances each
/// source last said. Only this module touches SQLite.
///
/// - The file is created 0600 in a 0700 directory (SQLite's -wal and -shm files
///   take the same permissions).
/// - Every import is one IMMEDIATE transaction: a failing or killed import leaves
///   the store as it was, and a second writer (cron and a person at once) waits
///   for the first instead of failing.
public final class Store: Sendable {
    public let path: String
    let pool: DatabasePool
    /// Whose digest claims are alive: opened on the first claim.
    let claimLocks: DigestClaimLocks

    /// How long a second writer waits for the first before giving up.
    public static let lockWait: TimeInterval = 120

    /// Opens (creating it privately if need be) and migrates the store at `path`.
    public init(path: String) throws(StoreError) {
        self.path = path
        claimLocks = DigestClaimLocks(storePath: path)
        do {
            try Self.preparePrivateFile(at: path)
            var configuration = Configuration()
            configuration.busyMode = .timeout(Self.lockWait)
            configuration.label = "altitude"
            // With WAL, NORMAL keeps every committed import through a killed process;
            // only a power cut could lose the last one.
            configuration.prepareDatabase { db in
                // Before the first write only (then it is fixed): a ten-year calendar
                // in a quarter of the pages a 4 KiB store takes, written in fewer calls.
                try db.execute(sql: "PRAGMA page_size = 16384")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // A ten-year import touches some thousands of pages; keep them in memory until the commit.
                try db.execute(sql: "PRAGMA cache_size = -65536")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(pool)
            try Self.rewriteRowsOfAnEarlierFormat(in: pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.describe(error, path: path)
        }
    }

    /// Writes every instance row again through `InstanceRecord.columns` when the store
    /// was written in an earlier `InstanceRecord.format`, once, in one transaction: rows
    /// stored before and after a change to what a column holds agree, and so do their
    /// hashes (a re-import finds them unchanged). A new store has no rows to write.
    private static func rewriteRowsOfAnEarlierFormat(in pool: DatabasePool) throws {
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                // Read again under the lock: a second process may have just done it.
                guard try Int.fetchOne(db, sql: "PRAGMA user_version") != InstanceRecord.format else { return .commit }
                var texts: [Int64: String] = [:]
                let lists = try Row.fetchCursor(db, sql: "SELECT id, attendees FROM attendeeList")
                while let row = try lists.next() { texts[row["id"]] = row["attendees"] }
                let update = try db.makeStatement(sql: InstanceRecord.updateSQL)
                // In batches by row id: a coach's store can hold hundreds of thousands of rows.
                var last: Int64 = 0
                while true {
                    let rows = try Row.fetchAll(db, sql: """
                        SELECT \(InstanceRecord.selection), instance.id FROM instance
                        WHERE instance.id > ? ORDER BY instance.id LIMIT 10000
                        """, arguments: [last])
                    guard !rows.isEmpty else { break }
                    for row in rows {
                        let stored = InstanceRecord(row: row, zone: .utc)
                        var record = InstanceRecord(stored.instance, attendeeText: stored.attendeeListId.flatMap { texts[$0] } ?? "",
                                                    attendeeListId: stored.attendeeListId)
                        record.sourceId = stored.sourceId
                        last = row[InstanceRecord.columns.count]
                        try run(update, binding: record, id: last, in: db)
                    }
                }
                try db.execute(sql: "PRAGMA user_version = \(InstanceRecord.format)")
                return .commit
            }
        }
    }

    /// The directory 0700 and the file 0600, before SQLite creates it with the umask's permissions.
    private static func preparePrivateFile(at path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } else if !isDirectory.boolValue {
            throw StoreError(path: path, message: "\(directory) is not a directory")
        }
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw StoreError(path: path, message: "cannot be created (permission denied?)")
            }
        }
    }

    static func describe(_ error: any Error, path: String) -> StoreError {
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return StoreError(path: path, message: "is busy: another Altitude has held it for \(Int(lockWait)) s; try again")
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return StoreError(path: path, message: "is not an Altitude store, or it is damaged")
            case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
                return StoreError(path: path, message: "cannot be opened for writing (permission denied?)")
            case .SQLITE_FULL:
                return StoreError(path: path, message: "cannot be written: the disk is full; nothing was changed")
            default:
                return StoreError(path: path, message: "database error: \(error.message ?? "\(error.resultCode)")")
            }
        }
        return StoreError(path: path, message: error.localizedDescription)
    }

    func read<T>(_ work: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(work) } catch { throw Self.describe(error, path: path) }
    }

    func write<T>(_ work: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try work(db)
                    return .commit
                }
                return result!
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.describe(error, path: path)
        }
    }

    // MARK: - Clients

    /// Every client, with how many sources each has.
    public func clients() throws(StoreError) -> [ClientSummary] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT client.name, client.profile IS NOT NULL AS hasProfile, COUNT(source.id) AS sources
                FROM client LEFT JOIN source ON source.clientId = client.id
                GROUP BY client.id ORDER BY client.name
                """)
            return rows.map { ClientSummary(name: $0["name"], hasProfile: $0["hasProfile"], sources: $0["sources"]) }
        }
    }

    /// The client's stored profile, if any.
    public func profile(client: String) throws(StoreError) -> StoredProfile? {
        try read { db in
            try ClientRecord.filter(Column("name") == client).fetchOne(db).flatMap { record in
                record.profile.map { StoredProfile(text: $0, orgChart: record.orgChart) }
            }
        }
    }

    /// Stores a (validated) profile for the client, creating the client if need be.
    public func setProfile(_ profile: StoredProfile, client: String, at time: Date) throws(StoreError) {
        try write { db in
            var record = try Self.client(named: client, in: db, at: time)
            record.profile = profile.text
            record.orgChart = profile.orgChart
            try record.update(db)
        }
    }

    static func client(named name: String, in db: Database, at time: Date) throws -> ClientRecord {
        if let existing = try ClientRecord.filter(Column("name") == name).fetchOne(db) { return existing }
        var record = ClientRecord(id: nil, name: name, profile: nil, createdAt: Int64(time.timeIntervalSince1970))
        try record.insert(db)
        return record
    }

    // MARK: - Sources

    /// What the store knows of a source, for conditional fetches and the identical-file check.
    public func source(_ location: SourceLocation, client: String) throws(StoreError) -> StoredSource? {
        try read { db in
            try SourceRecord.fetchOne(db, sql: """
                SELECT source.* FROM source JOIN client ON client.id = source.clientId
                WHERE client.name = ? AND source.location = ?
                """, arguments: [client, location.location]).map(StoredSource.init)
        }
    }

    public func sources(client: String) throws(StoreError) -> [StoredSource] {
        try read { db in
            try SourceRecord.fetchAll(db, sql: """
                SELECT source.* FROM source JOIN client ON client.id = source.clientId
                WHERE client.name = ? ORDER BY source.id
                """, arguments: [client]).map(StoredSource.init)
        }
    }

    /// Removes a source (by number, location or shown name) and what it said.
    public func forget(_ reference: String, client: String) throws(StoreError) -> StoredSource? {
        try write { db in
            let candidates = try SourceRecord.fetchAll(db, sql: """
                SELECT source.* FROM source JOIN client ON client.id = source.clientId WHERE client.name = ?
                """, arguments: [client])
            let absolute = reference.hasPrefix("/") ? reference : FileManager.default.currentDirectoryPath + "/" + reference
            guard let source = candidates.first(where: {
                String($0.id ?? -1) == reference || $0.location == reference || $0.name == reference || $0.location == absolute
            }) else { return nil }
            _ = try source.delete(db)
            try Self.removeUnusedAttendeeLists(db)
            return StoredSource(source)
        }
    }

    /// The source was checked and had not changed (a 304, or identical bytes).
    public func markChecked(_ location: SourceLocation, client: String, at time: Date) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                UPDATE source SET checkedAt = ? WHERE location = ? AND clientId = (SELECT id FROM client WHERE name = ?)
                """, arguments: [Int64(time.timeIntervalSince1970), location.location, client])
        }
    }

    // MARK: - Importing

    /// Replaces what each source said with its new snapshot, all in one
    /// transaction: an occurrence gone from a source's new snapshot is gone from the
    /// store, and either every snapshot is stored or none is.
    public func replace(_ snapshots: [Snapshot], client: String, at time: Date) throws(StoreError) -> [SnapshotChanges] {
        let prepared = snapshots.map { PreparedSnapshot($0) }
        return try write { db in try prepared.map { try Self.replace($0, client: client, at: time, in: db) } }
    }

    private static func replace(_ snapshot: PreparedSnapshot, client: String, at time: Date, in db: Database) throws -> SnapshotChanges {
        let location = snapshot.location
        let owner = try Self.client(named: client, in: db, at: time)
        var source = try SourceRecord.filter(Column("clientId") == owner.id! && Column("location") == location.location).fetchOne(db)
            ?? SourceRecord(id: nil, clientId: owner.id!, location: location.location, kind: location.kind.rawValue,
                            name: location.displayName, eventCount: 0, instanceCount: 0, skippedCount: 0)
        if source.id == nil { try source.insert(db) }
        let sourceId = source.id!

        // What the source said last time, by occurrence.
        var previous: [OccurrenceKey: Previous] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(InstanceRecord.quietSelection), id, seriesId, recurrenceId, contentHash, start, "end", allDayStart, title
            FROM instance WHERE sourceId = ?
            """, arguments: [sourceId])
        while let row = try rows.next() {
            let recurrenceId: String = row["recurrenceId"]
            let key = OccurrenceKey(seriesID: row["seriesId"], recurrenceID: recurrenceId.isEmpty ? nil : recurrenceId)
            let allDay: String? = row["allDayStart"]
            previous[key] = Previous(id: row["id"], hash: row["contentHash"], quietHash: InstanceRecord.quietHash(of: row),
                                     start: row["start"], end: row["end"], title: row["title"],
                                     placedStart: allDay.flatMap(CivilDate.init(iso:)).map(snapshot.zone.startOfDay)
                                        ?? Date(timeIntervalSince1970: TimeInterval(row["start"] as Int64)))
        }

        let listIds = try storeAttendeeLists(snapshot.lists, in: db)
        var changes = SnapshotChanges()
        let insert = try db.cachedStatement(sql: InstanceRecord.insertSQL)
        let update = try db.cachedStatement(sql: InstanceRecord.updateSQL)
        for (index, var record) in snapshot.rows.enumerated() {
            record.sourceId = sourceId
            record.attendeeListId = record.attendeeListId.map { listIds[Int($0)] }
            if let old = previous.removeValue(forKey: snapshot.keys[index]) {
                if old.hash != record.contentHash {
                    try Self.run(update, binding: record, id: old.id, in: db)
                    let now = ChangedOccurrence(title: record.instance.title, start: record.instance.start)
                    if old.start != record.storedStart || old.end != record.storedEnd {
                        changes.moved.append(ChangedOccurrence(title: now.title, start: now.start, previousStart: old.placedStart))
                    } else {
                        changes.changed.append(now)
                    }
                } else {
                    if old.quietHash != record.quietHash { try Self.run(update, binding: record, id: old.id, in: db) }
                    changes.unchanged += 1
                }
            } else {
                try Self.run(insert, binding: record, in: db)
                changes.new += 1
            }
        }
        let delete = try db.cachedStatement(sql: "DELETE FROM instance WHERE id = ?")
        for old in previous.values.sorted(by: { ($0.start, $0.title) < ($1.start, $1.title) }) {
            try delete.execute(arguments: [old.id])
            changes.removed.append(ChangedOccurrence(title: old.title, start: old.placedStart))
        }
        if !changes.removed.isEmpty || !changes.moved.isEmpty || !changes.changed.isEmpty { try Self.removeUnusedAttendeeLists(db) }

        source.kind = location.kind.rawValue
        source.name = location.displayName
        source.contentHash = snapshot.info.contentHash
        source.etag = snapshot.info.etag
        source.lastModifiedHeader = snapshot.info.lastModifiedHeader
        source.importedAt = Int64(time.timeIntervalSince1970)
        source.checkedAt = source.importedAt
        source.eventCount = snapshot.info.events
        source.skippedCount = snapshot.info.skipped
        source.instanceCount = snapshot.rows.count
        source.firstStart = snapshot.firstStart
        source.lastEnd = snapshot.lastEnd
        source.coveredFrom = snapshot.info.coverage.map { Int64($0.start.timeIntervalSince1970.rounded(.down)) }
        source.coveredTo = snapshot.info.coverage.map { Int64($0.end.timeIntervalSince1970.rounded(.up)) }
        try source.update(db)
        return changes
    }

    /// What a source said about an occurrence last time.
    private struct Previous {
        var id: Int64
        var hash: Int64
        var quietHash: Int64
        /// As stored (see `InstanceRecord.storedStart`).
        var start: Int64
        var end: Int64
        var title: String
        /// Where it started, in the zone the new snapshot was read in: what the summary shows.
        var placedStart: Date
    }

    /// The row id of each list (in order), storing those the store does not have.
    /// Lists are found by hash, then compared by text: two lists with one hash both get a row.
    private static func storeAttendeeLists(_ lists: [(text: String, hash: Int64)], in db: Database) throws -> [Int64] {
        guard !lists.isEmpty else { return [] }
        var stored: [Int64: [Int64]] = [:]
        let known = try Row.fetchCursor(db, sql: "SELECT id, hash FROM attendeeList")
        while let row = try known.next() { stored[row["hash"], default: []].append(row["id"]) }
        let text = try db.cachedStatement(sql: "SELECT attendees FROM attendeeList WHERE id = ?")
        let insert = try db.cachedStatement(sql: "INSERT INTO attendeeList (hash, attendees) VALUES (?, ?)")
        return try lists.map { list in
            for candidate in stored[list.hash] ?? [] where try String.fetchOne(text, arguments: [candidate]) == list.text {
                return candidate
            }
            try insert.execute(arguments: [list.hash, list.text])
            return db.lastInsertedRowID
        }
    }

    /// Lists no instance uses any more (after a re-import or a forgotten source).
    static func removeUnusedAttendeeLists(_ db: Database) throws {
        // NOT IN builds one temporary index of the ids in use; NOT EXISTS would search instances once per list.
        try db.execute(sql: """
            DELETE FROM attendeeList WHERE id NOT IN (SELECT attendeeListId FROM instance WHERE attendeeListId IS NOT NULL)
            """)
    }

    /// Steps a prepared statement bound to one record, then resets it for the next.
    private static func run(_ statement: Statement, binding record: InstanceRecord, id: Int64? = nil, in db: Database) throws {
        record.bind(to: statement, id: id)
        let handle = statement.sqliteStatement
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
    }

    // MARK: - Reading

    /// How far a stored time can be from where it falls in a zone: an all-day row's
    /// is its date's midnight in UTC, and zones are from 12 hours behind UTC to 14
    /// ahead. A query by stored times widens by this, and places what it finds.
    static let placementMargin: Int64 = WallClock.secondsPerDay

    /// The client's instances overlapping the window (all of them without one), read
    /// in `zone` (an all-day instance falls on its dates there), merged across sources
    /// (the higher SEQUENCE, then the later modification, wins), ordered by start then UID.
    public func instances(client: String, zone: ZoneRules, window: DateInterval? = nil) throws(StoreError) -> [MeetingInstance] {
        let bySource: [Int64: [MeetingInstance]] = try read { db in
            var sql = """
                \(InstanceRecord.selectSQL) JOIN source ON source.id = instance.sourceId
                JOIN client ON client.id = source.clientId WHERE client.name = ?
                """
            var arguments: StatementArguments = [client]
            if let window {
                // Wider by the margin; each instance is held to the window once placed.
                let start = Int64(window.start.timeIntervalSince1970) - Self.placementMargin
                sql += " AND instance.start < ? AND instance.\"end\" > ?"
                arguments += [Int64(window.end.timeIntervalSince1970) + Self.placementMargin, start]
            }
            // The client's attendee lists in one query, each decoded once, when first
            // needed: the instances that share a list share one array.
            var texts: [Int64: String] = [:]
            let lists = try Row.fetchCursor(db, sql: """
                SELECT id, attendees FROM attendeeList WHERE id IN (SELECT instance.attendeeListId FROM instance
                JOIN source ON source.id = instance.sourceId JOIN client ON client.id = source.clientId WHERE client.name = ?)
                """, arguments: [client])
            while let row = try lists.next() { texts[row["id"]] = row["attendees"] }
            var decoded: [Int64: [Attendee]] = [:]

            var grouped: [Int64: [MeetingInstance]] = [:]
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                var record = InstanceRecord(row: row, zone: zone)
                // Overlap, with an instant event at the window's start counted in.
                if let window, !(record.instance.start < window.end
                                 && (record.instance.end > window.start || record.instance.start >= window.start)) { continue }
                if let id = record.attendeeListId {
                    let attendees = decoded[id] ?? AttendeeCodec.decode(texts[id] ?? "")
                    decoded[id] = attendees
                    record.instance.attendees = attendees
                }
                grouped[record.sourceId, default: []].append(record.instance)
            }
            return grouped
        }
        return InstanceMerger.merge(bySource.keys.sorted().map { bySource[$0]! })
    }

    /// Where the client's earliest instance starts in `zone` (an all-day one at its
    /// date's midnight there), for a default window.
    public func firstStart(client: String, zone: ZoneRules) throws(StoreError) -> Date? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT MIN(instance.start) FILTER (WHERE instance.allDayStart IS NULL) AS timed, MIN(instance.allDayStart) AS allDay
                FROM instance JOIN source ON source.id = instance.sourceId JOIN client ON client.id = source.clientId
                WHERE client.name = ?
                """, arguments: [client]) else { return nil }
            let timed = (row["timed"] as Int64?).map { Date(timeIntervalSince1970: TimeInterval($0)) }
            let allDay = (row["allDay"] as String?).flatMap(CivilDate.init(iso:)).map(zone.startOfDay)
            return [timed, allDay].compactMap { $0 }.min()
        }
    }
}
