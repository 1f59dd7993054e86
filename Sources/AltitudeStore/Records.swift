import AltitudeModel
import Foundation
import GRDB
import GRDBSQLite

/// SQLITE_TRANSIENT (a C macro): SQLite copies the bound text before returning.
enum SQLiteTransient {
    static let value = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// A leader whose calendars the store keeps (`me` by default; a coach keeps one per client).
struct ClientRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "client"
    var id: Int64?
    var name: String
    /// The client's profile.yaml text, when one was given.
    var profile: String?
    var createdAt: Int64
    /// The secret redaction numbers pseudonyms with (16 random bytes), made on first use.
    var redactionKey: Data? = nil
    /// The org chart the profile names, as CSV (`OrgChart.csv`).
    var orgChart: String? = nil

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A calendar the client imports: a file, standard input, or a feed URL.
struct SourceRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "source"
    var id: Int64?
    var clientId: Int64
    /// The absolute path, `-`, or the full URL (needed to refresh the feed; shown redacted).
    var location: String
    var kind: String
    /// What is shown: the path, `<stdin>`, or the URL with its secret parts hidden.
    var name: String
    /// Of the bytes last imported: an identical file is recognised without parsing it.
    var contentHash: Int64?
    var etag: String?
    var lastModifiedHeader: String?
    var importedAt: Int64?
    var checkedAt: Int64?
    var eventCount: Int
    var instanceCount: Int
    var skippedCount: Int
    var firstStart: Int64?
    var lastEnd: Int64?
    /// The time the source has data for (`SnapshotInfo.coverage`).
    var coveredFrom: Int64? = nil
    var coveredTo: Int64? = nil

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A distinct attendee list, shared by every instance that has it (encoded by `AttendeeCodec`).
struct AttendeeListRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "attendeeList"
    var id: Int64?
    /// `ContentHash` of the text: the lookup key (two lists with one hash are both kept).
    var hash: Int64
    var attendees: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Attendees in one column: fields split by U+001F, attendees by U+001E, and the
/// usual role (required) and kind (an individual) left empty — the attendee
/// lists are most of a row's bytes. Far quicker than JSON for every row of a
/// ten-year import; calendar text cannot smuggle a separator in (they are
/// replaced by spaces).
enum AttendeeCodec {
    static func encode(_ attendees: [Attendee]) -> String {
        var text = ""
        text.reserveCapacity(attendees.count * 48)
        for (index, attendee) in attendees.enumerated() {
            if index > 0 { text += "\u{1E}" }
            text += clean(attendee.email)
            text += "\u{1F}"
            text += clean(attendee.name ?? "")
            text += "\u{1F}"
            if attendee.role != .required { text += attendee.role.rawValue }
            text += "\u{1F}"
            text += attendee.status.rawValue
            text += "\u{1F}"
            if attendee.kind != .individual { text += attendee.kind.rawValue }
        }
        return text
    }

    static func decode(_ text: String) -> [Attendee] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: "\u{1E}", omittingEmptySubsequences: false).map { entry in
            let fields = entry.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
            return Attendee(email: field(0), name: field(1).isEmpty ? nil : field(1),
                            role: AttendeeRole(rawValue: field(2)) ?? .required,
                            status: ParticipationStatus(rawValue: field(3)) ?? .needsAction,
                            kind: CalendarUserType(rawValue: field(4)) ?? .individual)
        }
    }

    private static func clean(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x1E || $0 == 0x1F }) else { return value }
        return value.replacingOccurrences(of: "\u{1E}", with: " ").replacingOccurrences(of: "\u{1F}", with: " ")
    }
}

/// A 64-bit hash to notice change, not to resist an adversary (a collision would
/// at worst skip re-reading one unchanged-looking file). Eight bytes a step — a
/// ten-year export is hashed whole, and every row it makes.
public struct ContentHash: Sendable {
    private(set) var state: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    public init() {}

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = tail << 8 | UInt64(bytes[offset])
            offset += 1
        }
        // The length goes in with the tail, so "ab"+"c" differs from "a"+"bc".
        mix(tail ^ UInt64(bytes.count) << 56)
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(_ number: Int64) { withUnsafeBytes(of: number.littleEndian) { add($0) } }

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* Self.multiplier
        state ^= state >> 29
    }

    public var value: Int64 { Int64(bitPattern: state) }

    /// Of a whole file's bytes.
    public static func of(_ data: Data) -> Int64 {
        var hash = ContentHash()
        data.withUnsafeBytes { hash.add($0) }
        return hash.value
    }
}

/// A weekly digest for one recipient: claimed by the run sending it, then recorded as sent.
struct DigestRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "digest"
    var id: Int64?
    var clientId: Int64
    /// The ISO week it is about, `2026-W10`.
    var week: String
    var recipient: String
    var claimedAt: Int64?
    var sentAt: Int64?
    var messageId: String?
    /// `sendmail` or `smtp host:port`.
    var transport: String?
    var belowShare: Double?
    var rollingBelowShare: Double?
    var belowHours: Double?
    var meetingHours: Double?
    /// Of the rules and profile the figures were measured with.
    var fingerprint: Int64?
    /// The process that holds (or held) the claim.
    var claimPid: Int64?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
