import AltitudeModel
import AltitudeReporters
import AltitudeWorkspace
import ArgumentParser

/// `altitude whatif`: the last four weeks and the next, as they would have been with series handed off, stopped or limited.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Show what handing off or stopping series, or limiting a category, would have done to the below share.",
        discussion: """
        Takes the leader out of the series' meetings (--hand-off, --stop: a title, or \
        uid:UID; a renamed series still counts) and drops the meetings beyond a weekly \
        limit (--limit CATEGORY=3h: the below-altitude and latest first), then shows the \
        four weeks ending with --week and the week after — what is booked there — as \
        they were and as they would have been: the below share, its 4-week mean and the \
        distance to the target. The weeks before change too, so the 4-week means are \
        those of a calendar that changed in the past.

        Examples:
          altitude whatif --hand-off "Architecture review board" \\
              --stop "Payments standup" --limit interviews=3h
          altitude whatif --client acme --week 2026-W47 --hand-off "Ops review"
          altitude whatif export.ics --limit level:manager=4h --format csv
        """
    )

    @OptionGroup var calendarOptions: CalendarOptions
    @Option(name: .customLong("hand-off"), help: ArgumentHelp("A series someone else takes over (repeatable): its title, or uid:UID.",
                                                              valueName: "title"),
            transform: CommitmentTerms.Series.parse)
    var handOffs: [CommitmentTerms.Series] = []
    @Option(help: ArgumentHelp("A series the leader stops attending (repeatable): its title, or uid:UID.", valueName: "title"),
            transform: CommitmentTerms.Series.parse)
    var stop: [CommitmentTerms.Series] = []
    @Option(help: ArgumentHelp("At most this much a week (repeatable): SUBJECT=LENGTH, such as hiring=3h or level:manager=4h.",
                               valueName: "limit"),
            transform: LimitTerms.parse)
    var limit: [LimitTerms] = []
    @Option(help: ArgumentHelp("The last of the four weeks: this, last (the last complete week), an ISO week or a date in it. (default: last)",
                               valueName: "week"),
            transform: WeekChoice.parse)
    var week: WeekChoice = .last
    @Option(help: "Output format: text, csv or json.") var format: EventListFormat = .text
    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var redaction: RedactionOption

    func validate() throws {
        if handOffs.isEmpty && stop.isEmpty && limit.isEmpty {
            throw ValidationError("say what would change: --hand-off TITLE, --stop TITLE or --limit CATEGORY=3h")
        }
    }

    func run() throws {
        let console = Console()
        let (workspace, calendar) = try calendarOptions.load(requireProfile: true, console: console)
        let changes = handOffs.map(WhatIfRequest.Change.handOff) + stop.map(WhatIfRequest.Change.stop) + limit.map(WhatIfRequest.Change.limit)
        let whatIf = try workspace.whatIf(WhatIfRequest(changes: changes, week: week, redact: redaction.redact), in: calendar)
        try outputOptions.write("the what-if", console: console) { format.whatIfFormatter.write(whatIf, to: $0) }
        calendarOptions.summarize(calendar, console: console)
    }
}
