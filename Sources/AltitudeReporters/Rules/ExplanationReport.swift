import AltitudeModel
import AltitudeRules
import Foundation

/// `altitude explain`, written for a coach: the meeting, the rules tried and why
/// each did not match, the one that did, and what that means for this leader.
public struct ExplanationReport: Sendable {
    let profile: LeaderProfile
    let ladder: Ladder
    let zone: ZoneRules
    let style: TerminalStyle

    public init(profile: LeaderProfile, ladder: Ladder, zone: ZoneRules, style: TerminalStyle) {
        self.profile = profile
        self.ladder = ladder
        self.zone = zone
        self.style = style
    }

    public func write(_ explanation: Explanation, instances: [MeetingInstance], to output: TextOutput) {
        guard let first = instances.first else { return }
        let hours = instances.reduce(0.0) { $0 + ($1.isAllDay ? 0 : $1.duration) }
        let dates = instances.map { zone.localDate(of: $0.start) }
        var heading = style.bold("“\(first.title.replacingControlCharacters())”")
        heading += " · \(instances.count) instance\(instances.count == 1 ? "" : "s") · \(EventListTextFormatter.hours(hours))"
        if let earliest = dates.min(), let latest = dates.max() {
            heading += earliest == latest ? " · \(earliest)" : " · \(earliest) to \(latest)"
        }
        output.write(heading + "\n\n")
        output.write("  Rules tried, in order:\n")
        let width = min(28, (explanation.steps.map(\.rule.id.count).max() ?? 10) + 1)
        for step in explanation.steps {
            let mark = step.matched ? style.green("✓") : style.dim("✗")
            let id = step.rule.id.padding(width)
            output.write("   \(mark) \(step.matched ? style.bold(id) : id) \(step.reason.replacingControlCharacters())\n")
        }
        output.write("\n" + verdict(explanation))
    }

    private func verdict(_ explanation: Explanation) -> String {
        let classification = explanation.classification
        let winner = explanation.steps.last(where: \.matched)?.rule
        let why = winner.map { "    \($0.description.trimmingCharacters(in: .whitespacesAndNewlines))\n" } ?? ""
        let category = classification.category.map { " Category: \($0)." } ?? ""
        switch classification.relation {
        case .below:
            return "  → \(classification.level ?? ""): " + style.yellow("below your altitude") + " (\(profile.level)).\(category)\n" + why
        case .at:
            return "  → \(classification.level ?? ""): " + style.green("at your altitude") + " (\(profile.level)).\(category)\n" + why
        case .above:
            return "  → \(classification.level ?? ""): " + style.cyan("above your altitude") + " (\(profile.level)).\(category)\n" + why
        case .excluded:
            return "  → Left out of meeting time.\(category)\n" + why
        case .unclassified:
            return "  → No rule matches: this meeting is " + style.red("unclassified")
                + ". Its time is shown apart, never hidden.\n    Add a rule for it (see Rules/README.md); "
                + "`altitude events --unclassified` lists what else no rule matches.\n"
        }
    }
}
