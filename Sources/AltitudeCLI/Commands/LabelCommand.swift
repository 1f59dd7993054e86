import AltitudeModel
import AltitudeReporters
import AltitudeWorkspace
import ArgumentParser
import Foundation

extension LabelListFormat: ExpressibleByArgument {}

/// `altitude label`: give the series the rules get wrong (or not at all) a level,
/// as rules in the leader's own layer, and see the figures move.
struct LabelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "label",
        abstract: "Give meeting series a level yourself: each label becomes a tested rule in your own layer.",
        discussion: """
        With --level, labels the meetings titled TITLE (the whole title, any case) and \
        reads any further arguments as calendar files. Without --level, on a terminal, \
        offers the series with the most unclassified hours one at a time (with --review: \
        the series with the most hours at each level, those decided only by who was there \
        first) and asks for a level; elsewhere it lists them for a script.

        Each label is a rule in labels.yaml in your rules directory \
        ($XDG_CONFIG_HOME/altitude/rules/, or the client's with --client), with the labelled \
        meeting as its example, so `altitude rules test` guards it. Labels are tried \
        before the shipped rules and the packs; shipped files are never edited. Afterwards \
        the figures are recomputed: below-altitude and unclassified shares before and after.

        Examples:
          altitude label export.ics --profile profile.yaml                 (on a terminal: asks)
          altitude label "Query tuning session" --level ic export.ics --profile profile.yaml
          altitude label "Board dinner" --level exclude --client acme      (from the store)
          altitude label --review --client acme
          altitude label export.ics --profile profile.yaml --format json   (the list, for a script)
        """
    )

    @Argument(help: ArgumentHelp("With --level: the meeting title, then calendar files. Without: calendar files. None: the store.",
                                 valueName: "title-or-source"))
    var arguments: [String] = []

    @Option(help: ArgumentHelp("The level to give TITLE: a ladder level (ic, manager …), self, self-1, self+1 …, or exclude.",
                               valueName: "level"))
    var level: LevelChoice?

    @Flag(help: "Offer the series with the most hours at each level, not the unclassified ones.")
    var review = false

    @Option(help: ArgumentHelp("How many series to offer or list.", valueName: "n"))
    var limit = 15

    @Option(help: "Output format of the list when not asking: text or json.")
    var format: LabelListFormat = .text

    @OptionGroup var reading: CalendarReadingOptions

    func validate() throws {
        if level != nil, arguments.isEmpty { throw ValidationError("--level needs the TITLE of the meetings to label") }
        if level != nil, review { throw ValidationError("--review offers series to label; give either --level TITLE or --review") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        if level == nil, let title = arguments.first(where: { $0 != "-" && !FileManager.default.fileExists(atPath: $0) }) {
            throw ValidationError("“\(title)” is not a calendar file; to label the meetings titled so, add --level LEVEL")
        }
        if level != nil, let title = arguments.first, FileManager.default.fileExists(atPath: title), title.hasSuffix(".ics") {
            throw ValidationError("“\(title)” is a calendar file: give the TITLE of the meetings first, then the files")
        }
    }

    func run() throws {
        let console = Console()
        let sources = level == nil ? arguments : Array(arguments.dropFirst())
        let (workspace, calendar) = try reading.load(sources, requireProfile: true, console: console)
        let labelling = try calendar.labelling()
        var labels: [Label] = []
        if let level, let title = arguments.first {
            let choice = try labelling.checked(level)
            guard let series = try calendar.series(titled: title, now: workspace.now) else {
                let similar = calendar.titles(containing: title)
                throw Failure(.usage, "no meeting in the window is titled “\(title)”"
                              + (similar.isEmpty ? "" : "; titles containing it: " + similar.map { "“\($0)”" }.joined(separator: ", ")))
            }
            labels = [Label(series, choice: choice)]
        } else {
            let candidates = try calendar.labelCandidates(review ? .review : .unclassified, limit: limit, now: workspace.now)
            guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0, !candidates.isEmpty else {
                let list = LabelListFormatter(candidates: candidates, review: review, labelCommand: labelCommand(sources))
                return try StandardOutput().write { list.write(format, to: $0) }
            }
            labels = try LabelPrompt(labelling: labelling, style: console.style(for: StandardOutput())).ask(candidates)
        }
        guard !labels.isEmpty else { return }
        let before = try calendar.totals()
        let replaced = try workspace.writeLabels(labels, for: reading.selection, calendar: calendar)
        // The same instances, classified again with the labels in their layer: no second read of the calendar.
        let relabelled = try workspace.reclassify(calendar, for: reading.selection)
        let effect = LabelListFormatter.effect(labels: labels.count, replaced: replaced, path: workspace.labelsPath(for: reading.selection),
                                               before: before, after: try relabelled.totals())
        try StandardOutput().write { $0.write(effect) }
    }

    /// How to label one series from this list: the same client, profile and calendar.
    private func labelCommand(_ sources: [String]) -> String {
        var words = ["altitude", "label", "\"TITLE\"", "--level", "LEVEL"] + sources.map(Self.quoted)
        if !reading.storeOptions.client.isMe { words += ["--client", Self.quoted(reading.storeOptions.client.name)] }
        if let profile = reading.classification.profile { words += ["--profile", Self.quoted(profile)] }
        return words.joined(separator: " ") + "   (LEVEL: a ladder level, self, self-1, or exclude)"
    }

    private static func quoted(_ word: String) -> String {
        word.allSatisfy { $0.isLetter || $0.isNumber || "-_./@:".contains($0) } ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
