import AltitudeFeeds
import AltitudeImporter
import AltitudeModel
import AltitudeReporters
import AltitudeRules
import AltitudeStore
import ArgumentParser
import Foundation

/// `altitude import`: read calendars into the store, each source a snapshot.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import calendar exports and feeds into the local store.",
        discussion: """
        Each SOURCE (a file, - for standard input, or an http(s)/webcal feed address) is \
        a snapshot: importing it again replaces what it said before, so a meeting gone \
        from the new export is gone from the store. Different sources merge; the same \
        occurrence from two sources keeps the copy with the higher SEQUENCE, then the \
        later LAST-MODIFIED. An identical file, or a feed that answers "not modified", \
        changes nothing. Recurring meetings are stored from the calendar's first instance \
        to 26 weeks after today (--from/--to choose another span). Everything imported \
        in one run is stored in one transaction: \
        if any source fails, nothing is written. Feeds are fetched with ETag and \
        Last-Modified, a timeout, a size cap and a redirect limit; their secret \
        addresses are never shown in full.

        Examples:
          altitude import ~/Downloads/calendar.ics
          altitude import "https://calendar.google.com/calendar/ical/…/basic.ics"
          altitude import export.ics --client acme --profile acme-profile.yaml
          0 7 * * 1  altitude import "$FEED" --quiet   (crontab: every Monday at 07:00)
        """
    )

    @Argument(help: ArgumentHelp("Calendar files, - for standard input, or feed addresses.", valueName: "source"))
    var sources: [String]

    @Option(help: ArgumentHelp("Seconds a feed may take, all told (connecting: at most 20).", valueName: "seconds"))
    var timeout = 120

    @Option(help: ArgumentHelp("The largest feed accepted, in MiB.", valueName: "MiB"))
    var maxSize = 64

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var window: WindowOptions
    @OptionGroup var timeZone: TimeZoneOption
    @OptionGroup var classification: ClassificationOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be at least 1 second") }
        guard maxSize > 0 else { throw ValidationError("--max-size must be at least 1 MiB") }
    }

    func run() throws {
        let console = Console()
        let environment = AltitudeEnvironment.current()
        let store = try storeOptions.open(environment: environment, console: console)
        let client = storeOptions.client
        // The profile gives the zone floating times are read in; the rules are only
        // needed to check a --profile given here before it is stored for the client.
        let pending = try classification.begin(environment: environment, console: console, store: store, client: client,
                                               requireProfile: false)
        let profileToStore = classification.profile == nil ? nil : try pending?.finish(console: console).profileText
        let owner = pending?.profile
        let zone = timeZone.name == nil ? (owner?.timeZone ?? environment.systemTimeZone) : try timeZone.resolve(environment: environment)

        // Fetch and parse everything first: one bad source and nothing is written.
        var snapshots: [Snapshot] = []
        var reports: [SourceImportReport] = []
        let fetcher = FeedFetcher(connectTimeout: min(20, timeout), idleTimeout: min(30, timeout), totalTimeout: timeout,
                                  maximumBytes: maxSize << 20)
        for argument in sources {
            let location = Self.location(of: argument)
            let known = try? store.source(location, client: client)
            var report = SourceImportReport(name: location.displayName)
            let fetched: Fetched
            do {
                fetched = try fetch(location, known: known, fetcher: fetcher)
            } catch let error as FeedError {
                console.diagnose("altitude: error: \(error)")
                throw error.isTemporary ? ExitStatus.temporaryFailure : ExitStatus.unavailable
            }
            guard case .data(let data, let etag, let lastModified) = fetched else {
                report.outcome = .notModified
                reports.append(report)
                try? store.markChecked(location, client: client, at: environment.now)
                continue
            }
            let hash = ContentHash.of(data)
            if known?.contentHash == hash {
                report.outcome = .identical
                reports.append(report)
                try? store.markChecked(location, client: client, at: environment.now)
                continue
            }
            let importer = CalendarImporter(options: .init(timeZone: zone, owner: owner?.owner ?? .unknown, from: window.from,
                                                           to: window.to, now: environment.now))
            let result: ImportResult
            do {
                result = try importer.read([CalendarSource(name: location.displayName, data: data)])
            } catch {
                console.diagnose("altitude: error: \(error)\naltitude: nothing was imported")
                throw ExitStatus.dataError
            }
            console.report(result.diagnostics, quiet: diagnostics.quiet)
            let file = result.files.first
            snapshots.append(Snapshot(location: location, instances: result.instances,
                                      info: SnapshotInfo(events: file?.events ?? 0, skipped: file?.skipped ?? 0, contentHash: hash,
                                                         etag: etag, lastModifiedHeader: lastModified)))
            report.outcome = .imported(SnapshotChanges())
            report.events = file?.events ?? 0
            report.instances = result.instances.count
            report.skipReasons = file?.skipReasons ?? []
            report.span = result.instances.isEmpty ? nil
                : DateInterval(start: result.instances.first!.start, end: result.instances.map(\.end).max()!)
            reports.append(report)
        }
        do {
            if let profileToStore { try store.setProfile(profileToStore, client: client, at: environment.now) }
            let changes = try store.replace(snapshots, client: client, at: environment.now)
            var next = changes.makeIterator()
            for index in reports.indices where reports[index].isImported { reports[index].outcome = .imported(next.next()!) }
        } catch {
            console.diagnose("altitude: error: \(error)\naltitude: nothing was imported")
            throw ExitStatus.ioError
        }
        if !diagnostics.quiet || reports.contains(where: \.isImported) {
            let output = TextOutput(handle: .standardOutput)
            ImportSummaryReport(zone: zone).write(reports, client: client, to: output)
            output.flush()
        }
    }

    enum Fetched {
        case data(Data, etag: String?, lastModified: String?)
        case notModified
    }

    private func fetch(_ location: SourceLocation, known: StoredSource?, fetcher: FeedFetcher) throws -> Fetched {
        switch location.kind {
        case .url:
            let url = FeedAddress.url(from: location.location)!
            switch try fetcher.fetch(url, etag: known?.etag, lastModified: known?.lastModifiedHeader) {
            case .notModified: return .notModified
            case .body(let data, let etag, let lastModified): return .data(data, etag: etag, lastModified: lastModified)
            }
        case .stdin:
            return .data((try? FileHandle.standardInput.readToEnd()) ?? Data(), etag: nil, lastModified: nil)
        case .file:
            do {
                _ = try CalendarSource.file(location.location)  // the same checks and messages as every command
            } catch {
                Console().diagnose("altitude: error: \(error)")
                throw ExitStatus.noInput
            }
            guard let data = FileManager.default.contents(atPath: location.location) else {
                Console().diagnose("altitude: error: \(location.displayName): cannot be read")
                throw ExitStatus.noInput
            }
            return .data(data, etag: nil, lastModified: nil)
        }
    }

    /// A file (by its absolute path), standard input, or a feed (shown redacted).
    static func location(of argument: String) -> SourceLocation {
        if argument == "-" { return SourceLocation(location: "-", kind: .stdin, displayName: "<stdin>") }
        if let url = FeedAddress.url(from: argument) {
            return SourceLocation(location: argument, kind: .url, displayName: FeedAddress.redacted(url))
        }
        let absolute = argument.hasPrefix("/") ? argument : FileManager.default.currentDirectoryPath + "/" + argument
        return SourceLocation(location: URL(fileURLWithPath: absolute).standardizedFileURL.path, kind: .file, displayName: argument)
    }
}
