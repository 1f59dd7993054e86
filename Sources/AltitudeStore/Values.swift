import AltitudeModel
import Foundation

/// Where a source's calendar comes from.
public struct SourceLocation: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case file, url, stdin
    }

    /// The absolute path, `-`, or the full URL.
    public var location: String
    public var kind: Kind
    /// What is shown (a URL with its secret parts hidden).
    public var displayName: String

    public init(location: String, kind: Kind, displayName: String) {
        self.location = location
        self.kind = kind
        self.displayName = displayName
    }
}

/// What one source says now: the instances read from it, and facts about them.
public struct Snapshot: Sendable {
    public var location: SourceLocation
    public var instances: [MeetingInstance]
    public var info: SnapshotInfo

    public init(location: SourceLocation, instances: [MeetingInstance], info: SnapshotInfo) {
        self.location = location
        self.instances = instances
        self.info = info
    }
}

/// Facts about a snapshot besides its instances.
public struct SnapshotInfo: Sendable {
    public var events: Int
    public var skipped: Int
    public var contentHash: Int64
    public var etag: String?
    public var lastModifiedHeader: String?

    public init(events: Int, skipped: Int, contentHash: Int64, etag: String? = nil, lastModifiedHeader: String? = nil) {
        self.events = events
        self.skipped = skipped
        self.contentHash = contentHash
        self.etag = etag
        self.lastModifiedHeader = lastModifiedHeader
    }
}

/// How a new snapshot differed from the last one of the same source, occurrence
/// by occurrence (a series' RECURRENCE-ID, or a one-off's UID).
public struct SnapshotChanges: Sendable, Hashable {
    public var new = 0
    public var unchanged = 0
    /// Occurrences at another time now (and perhaps changed besides).
    public var moved: [ChangedOccurrence] = []
    /// Occurrences at the same time whose title, people, place or status changed.
    public var changed: [ChangedOccurrence] = []
    /// Occurrences the new snapshot no longer has.
    public var removed: [ChangedOccurrence] = []

    public init() {}

    public var isEmpty: Bool { new == 0 && moved.isEmpty && changed.isEmpty && removed.isEmpty }
}

/// One occurrence that moved, changed or went, as a user would recognise it.
public struct ChangedOccurrence: Sendable, Hashable {
    public var title: String
    /// Where it is now (for a removed one: where it was).
    public var start: Date
    /// Where it was, for a moved one.
    public var previousStart: Date?

    public init(title: String, start: Date, previousStart: Date? = nil) {
        self.title = title
        self.start = start
        self.previousStart = previousStart
    }
}

/// A source as `altitude sources` shows it.
public struct StoredSource: Sendable, Hashable {
    public var id: Int64
    public var location: String
    public var kind: SourceLocation.Kind
    public var name: String
    public var contentHash: Int64?
    public var etag: String?
    public var lastModifiedHeader: String?
    public var importedAt: Date?
    public var checkedAt: Date?
    public var events: Int
    public var instances: Int
    public var skipped: Int
    public var firstStart: Date?
    public var lastEnd: Date?

    init(_ record: SourceRecord) {
        id = record.id ?? 0
        location = record.location
        kind = SourceLocation.Kind(rawValue: record.kind) ?? .file
        name = record.name
        contentHash = record.contentHash
        etag = record.etag
        lastModifiedHeader = record.lastModifiedHeader
        importedAt = record.importedAt.map { Date(timeIntervalSince1970: TimeInterval($0)) }
        checkedAt = record.checkedAt.map { Date(timeIntervalSince1970: TimeInterval($0)) }
        events = record.eventCount
        instances = record.instanceCount
        skipped = record.skippedCount
        firstStart = record.firstStart.map { Date(timeIntervalSince1970: TimeInterval($0)) }
        lastEnd = record.lastEnd.map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }
}

public struct ClientSummary: Sendable, Hashable {
    public var name: String
    public var hasProfile: Bool
    public var sources: Int
}
