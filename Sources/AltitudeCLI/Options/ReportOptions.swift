import AltitudeReporters
import AltitudeWorkspace
import ArgumentParser

extension ReportFormat: ExpressibleByArgument {}
extension EventListFormat: ExpressibleByArgument {}

/// `--week` and `--weeks`: the week reported, and the weeks of trend ending with it.
struct WeekOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The week: this, last (the last complete week), an ISO week (2026-W10) or a date in it. (default: last)",
                               valueName: "week"),
            transform: WeekChoice.parse)
    var week: WeekChoice = .last

    // Unconditional, so `--weeks -3` reaches the check below instead of reading as an option.
    @Option(parsing: .unconditional, help: ArgumentHelp("Weeks of trend, ending with the week (a number, or all). (default: 12)", valueName: "n"),
            transform: WeekCount.parse)
    var weeks: WeekCount = .count(12)

    func choice(redact: Bool) -> WeeksChoice {
        WeeksChoice(week: week, weeks: weeks, redact: redact)
    }
}

/// What `report` and `trends` share: the calendar, the week, the window, the
/// format and where the result goes.
struct ReportOptions: ParsableArguments {
    @OptionGroup var calendarOptions: CalendarOptions

    @OptionGroup var weekOptions: WeekOptions

    @Option(help: "Output format: text, json, csv or html.")
    var format: ReportFormat = .text

    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var redaction: RedactionOption

    /// Reads and classifies the calendar, analyses the weeks and writes the view.
    func run(view: ReportFormat.View) throws {
        let console = Console()
        let (workspace, calendar) = try calendarOptions.load(requireProfile: true, console: console)
        let report = try workspace.weeks(of: calendar, weekOptions.choice(redact: redaction.redact))
        let formatter = format.formatter(view: view, style: format == .text ? console.style(for: outputOptions.destination) : .plain)
        try outputOptions.write("the \(format.rawValue) \(view == .week ? "report" : "trends")", console: console) {
            formatter.write(report, to: $0)
        }
        calendarOptions.summarize(calendar, console: console)
    }
}
