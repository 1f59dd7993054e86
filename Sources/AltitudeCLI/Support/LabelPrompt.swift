import AltitudeModel
import AltitudeReporters
import AltitudeRules
import AltitudeWorkspace
import Foundation

/// Asks, series by series on a terminal, what level each is: a number for a level on
/// the ladder, `x` for not meeting time, Enter to skip, `q` to stop (labels given so far are kept).
struct LabelPrompt {
    let leader: LeaderContext
    let style: TerminalStyle

    private var ladder: Ladder { leader.rules.ladder }

    func ask(_ candidates: [LabelCandidate]) throws -> [(title: String, outcome: LabelFile.Outcome, category: String?, example: MeetingInstance)] {
        var labels: [(title: String, outcome: LabelFile.Outcome, category: String?, example: MeetingInstance)] = []
        let keys = ladder.names.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: "  ")
        try say("Give each series a level (\(keys)  x not meeting time  Enter skip  q stop).\n")
        for (index, candidate) in candidates.enumerated() {
            try say("\n" + style.bold("[\(index + 1)/\(candidates.count)]") + LabelListFormatter.line(candidate) + "\n")
            while true {
                try say("  level? ")
                guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return labels }
                if answer.isEmpty || answer == "s" { break }
                if answer == "q" { return labels }
                let chosen: String? = answer == "x" ? "exclude"
                    : Int(answer).flatMap { ladder.names.indices.contains($0 - 1) ? ladder.names[$0 - 1] : nil }
                    ?? (ladder.index(of: answer) != nil ? answer : nil)
                if let chosen {
                    let outcome: LabelFile.Outcome = chosen == "exclude" ? .exclude : .level(chosen)
                    labels.append((candidate.title, outcome, candidate.classification.category, candidate.example))
                    try say("  → " + describe(outcome) + "\n")
                    break
                }
                try say("  “\(answer)”: give 1–\(ladder.names.count), a level's name, x, Enter or q\n")
            }
        }
        return labels
    }

    /// "manager: below your altitude", as the answer is taken.
    private func describe(_ outcome: LabelFile.Outcome) -> String {
        guard case .level(let level) = outcome, let index = ladder.index(of: level), let own = ladder.index(of: leader.profile.level) else {
            return "not meeting time"
        }
        return "\(level): " + (index < own ? style.yellow("below your altitude") : index == own ? style.green("at your altitude") : style.cyan("above your altitude"))
    }

    private func say(_ text: String) throws {
        try StandardOutput().write { $0.write(text) }
    }
}
