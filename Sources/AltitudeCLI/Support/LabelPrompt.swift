import AltitudeModel
import AltitudeReporters
import AltitudeWorkspace
import Foundation

/// Asks, one by one on a terminal, what level each offered series (or one-off title) is: a number for a level on
/// the ladder, `x` for not meeting time, Enter to skip, `q` to stop (labels given so far are kept).
struct LabelPrompt {
    let labelling: Labelling
    let style: TerminalStyle

    /// `advice`: what to add to the profile first, when an org chart would decide much of the calendar.
    func ask(_ candidates: [LabelCandidate], advice: String?) throws -> [Label] {
        var labels: [Label] = []
        let keys = labelling.levels.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: "  ")
        if let advice { try say(style.dim(advice) + "\n") }
        try say("Give each a level (\(keys)  x not meeting time  Enter skip  q stop).\n")
        for (index, candidate) in candidates.enumerated() {
            try say("\n" + style.bold("[\(index + 1)/\(candidates.count)]") + LabelListFormatter.line(candidate) + "\n")
            while true {
                try say("  level? ")
                guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return labels }
                if answer.isEmpty || answer == "s" { break }
                if answer == "q" { return labels }
                if let choice = labelling.choice(answer: answer) {
                    labels.append(Label(candidate, choice: choice))
                    try say("  → " + describe(choice) + "\n")
                    break
                }
                try say("  “\(answer)”: give 1–\(labelling.levels.count), a level's name, x, Enter or q\n")
            }
        }
        return labels
    }

    /// "manager: below your altitude", as the answer is taken.
    private func describe(_ choice: LevelChoice) -> String {
        switch labelling.relation(of: choice) {
        case .below: "\(choice): " + style.yellow("below your altitude")
        case .at: "\(choice): " + style.green("at your altitude")
        case .above: "\(choice): " + style.cyan("above your altitude")
        case .excluded, .unclassified: "not meeting time"
        }
    }

    private func say(_ text: String) throws {
        try StandardOutput().write { $0.write(text) }
    }
}
