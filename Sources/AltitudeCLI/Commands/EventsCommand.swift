import AltitudeReporters
import ArgumentParser

/// `altitude events`: every meeting instance of the calendars, in order.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List every meeting instance in a window, recurrences expanded and classified.",
        discussion: """
        Reads each SOURCE (a file, or - for standard input; the store when none is \
        given), expands recurring meetings \
        (RRULE, RDATE, EXDATE, moved and cancelled occurrences) and lists the instances \
        ordered by start, then UID. Cancelled and declined instances are listed with \
        their status. CSV and JSON give timed instants in UTC and all-day dates with an \
        exclusive end. With a profile, each instance also gets its level, its relation \
        to the leader's altitude, its category and the rule that decided it.

        Examples:
          altitude events export.ics
          altitude events export.ics --from 2026-03-02 --to 2026-03-09
          altitude events google.ics outlook.ics --format csv > instances.csv
          altitude events export.ics --profile profile.yaml --unclassified
          altitude events --client acme --from 2026-06-01        (from the store)
          curl -s "$FEED" | altitude events - --format json --timezone America/New_York
        """
    )

    @OptionGroup var calendarOptions: CalendarOptions

    @Option(help: "Output format: text, csv or json.")
    var format: EventListFormat = .text

    @Flag(help: "List the titles no rule matched, by total hours, most first (needs a profile).")
    var unclassified = false

    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var redaction: RedactionOption

    func run() throws {
        let console = Console()
        let (workspace, loaded) = try calendarOptions.load(requireProfile: unclassified, console: console)
        let calendar = try workspace.events(of: loaded, redact: redaction.redact)
        if unclassified, let classifications = calendar.classifications {
            let summary = UnclassifiedSummary(calendar.instances, classifications: classifications)
            try outputOptions.write("the unclassified titles", console: console) { summary.write(format, to: $0) }
        } else {
            let zone = calendar.zone
            let span = EventWindow(from: zone.localDate(of: calendar.window.start), to: zone.localDate(of: calendar.window.end))
            let formatter = format.formatter(timeZone: zone, style: console.style(for: outputOptions.destination))
            try outputOptions.write("the \(format.rawValue) listing", console: console) {
                formatter.write(calendar.instances, classifications: calendar.classifications, window: span, to: $0)
            }
        }
        calendarOptions.summarize(calendar, console: console)
    }
}
