import AltitudeReporters
import AltitudeWorkspace
import ArgumentParser

extension ReportFormat: ExpressibleByArgument {}
extension EventListFormat: ExpressibleByArgument {}

/// `--week` and `--weeks`: the week reported, and the weeks of trend ending with it.
struct WeekOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The week: this, last (the last complete week), an ISO week (2026-W10) or a date in it. (default: last)",
                               valueName: "week"),
            transform: { text in
                guard let week = WeekChoice(text: text) else { throw ValidationError(WeekChoice.problem(with: text)) }
                return week
            })
    var week: WeekChoice = .last

    // Unconditional, so `--weeks -3` reaches the check below instead of reading as an option.
    @Option(parsing: .unconditional, help: ArgumentHelp("Weeks of trend, ending with the week (a number, or all). (default: 12)", valueName: "n"),
            transform: { text in
                guard let count = WeekCount(text: text) else {
                    throw ValidationError("--weeks \(text): give a number of weeks from 1 to \(WeekCount.maximum.formatted()), or all")
                }
                return count
            })
    var weeks: WeekCount = .count(12)
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
        var report = try workspace.report(calendar, week: weekOptions.week, weeks: weekOptions.weeks)
        if let redactor = try redaction.redactor(workspace, client: calendarOptions.storeOptions.client, profile: calendar.leader?.profile) {
            report = redactor.redact(report)
        }
        let formatter = format.formatter(view: view, style: format == .text ? console.style(for: outputOptions.destination) : .plain)
        try outputOptions.write("the \(format.rawValue) \(view == .week ? "report" : "trends")", console: console) {
            formatter.write(report, to: $0)
        }
        calendarOptions.summarize(calendar, console: console)
    }
}
