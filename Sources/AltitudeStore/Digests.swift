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
    case alreadySent(SentDigest)
    /// Another run claimed it (at that time) and has not finished.
    case beingSent(since: Date)
}

extension Store {
    /// A claim older than this is from a run that died while sending: it is taken over.
    public static let abandonedClaim: TimeInterval = 2 * 3600

    /// Claims the digest for this run, in one IMMEDIATE transaction: of two runs at
    /// once, the second waits for the first's claim and then sees it. With `force`,
    /// a digest already sent is claimed again (its record kept until the new one is sent).
    public func claimDigest(client: String, week: ISOWeek, recipient: String, at time: Date, force: Bool) throws(StoreError) -> DigestClaim {
        try write { db in
            let owner = try Self.client(named: client, in: db, at: time)
            let now = Int64(time.timeIntervalSince1970)
            var record = try DigestRecord.filter(Column("clientId") == owner.id && Column("week") == week.description
                                                 && Column("recipient") == recipient)
                .fetchOne(db) ?? DigestRecord(clientId: owner.id ?? 0, week: week.description, recipient: recipient)
            if let claimed = record.claimedAt, Double(now - claimed) < Self.abandonedClaim {
                return .beingSent(since: Date(timeIntervalSince1970: TimeInterval(claimed)))
            }
            if !force, let sent = SentDigest(record) { return .alreadySent(sent) }
            record.claimedAt = now
            try record.save(db)
            return .claimed
        }
    }

    /// Records the claimed digest as sent.
    public func recordDigestSent(client: String, week: ISOWeek, recipient: String, messageID: String, transport: String,
                                 figures: DigestFigures, at time: Date) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                UPDATE digest SET claimedAt = NULL, sentAt = ?, messageId = ?, transport = ?, belowShare = ?, rollingBelowShare = ?,
                    belowHours = ?, meetingHours = ?, fingerprint = ?
                WHERE clientId = (SELECT id FROM client WHERE name = ?) AND week = ? AND recipient = ?
                """, arguments: [Int64(time.timeIntervalSince1970), messageID, transport, figures.belowShare, figures.rollingBelowShare,
                                 figures.belowHours, figures.meetingHours, figures.fingerprint, client, week.description,
                                 recipient])
        }
    }

    /// Gives up a claim after a failed send, so the next run tries again.
    public func releaseDigest(client: String, week: ISOWeek, recipient: String) throws(StoreError) {
        try write { db in
            let match = "clientId = (SELECT id FROM client WHERE name = ?) AND week = ? AND recipient = ?"
            let arguments: StatementArguments = [client, week.description, recipient]
            try db.execute(sql: "DELETE FROM digest WHERE \(match) AND sentAt IS NULL", arguments: arguments)
            try db.execute(sql: "UPDATE digest SET claimedAt = NULL WHERE \(match)", arguments: arguments)
        }
    }

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
                  transport: nil, belowShare: nil, rollingBelowShare: nil, belowHours: nil, meetingHours: nil, fingerprint: nil)
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
