import AltitudeModel
import AltitudeReporters
import AltitudeRules
import AltitudeWorkspace
import Foundation

/// Asks, series by series on a terminal, what level each is: a number for a level on
/// the ladder, `x` for not meeting time, Enter to skip, `q` to stop (labels given so far are kept).
struct LabelPrompt {
    let ladder: Ladder
    let style: TerminalStyle

    func ask(_ candidates: [LabelCandidate]) throws -> [(title: String, outcome: LabelFile.Outcome, example: MeetingInstance)] {
        var labels: [(title: String, outcome: LabelFile.Outcome, example: MeetingInstance)] = []
        let keys = ladder.names.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: "  ")
        try say("Give each series a level (\(keys)  x not meeting time  Enter skip  q stop).\n")
        for (index, candidate) in candidates.enumerated() {
            try say("\n" + style.bold("[\(index + 1)/\(candidates.count)]") + LabelListFormatter.line(candidate) + "\n")
            while true {
                try say("  level? ")
                guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return labels }
                if answer.isEmpty || answer == "s" { break }
                if answer == "q" { return labels }
                if answer == "x" {
                    labels.append((candidate.title, .exclude, candidate.example))
                    break
                }
                if let number = Int(answer), ladder.names.indices.contains(number - 1) {
                    labels.append((candidate.title, .level(ladder.names[number - 1]), candidate.example))
                    break
                }
                if ladder.index(of: answer) != nil {
                    labels.append((candidate.title, .level(answer), candidate.example))
                    break
                }
                try say("  “\(answer)”: give 1–\(ladder.names.count), a level's name, x, Enter or q\n")
            }
        }
        return labels
    }

    private func say(_ text: String) throws {
        try StandardOutput().write { $0.write(text) }
    }
}
