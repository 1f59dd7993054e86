import AltitudeReporters
import AltitudeWorkspace
import ArgumentParser

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
          altitude import --client acme --profile acme-profile.yaml   (the profile changed)
          curl -s "$WORK_FEED" | altitude import - --name work
          0 7 * * 1  altitude import "$FEED" --quiet   (crontab: every Monday at 07:00)
        """
    )

    @Argument(help: ArgumentHelp("Calendar files, - for standard input, or feed addresses. None with --profile: update the client's profile only.",
                                 valueName: "source"))
    var sources: [String] = []

    @Option(help: ArgumentHelp("Seconds a feed may take, all told (connecting: at most 20).", valueName: "seconds"))
    var timeout = 120

    @Option(help: ArgumentHelp("The largest feed accepted, in MiB.", valueName: "MiB"))
    var maxSize = 64

    @Option(help: ArgumentHelp("The name standard input's calendar is kept under, so several piped calendars stay apart.",
                               valueName: "name"))
    var name: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var window: WindowOptions
    @OptionGroup var timeZone: TimeZoneOption
    @OptionGroup var classification: ClassificationOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        guard !sources.isEmpty || classification.profile != nil else {
            throw ValidationError("give a calendar to import, or --profile FILE to update the client's profile")
        }
        if let name {
            guard sources.contains("-") else { throw ValidationError("--name names standard input's calendar: give - as a source") }
            guard !name.isEmpty, name.count <= 100, !name.contains(where: \.isNewline) else {
                throw ValidationError("--name is a short name without line breaks")
            }
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be at least 1 second") }
        guard maxSize > 0 else { throw ValidationError("--max-size must be at least 1 MiB") }
    }

    func run() throws {
        let console = Console()
        let workspace = try storeOptions.workspace()
        let request = ImportRequest(sources: sources, days: window.days, timeZone: timeZone.zone,
                                    feedLimits: .init(timeout: timeout, maximumBytes: maxSize << 20), standardInputName: name)
        let progress = ProgressLine(console: console, quiet: diagnostics.quiet)
        defer { progress.clear() }
        // One transaction: interrupted before it commits, nothing of this run is in the store.
        progress.beginInterruptible(outcome: "nothing was imported; the store is as it was")
        let outcome = try workspace.importSources(request, for: classification.selection(client: storeOptions.client),
                                                  progress: progress.show)
        progress.endInterruptible()
        progress.clear()
        console.report(outcome.diagnostics, quiet: diagnostics.quiet)
        if let warning = outcome.ownerWarning { console.warn(warning) }
        if !diagnostics.quiet || outcome.changedAnything {
            let summary = ImportSummaryReport(zone: outcome.zone)
            try StandardOutput().write { summary.write(outcome.reports, profile: outcome.profile, client: storeOptions.client.name, to: $0) }
        }
    }
}
