import AltitudeModel
import AltitudeWorkspace
import ArgumentParser

/// What an analysis command reads: SOURCEs (or the store), the window, the zone,
/// and the profile and rules it classifies with.
struct CalendarOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Calendar files to read; - reads standard input. None: the store.", valueName: "source"))
    var sources: [String] = []

    @OptionGroup var reading: CalendarReadingOptions

    var storeOptions: StoreOptions { reading.storeOptions }

    /// Reads (and, with a profile, classifies) the calendar, and reports the
    /// warnings about it unless `--quiet`.
    func load(requireProfile: Bool, console: Console) throws -> (Workspace, LoadedCalendar) {
        try reading.load(sources, requireProfile: requireProfile, console: console)
    }

    /// The one-line summary of what was read from files, after the output.
    func summarize(_ calendar: LoadedCalendar, console: Console) {
        reading.summarize(calendar, console: console)
    }
}

/// How a calendar is read, whichever arguments name it: the window, the store or
/// client, the zone, the profile and rules, and whether to print warnings.
struct CalendarReadingOptions: ParsableArguments {
    @OptionGroup var window: WindowOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var timeZone: TimeZoneOption
    @OptionGroup var classification: ClassificationOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    var selection: LeaderSelection { classification.selection(client: storeOptions.client) }

    func load(_ sources: [String], requireProfile: Bool, console: Console) throws -> (Workspace, LoadedCalendar) {
        let workspace = try storeOptions.workspace()
        let progress = ProgressLine(console: console, quiet: diagnostics.quiet)
        defer { progress.clear() }
        let query = CalendarQuery(sources: sources, days: window.days, timeZone: timeZone.zone)
        let calendar = try workspace.loadCalendar(query, for: selection, requireProfile: requireProfile, progress: progress.show)
        progress.clear()
        console.report(calendar.diagnostics, quiet: diagnostics.quiet)
        if let warning = calendar.ownerWarning { console.warn(warning) }
        return (workspace, calendar)
    }

    func summarize(_ calendar: LoadedCalendar, console: Console) {
        console.summarize(calendar.readFromFiles, quiet: diagnostics.quiet)
    }
}
