import Foundation

// What the store says about its sources and clients: plain values, so the
// reporters and the workflow never see a store type.

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
    /// The time it has data for: what it was exported for (Outlook's X-CALSTART to X-CALEND), else
    /// the span of its single events — not the recurring series that reach before or after them.
    public var coverage: DateInterval?

    public init(id: Int64, location: String, kind: SourceLocation.Kind, name: String, contentHash: Int64? = nil, etag: String? = nil,
                lastModifiedHeader: String? = nil, importedAt: Date? = nil, checkedAt: Date? = nil, events: Int = 0,
                instances: Int = 0, skipped: Int = 0, firstStart: Date? = nil, lastEnd: Date? = nil, coverage: DateInterval? = nil) {
        self.coverage = coverage
        self.id = id
        self.location = location
        self.kind = kind
        self.name = name
        self.contentHash = contentHash
        self.etag = etag
        self.lastModifiedHeader = lastModifiedHeader
        self.importedAt = importedAt
        self.checkedAt = checkedAt
        self.events = events
        self.instances = instances
        self.skipped = skipped
        self.firstStart = firstStart
        self.lastEnd = lastEnd
    }
}

/// A client as `altitude clients` shows it.
public struct ClientSummary: Sendable, Hashable {
    public var name: String
    public var hasProfile: Bool
    public var sources: Int

    public init(name: String, hasProfile: Bool, sources: Int) {
        self.name = name
        self.hasProfile = hasProfile
        self.sources = sources
    }
}

/// A client's profile as the store keeps it: the profile.yaml text, and the org
/// chart it names (as CSV), so it reads without the files it was imported from.
public struct StoredProfile: Sendable, Hashable {
    public var text: String
    public var orgChart: String?

    public init(text: String, orgChart: String? = nil) {
        self.text = text
        self.orgChart = orgChart
    }
}
