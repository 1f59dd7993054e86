import AltitudeModel
import Foundation
import GRDB

/// A digest as it was sent: when, how, and the figures it said.
public struct SentDigest: Sendable, Hashable {
    public var week: ISOWeek
    public var recipient: String
    public var messageID: String
    public var sentAt: Date
    public var transport: String
    public var figures: DigestFigures
}

/// The week's figures a digest says, and the fingerprint of the rules and profile behind them.
public struct DigestFigures: Sendable, Hashable {
    public var belowShare: Double?
    public var rollingBelowShare: Double?
    public var belowHours: Double
    public var meetingHours: Double
    public var fingerprint: Int64

    public init(belowShare: Double?, rollingBelowShare: Double?, belowHours: Double, meetingHours: Double, fingerprint: Int64) {
        self.belowShare = belowShare
        self.rollingBelowShare = rollingBelowShare
        self.belowHours = belowHours
        self.meetingHours = meetingHours
        self.fingerprint = fingerprint
    }
}

/// What a run may do about one (client, week, recipient).
public enum DigestClaim: Sendable, Hashable {
    /// This run sends it: nobody else will until it is recorded or released.
    case claimed
    /// This run sends it, in place of a run that claimed it at `since` (process `pid`)
    /// and ended before sending or giving it up: killed, crashed, or the machine stopped.
    case takenOver(since: Date, pid: Int?)
    case alreadySent(SentDigest)
    /// A run that is still alive (process `pid`) claimed it at `since` and has not finished.
    case beingSent(since: Date, pid: Int?)
}

/// A digest to one recipient that a run claimed, and whether it went out.
public struct DigestAttempt: Sendable, Hashable {
    public var week: ISOWeek
    public var sent: Bool
}

extension Store {
    /// Claims the digest for this run. The claim is a row in the store and a lock
    /// (`DigestClaimLocks`) this process holds until it records or releases the
    /// digest: a second run while this one lives is kept off, and once this one is
    /// gone — however it ended — the next run takes the claim over at once. With
    /// `force`, a digest already sent is claimed again (its record kept until the new
    /// one is sent).
    public func claimDigest(client: String, week: ISOWeek, recipient: String, at time: Date, force: Bool) throws(StoreError) -> DigestClaim {
        let key = DigestKey(client: client, week: week, recipient: recipient)
        guard try claimLocks.lock(key) else {
            // The holder commits its row just after it locks: in that instant there is none to read yet.
            let held = try read { db in try Self.digestRecord(key, in: db) }
            return .beingSent(since: held?.claimedAt.map(Self.date) ?? time, pid: held?.claimPid.map(Int.init))
        }
        do throws(StoreError) {
            let claim = try write { db -> DigestClaim in
                let owner = try Self.client(named: client, in: db, at: time)
                var record = try Self.digestRecord(key, in: db)
                    ?? DigestRecord(clientId: owner.id ?? 0, week: week.description, recipient: recipient)
                if !force, let sent = SentDigest(record) { return .alreadySent(sent) }
                let abandoned = record.claimedAt.map { DigestClaim.takenOver(since: Self.date($0), pid: record.claimPid.map(Int.init)) }
                record.claimedAt = Int64(time.timeIntervalSince1970)
                record.claimPid = Int64(getpid())
                try record.save(db)
                return abandoned ?? .claimed
            }
            if case .alreadySent = claim { claimLocks.unlock(key) }
            return claim
        } catch {
            claimLocks.unlock(key)
            throw error
        }
    }

