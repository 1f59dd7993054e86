import AltitudeModel
import AltitudeReporters
import AltitudeWorkspace
import ArgumentParser
import Foundation

extension LabelListFormat: ExpressibleByArgument {}

/// `altitude label`: give what the rules get wrong (or not at all) a level, as rules in
/// the leader's own layer, and see the figures move.
struct LabelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "label",
        abstract: "Give meetings a level yourself: each label becomes a tested rule in your own layer.",
        discussion: """
        A label applies to what you label: a recurring series by its UID (renamed, it stays \
        labelled), or one-off meetings by their title — and by who is there, when the title \
        is held with different people or says little on its own ("Sync", "Follow up").

        With --level, labels the meetings titled TITLE (the whole title, any case) and reads \
        any further arguments as calendar files; a title that is several things (a "Sync" with \
        your directs and another with two engineers) is refused with the choices and their ids: \
        label one with --series ID. Without --level, on a terminal, offers first what a label \
        would narrow your ranges most with (unclassified hours, then those decided only by who \
        was there; with --review: the series with the most hours at each level, those decided \
        only by who was there first) and asks for a level; elsewhere it lists them for a script.

        Before writing, says how many meetings (held and booked ahead) each label moves, and \
        from what to what. Each label is a rule in labels.yaml in your rules directory \
        ($XDG_CONFIG_HOME/altitude/clients/me/rules/, or the client's with --client), with the \
        labelled meeting as its example, so `altitude rules test` guards it. Labels are tried \
        before the shipped rules and the packs; shipped files are never edited. Afterwards \
        the figures are recomputed: below-altitude and unclassified shares before and after.

        Examples:
          altitude label export.ics --profile profile.yaml                 (on a terminal: asks)
          altitude label "Query tuning session" --level ic export.ics --profile profile.yaml
          altitude label --series 040000008200E00074C5B7101A82E008 --level manager export.ics --profile profile.yaml
          altitude label "Board dinner" --level exclude --client acme      (from the store)
          altitude label --review --client acme
          altitude label export.ics --profile profile.yaml --format json   (the list, with each id, for a script)
        """
    )

    @Argument(help: ArgumentHelp("With --level and no --series: the meeting title, then calendar files. Otherwise: calendar files. "
                                 + "None: the store.", valueName: "title-or-source"))
    var arguments: [String] = []

    @Option(help: ArgumentHelp("The level to give: a ladder level (ic, manager …), self, self-1, self+1 …, or exclude.",
                               valueName: "level"))
    var level: LevelChoice?

    @Option(help: ArgumentHelp("Label exactly this one of what `label` offers: its id (a series' UID, or a title and who is there).",
                               valueName: "id"))
    var series: String?

    @Flag(help: "Offer the series with the most hours at each level, not what would narrow the ranges most.")
    var review = false

    @Option(help: ArgumentHelp("How many to offer or list.", valueName: "n"))
    var limit = 15

    @Option(help: "Output format of the list when not asking: text or json.")
    var format: LabelListFormat = .text

    @OptionGroup var reading: CalendarReadingOptions

    /// Labelling one thing: by its id, or by its title (the first argument).
    private var labelsOne: Bool { level != nil }

    func validate() throws {
        if series != nil, level == nil { throw ValidationError("--series needs the --level to give it") }
        if level != nil, series == nil, arguments.isEmpty { throw ValidationError("--level needs the TITLE of the meetings to label, or --series ID") }
        if labelsOne, review { throw ValidationError("--review offers series to label; give either --level (with TITLE or --series) or --review") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        if level == nil || series != nil, let title = arguments.first(where: { $0 != "-" && !FileManager.default.fileExists(atPath: $0) }) {
            throw ValidationError(series == nil ? "“\(title)” is not a calendar file; to label the meetings titled so, add --level LEVEL"
                                  : "“\(title)” is not a calendar file; with --series, the arguments are calendar files")
        }
        if level != nil, series == nil, let title = arguments.first, FileManager.default.fileExists(atPath: title), title.hasSuffix(".ics") {
            throw ValidationError("“\(title)” is a calendar file: give the TITLE of the meetings first, then the files")
        }
    }

    func run() throws {
        let console = Console()
        let sources = level == nil || series != nil ? arguments : Array(arguments.dropFirst())
        let (workspace, calendar) = try reading.load(sources, requireProfile: true, console: console)
        let labelling = try calendar.labelling()
        var labels: [Label] = []
        if let level {
            let choice = try labelling.checked(level)
            labels = try chosen(in: calendar, now: workspace.now).map { Label($0, choice: choice) }
        } else {
            let candidates = try calendar.labelCandidates(review ? .review : .narrowing, limit: limit, now: workspace.now)
            let advice = try calendar.timeAnOrgChartWouldDecide()
            guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0, !candidates.isEmpty else {
                let list = LabelListFormatter(candidates: candidates, review: review, labelCommand: labelCommand(sources),
                                              timeAnOrgChartWouldDecide: advice)
                return try StandardOutput().write { list.write(format, to: $0) }
            }
            labels = try LabelPrompt(labelling: labelling, style: console.style(for: StandardOutput()))
                .ask(candidates, advice: LabelListFormatter.orgChartAdvice(advice))
        }
        guard !labels.isEmpty else { return }
        let before = try calendar.totals()
        let pending = try workspace.prepareLabels(labels, for: reading.selection, calendar: calendar)
        try StandardOutput().write { output in pending.moves.forEach { output.write(LabelListFormatter.move($0)) } }
        try workspace.write(pending)
        let effect = LabelListFormatter.effect(labels: labels.count, replaced: pending.replaced, path: pending.path,
                                               before: before, after: try pending.relabelled.totals())
        try StandardOutput().write { $0.write(effect) }
    }

    /// What `--level` labels: the one `--series` names, or what holds meetings of the title —
    /// unless the title is several things, when it says which to choose from.
    private func chosen(in calendar: LoadedCalendar, now: Date) throws -> [LabelCandidate] {
        if let series {
            guard let candidate = try calendar.labelCandidate(id: series, now: now) else {
                throw Failure(.usage, "nothing in the window has the id “\(series)”: `altitude label --format json` lists each with its id")
            }
            return [candidate]
        }
        let title = arguments[0]
        let (candidates, generic) = try calendar.labelCandidates(titled: title, now: now)
        guard !candidates.isEmpty else {
            let similar = calendar.titles(containing: title)
            throw Failure(.usage, "no meeting in the window is titled “\(title)”"
                          + (similar.isEmpty ? "" : "; titles containing it: " + similar.map { "“\($0)”" }.joined(separator: ", ")))
        }
        if generic, candidates.count > 1 { throw Failure(.usage, LabelListFormatter.choices(title, candidates)) }
        return candidates
    }

    /// How to label one from this list: the same client, profile and calendar.
    private func labelCommand(_ sources: [String]) -> String {
        var words = sources.map(LabelListFormatter.shellWord)
        if !reading.storeOptions.client.isMe { words += ["--client", LabelListFormatter.shellWord(reading.storeOptions.client.name)] }
        if let profile = reading.classification.profile { words += ["--profile", LabelListFormatter.shellWord(profile)] }
        let rest = words.map { " " + $0 }.joined()
        return "altitude label \"TITLE\" --level LEVEL\(rest)   (LEVEL: a ladder level, self, self-1, or exclude;"
            + " one of several of a title: --series ID instead of \"TITLE\")"
    }
}
