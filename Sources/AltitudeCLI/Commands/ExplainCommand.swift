import AltitudeReporters
import ArgumentParser

extension ExplanationFormat: ExpressibleByArgument {}

/// `altitude explain`: why a meeting counts as below (or at, or above) altitude.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain how meetings were classified: the rules tried, why each did or did not match.",
        discussion: """
        For the meetings whose title contains TEXT (or whose UID is TEXT), shows each \
        rule tried in order with the reason it did not match, the rule that did, and what \
        that means for this leader: below, at or above their altitude, or left out. \
        Meetings that look the same to the rules are explained once, with how many there \
        are and their hours.

        Examples:
          altitude explain standup export.ics --profile profile.yaml
          altitude explain "Payments sync" export.ics --from 2026-06-01 --to 2026-07-01
          altitude explain 7kq3m0p2@google.com export.ics
          altitude explain "QBR" --client acme                   (from the store)
          altitude explain standup export.ics --format json
        """
    )

    @Argument(help: ArgumentHelp("Text in the meeting's title (case-insensitive), or its UID.", valueName: "text"))
    var text: String

    @OptionGroup var calendarOptions: CalendarOptions

    @Flag(name: .shortAndLong, help: "Also list the patterns of each rule that did not match.")
    var verbose = false

    @Option(help: "Output format: text or json.")
    var format: ExplanationFormat = .text

    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var redaction: RedactionOption

    func run() throws {
        let console = Console()
        let (workspace, calendar) = try calendarOptions.load(requireProfile: true, console: console)
        let explanations = try workspace.explain(text, in: calendar, detailed: verbose, redact: redaction.redact)
        let report = ExplanationReport(profile: explanations.profile, ladder: explanations.ladder, zone: calendar.zone, now: workspace.now,
                                       style: format == .text ? console.style(for: outputOptions.destination) : .plain)
        try outputOptions.write("the explanation", console: console) {
            report.write(explanations.groups.map { ($0.explanation, $0.instances) }, format: format, to: $0)
        }
    }
}
