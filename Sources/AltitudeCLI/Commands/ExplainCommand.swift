import AltitudeImporter
import AltitudeModel
import AltitudeReporters
import AltitudeRules
import ArgumentParser

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
        """
    )

    @Argument(help: ArgumentHelp("Text in the meeting's title (case-insensitive), or its UID.", valueName: "text"))
    var text: String

    @OptionGroup var calendarOptions: CalendarOptions

    @Flag(name: .shortAndLong, help: "Also list the patterns of each rule that did not match.")
    var verbose = false

    func run() throws {
        let console = Console()
        let environment = AltitudeEnvironment.current()
        let calendar = try calendarOptions.load(requireProfile: true, environment: environment, console: console)
        guard var classifier = calendar.classifier, let classifying = calendar.classifying else { return }
        let needle = text.lowercased()
        let chosen = calendar.instances.filter { $0.uid == text || $0.title.lowercased().contains(needle) }
        guard !chosen.isEmpty else {
            console.diagnose("altitude: no meeting in the window has “\(text)” in its title or as its UID")
            throw ExitStatus.checkFailed
        }
        // Meetings the rules see alike are explained once.
        var groups: [(explanation: Explanation, instances: [MeetingInstance])] = []
        var indexByKey: [String: Int] = [:]
        for instance in chosen {
            let explanation = classifier.explain(instance, detailed: verbose)
            let key = instance.title + "\u{0}" + (explanation.classification.rule ?? "") + "\u{0}"
                + explanation.steps.map(\.reason).joined(separator: "\u{0}")
            if let index = indexByKey[key] {
                groups[index].instances.append(instance)
            } else {
                indexByKey[key] = groups.count
                groups.append((explanation, [instance]))
            }
        }
        let output = TextOutput(handle: .standardOutput)
        let report = ExplanationReport(profile: classifying.profile, ladder: classifying.rules.ladder, zone: calendar.zone,
                                       style: console.style(for: .standardOutput))
        for (index, group) in groups.enumerated() {
            if index > 0 { output.write("\n") }
            report.write(group.explanation, instances: group.instances, to: output)
        }
        output.flush()
    }
}
