import AltitudeModel
import Foundation

/// What one source says now: the instances read from it, the zone they were read
/// in (where its all-day dates were placed), and facts about them.
public struct Snapshot: Sendable {
    public var location: SourceLocation
    public var instances: [MeetingInstance]
    public var zone: ZoneRules
    public var info: SnapshotInfo

    public init(location: SourceLocation, instances: [MeetingInstance], zone: ZoneRules, info: SnapshotInfo) {
        self.location = location
        self.instances = instances
        self.zone = zone
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
    /// The time the source has data for (X-CALSTART to X-CALEND, or its single events' span); nil when it holds nothing.
    public var coverage: DateInterval?

    public init(events: Int, skipped: Int, contentHash: Int64, etag: String? = nil, lastModifiedHeader: String? = nil,
                coverage: DateInterval? = nil) {
        self.coverage = coverage
        self.events = events
        self.skipped = skipped
        self.contentHash = contentHash
        self.etag = etag
        self.lastModifiedHeader = lastModifiedHeader
    }
}

extension StoredSource {
    init(_ record: SourceRecord) {
        self.init(id: record.id ?? 0, location: record.location, kind: SourceLocation.Kind(rawValue: record.kind) ?? .file,
                  name: record.name, contentHash: record.contentHash, etag: record.etag,
                  lastModifiedHeader: record.lastModifiedHeader,
                  importedAt: record.importedAt.map { Date(timeIntervalSince1970: TimeInterval($0)) },
                  checkedAt: record.checkedAt.map { Date(timeIntervalSince1970: TimeInterval($0)) },
                  events: record.eventCount, instances: record.instanceCount, skipped: record.skippedCount,
                  firstStart: record.firstStart.map { Date(timeIntervalSince1970: TimeInterval($0)) },
                  lastEnd: record.lastEnd.map { Date(timeIntervalSince1970: TimeInterval($0)) },
                  coverage: Self.coverage(from: record.coveredFrom ?? record.firstStart, to: record.coveredTo ?? record.lastEnd))
    }

    /// A source imported before the store kept coverage has its first start and last end instead.
    private static func coverage(from start: Int64?, to end: Int64?) -> DateInterval? {
        guard let start, let end else { return nil }
        return DateInterval(start: Date(timeIntervalSince1970: TimeInterval(start)), end: Date(timeIntervalSince1970: TimeInterval(max(start, end))))
    }
}
