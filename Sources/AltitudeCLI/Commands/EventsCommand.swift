import AltitudeImporter
import AltitudeModel
import AltitudeReporters
import ArgumentParser

extension EventListFormat: ExpressibleByArgument {}

/// `altitude events`: every meeting instance of the calendars, in order.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List every meeting instance in a window, recurrences expanded.",
        discussion: """
        Reads each SOURCE (a file, or - for standard input), expands recurring meetings \
        (RRULE, RDATE, EXDATE, moved and cancelled occurrences) and lists the instances \
        ordered by start, then UID. Cancelled and declined instances are listed with \
        their status. CSV and JSON give timed instants in UTC and all-day dates with an \
        exclusive end.

        Examples:
          altitude events export.ics
          altitude events export.ics --from 2026-03-02 --to 2026-03-09
          altitude events google.ics outlook.ics --format csv > instances.csv
          curl -s "$FEED" | altitude events - --format json --timezone America/New_York
        """
    )

    @Argument(help: ArgumentHelp("Calendar files to read; - reads standard input.", valueName: "source"))
    var sources: [String]

    @OptionGroup var window: WindowOptions
    @OptionGroup var timeZone: TimeZoneOption

    @Option(help: "Output format: text, csv or json.")
    var format: EventListFormat = .text

    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let console = Console()
        let environment = AltitudeEnvironment.current()
        let zone = try timeZone.resolve(environment: environment)
        let importer = CalendarImporter(options: .init(timeZone: zone, from: window.from, to: window.to, now: environment.now))
        let result = try SourceLoading.read(sources, with: importer, console: console)
        console.report(result.diagnostics, quiet: diagnostics.quiet)
        let span = EventWindow(from: zone.localDate(of: result.window.start), to: zone.localDate(of: result.window.end))
        let output = TextOutput(handle: .standardOutput)
        format.formatter(timeZone: zone, style: console.style(for: .standardOutput)).write(result.instances, window: span, to: output)
        output.flush()
        SourceLoading.summarize(result, console: console, quiet: diagnostics.quiet)
    }
}
