import AltitudeFeeds
import AltitudeImporter
import AltitudeModel
import AltitudeReporters
import AltitudeRules
import AltitudeStore
import Foundation

/// What `altitude import` is asked to do: the sources (files, `-`, feed
/// addresses), the days to store recurring meetings for, the zone floating times
/// are read in (nil: the profile's, else the system's), and the feed limits.
public struct ImportRequest: Sendable {
    public var sources: [String]
    public var days: DayWindow
    public var timeZone: ZoneRules?
    public var feedLimits: FeedLimits
    /// The name standard input's calendar is kept under: each named stream is its
    /// own source; unnamed, every piped import is the one source `<stdin>`.
    public var standardInputName: String?

    public struct FeedLimits: Sendable {
        /// Seconds a feed may take, all told (connecting: at most 20).
        public var timeout: Int
        public var maximumBytes: Int

        public init(timeout: Int = 120, maximumBytes: Int = 64 << 20) {
            self.timeout = timeout
            self.maximumBytes = maximumBytes
        }
    }

    public init(sources: [String], days: DayWindow = DayWindow(), timeZone: ZoneRules? = nil, feedLimits: FeedLimits = FeedLimits(),
                standardInputName: String? = nil) {
        self.sources = sources
        self.standardInputName = standardInputName
        self.days = days
        self.timeZone = timeZone
        self.feedLimits = feedLimits
    }
}

/// What an import did, source by source, for the summary.
public struct ImportOutcome: Sendable {
    public var reports: [SourceImportReport]
    /// What became of a profile named for the client, when one was.
    public var profile: ProfileChange?
    /// Warnings about the sources read.
    public var diagnostics: [Diagnostic]
    /// The zone the sources were read in.
    public var zone: ZoneRules
    /// Set when the profile's addresses are on none of the imported meetings.
    public var ownerWarning: String?

    /// Whether the store changed: a source imported, or the profile stored or updated.
    public var changedAnything: Bool {
        reports.contains(where: \.isImported) || (profile.map { $0 != .unchanged } ?? false)
    }
}

extension Workspace {
    /// Fetches and parses every source first, then stores them all in one
    /// transaction: one bad source and nothing is written. A profile named in the
    /// selection is checked against its rules and stored for the client with them.
    /// `progress` hears what is being done now ("fetching …"), for a status line.
    public func importSources(_ request: ImportRequest, for selection: LeaderSelection,
                              progress: (String) -> Void = { _ in }) throws -> ImportOutcome {
        let store = try openStore()
        do {
            return try importSources(request, for: selection, into: store, progress: progress)
        } catch let failure as FeedError {
            throw failure  // nothing was fetched in full, so there was nothing to import
        } catch let failure as any AltitudeFailure {
            throw NothingImported(cause: failure)
        }
    }

