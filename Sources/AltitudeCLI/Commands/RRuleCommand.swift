import AltitudeModel
import AltitudeWorkspace
import ArgumentParser

/// `altitude rrule`: what a recurrence rule produces, to check a series by hand.
struct RRuleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rrule",
        abstract: "Expand a recurrence rule (RRULE) from a start, to see what a series produces.",
        discussion: """
        Prints the rule's occurrences, one per line, as iCalendar values. Only the rule \
        is expanded: DTSTART is listed when the rule produces it, and RDATE, EXDATE and \
        moved occurrences belong to `altitude events`.

        Examples:
          altitude rrule "FREQ=MONTHLY;BYDAY=-1FR;COUNT=6" --start 20260130T090000
          altitude rrule "FREQ=WEEKLY;BYDAY=MO,WE" --start 20260105 --after 20260601 --limit 4
        """
    )

    @Argument(help: ArgumentHelp("The rule, as in RRULE:… without the name.", valueName: "rule"))
    var rule: String

    @Option(help: ArgumentHelp("DTSTART: YYYYMMDD, YYYYMMDDTHHMMSS, or …Z for UTC.", valueName: "value"))
    var start: String

    @Option(help: ArgumentHelp("List only occurrences at or after this value.", valueName: "value"))
    var after: String?

    @Option(help: "The most occurrences to list.")
    var limit = 100

    func run() throws {
        let values = try Workspace.recurrenceOccurrences(rule: rule, start: start, after: after, limit: limit)
        try StandardOutput().write { output in values.forEach { output.write($0 + "\n") } }
    }
}