    /// Records the claimed digest as sent.
    public func recordDigestSent(client: String, week: ISOWeek, recipient: String, messageID: String, transport: String,
                                 figures: DigestFigures, at time: Date) throws(StoreError) {
        // Unlocked only once the record is committed: a run killed in between leaves the lock to the kernel.
        defer { claimLocks.unlock(DigestKey(client: client, week: week, recipient: recipient)) }
        try write { db in
            try db.execute(sql: """
                UPDATE digest SET claimedAt = NULL, claimPid = NULL, sentAt = ?, messageId = ?, transport = ?, belowShare = ?,
                    rollingBelowShare = ?, belowHours = ?, meetingHours = ?, fingerprint = ?
                WHERE clientId = (SELECT id FROM client WHERE name = ?) AND week = ? AND recipient = ?
                """, arguments: [Int64(time.timeIntervalSince1970), messageID, transport, figures.belowShare, figures.rollingBelowShare,
                                 figures.belowHours, figures.meetingHours, figures.fingerprint, client, week.description,
                                 recipient])
        }
    }

    /// Gives up a claim after a failed send, so the next run tries again. The row
    /// stays (unsent) as the record that this week's digest was tried: what a later
    /// run's catch-up looks for.
    public func releaseDigest(client: String, week: ISOWeek, recipient: String) throws(StoreError) {
        defer { claimLocks.unlock(DigestKey(client: client, week: week, recipient: recipient)) }
        try write { db in
            try db.execute(sql: """
                UPDATE digest SET claimedAt = NULL, claimPid = NULL
                WHERE clientId = (SELECT id FROM client WHERE name = ?) AND week = ? AND recipient = ?
                """, arguments: [client, week.description, recipient])
        }
    }

    /// Every week a digest to `recipient` was claimed for (sent, failed, or left by a
    /// run that died), oldest first.
    public func digestAttempts(client: String, recipient: String) throws(StoreError) -> [DigestAttempt] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT digest.week, digest.sentAt IS NOT NULL AS sent FROM digest JOIN client ON client.id = digest.clientId
                WHERE client.name = ? AND digest.recipient = ? ORDER BY digest.week
                """, arguments: [client, recipient]).compactMap { row in
                ISOWeek(iso: row["week"]).map { DigestAttempt(week: $0, sent: row["sent"]) }
            }
        }
    }

    private static func digestRecord(_ key: DigestKey, in db: Database) throws -> DigestRecord? {
        try DigestRecord.fetchOne(db, sql: """
            SELECT digest.* FROM digest JOIN client ON client.id = digest.clientId
            WHERE client.name = ? AND digest.week = ? AND digest.recipient = ?
            """, arguments: [key.client, key.week.description, key.recipient])
    }

    private static func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

    /// The latest digest sent for the client about a week before `week`, to any recipient.
    /// (Weeks are stored as `2026-W10`: their text sorts as the weeks do.)
    public func lastDigest(client: String, before week: ISOWeek) throws(StoreError) -> SentDigest? {
        try read { db in
            try DigestRecord.fetchOne(db, sql: """
                SELECT digest.* FROM digest JOIN client ON client.id = digest.clientId
                WHERE client.name = ? AND digest.week < ? AND digest.sentAt IS NOT NULL
                ORDER BY digest.week DESC, digest.sentAt DESC LIMIT 1
                """, arguments: [client, week.description]).flatMap(SentDigest.init)
        }
    }
}

extension DigestRecord {
    init(clientId: Int64, week: String, recipient: String) {
        self.init(id: nil, clientId: clientId, week: week, recipient: recipient, claimedAt: nil, sentAt: nil, messageId: nil,
                  transport: nil, belowShare: nil, rollingBelowShare: nil, belowHours: nil, meetingHours: nil, fingerprint: nil,
                  claimPid: nil)
    }
}

extension SentDigest {
    /// Nil for a row that was never sent (or whose week is not one).
    init?(_ record: DigestRecord) {
        guard let sentAt = record.sentAt, let week = ISOWeek(iso: record.week) else { return nil }
        self.init(week: week, recipient: record.recipient, messageID: record.messageId ?? "",
                  sentAt: Date(timeIntervalSince1970: TimeInterval(sentAt)), transport: record.transport ?? "",
                  figures: DigestFigures(belowShare: record.belowShare, rollingBelowShare: record.rollingBelowShare,
                                         belowHours: record.belowHours ?? 0, meetingHours: record.meetingHours ?? 0,
                                         fingerprint: record.fingerprint ?? 0))
    }
}