    private func importSources(_ request: ImportRequest, for selection: LeaderSelection, into store: Store,
                               progress: (String) -> Void) throws -> ImportOutcome {
        let client = selection.client.name
        // The profile gives the zone floating times are read in; the rules are only
        // needed to check a profile named here before it is stored for the client.
        let pending = try beginLeader(selection, store: store, requireProfile: false)
        let profileToStore = selection.profileFile == nil ? nil : try pending?.finish().storedProfile
        let zone = request.timeZone ?? pending?.profile.timeZone ?? systemTimeZone
        let importer = CalendarImporter(options: .init(timeZone: zone, owner: pending?.profile.owner ?? .unknown,
                                                       from: request.days.from, to: request.days.to, now: now))
        let limits = request.feedLimits
        let fetcher = FeedFetcher(connectTimeout: min(20, limits.timeout), idleTimeout: min(30, limits.timeout),
                                  totalTimeout: limits.timeout, maximumBytes: limits.maximumBytes)
        var snapshots: [Snapshot] = []
        var reports: [SourceImportReport] = []
        var diagnostics: [Diagnostic] = []
        for argument in request.sources {
            let location = Self.location(of: argument, standardInputName: request.standardInputName)
            let known = try store.source(location, client: client)
            var report = SourceImportReport(name: location.displayName)
            progress("\(location.kind == .url ? "fetching" : "reading") \(location.displayName)")
            guard case .data(let data, let etag, let lastModified) = try fetch(location, known: known, fetcher: fetcher) else {
                report.outcome = .notModified
                reports.append(report)
                try store.markChecked(location, client: client, at: now)
                continue
            }
            let hash = ContentHash.of(data)
            if known?.contentHash == hash {
                report.outcome = .identical
                reports.append(report)
                try store.markChecked(location, client: client, at: now)
                continue
            }
            progress("parsing \(location.displayName) (\(ByteCountFormatter.string(fromByteCount: Int64(data.count), countStyle: .file)))")
            let result = try importer.read([CalendarSource(name: location.displayName, data: data)])
            diagnostics += result.diagnostics
            if location.kind == .stdin, request.standardInputName == nil, let known {
                // Two different streams piped in unnamed are one source: the second replaces the first.
                diagnostics.append(Diagnostic(.warning, file: location.displayName, message:
                    "this replaces what the last unnamed standard-input import (\(known.instances.formatted()) instances) said; "
                    + "if it is another calendar, import each stream with --name NAME to keep them apart"))
            }
            let file = result.files.first
            snapshots.append(Snapshot(location: location, instances: result.instances, zone: zone,
                                      info: SnapshotInfo(events: file?.events ?? 0, skipped: file?.skipped ?? 0, contentHash: hash,
                                                         etag: etag, lastModifiedHeader: lastModified, coverage: file?.coverage)))
            report.outcome = .imported(SnapshotChanges())
            report.events = file?.events ?? 0
            report.instances = result.instances.count
            report.skipReasons = file?.skipReasons ?? []
            if let first = result.instances.first, let end = result.instances.map(\.end).max() {
                report.span = DateInterval(start: first.start, end: end)
            }
            reports.append(report)
        }
        if !snapshots.isEmpty { progress("storing \(snapshots.reduce(0) { $0 + $1.instances.count }.formatted()) instances") }
        var profileChange: ProfileChange?
        if let profileToStore {
            let stored = try store.profile(client: client)
            profileChange = stored == nil ? .stored : stored == profileToStore ? .unchanged : .updated
            if profileChange != .unchanged { try store.setProfile(profileToStore, client: client, at: now) }
        }
        var changes = try store.replace(snapshots, client: client, at: now).makeIterator()
        for index in reports.indices where reports[index].isImported {
            if let next = changes.next() { reports[index].outcome = .imported(next) }
        }
        let ownerWarning = pending.flatMap { leader in
            Self.ownerWarning(snapshots.flatMap(\.instances), profile: leader.profile, origin: leader.source.origin)
        }
        return ImportOutcome(reports: reports, profile: profileChange, diagnostics: diagnostics, zone: zone, ownerWarning: ownerWarning)
    }

    /// A failure after which the store is as it was: stderr says so.
    struct NothingImported: AltitudeFailure {
        var cause: any AltitudeFailure
        var exitReason: ExitReason { cause.exitReason }
        var description: String { cause.description }
        var presentation: FailurePresentation { cause.presentation }
        var consequence: String? { "nothing was imported" }
    }

    private enum Fetched {
        case data(Data, etag: String?, lastModified: String?)
        case notModified
    }

    private func fetch(_ location: SourceLocation, known: StoredSource?, fetcher: FeedFetcher) throws -> Fetched {
        switch location.kind {
        case .url:
            guard let url = FeedAddress.url(from: location.location) else {
                throw Failure(.usage, "\(location.displayName): not a feed address")
            }
            switch try fetcher.fetch(url, etag: known?.etag, lastModified: known?.lastModifiedHeader) {
            case .notModified: return .notModified
            case .body(let data, let etag, let lastModified): return .data(data, etag: etag, lastModified: lastModified)
            }
        case .stdin:
            return .data(try CalendarSource.standardInput().contents(), etag: nil, lastModified: nil)
        case .file:
            // Named as typed, like every command's errors; stored by its absolute path.
            return .data(try CalendarSource.file(location.displayName).contents(), etag: nil, lastModified: nil)
        }
    }

    /// A file (by its absolute path), standard input (under its name, when it has
    /// one), or a feed (shown redacted).
    public static func location(of argument: String, standardInputName: String? = nil) -> SourceLocation {
        if argument == "-" {
            guard let name = standardInputName else { return SourceLocation(location: "-", kind: .stdin, displayName: "<stdin>") }
            return SourceLocation(location: "-" + name, kind: .stdin, displayName: "\(name) (stdin)")
        }
        if let url = FeedAddress.url(from: argument) {
            return SourceLocation(location: argument, kind: .url, displayName: FeedAddress.redacted(url))
        }
        let absolute = argument.hasPrefix("/") ? argument : FileManager.default.currentDirectoryPath + "/" + argument
        return SourceLocation(location: URL(fileURLWithPath: absolute).standardizedFileURL.path, kind: .file, displayName: argument)
    }
}
