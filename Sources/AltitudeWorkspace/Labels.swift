import AltitudeAnalysis
import AltitudeModel
import AltitudeRules
import Foundation

/// One label to write: the series it names (by title), what it is, the category
/// the meeting keeps, and the meeting written down as the label's example.
public struct Label: Sendable {
    public var title: String
    public var choice: LevelChoice
    public var category: String?
    public var example: MeetingInstance

    public init(title: String, choice: LevelChoice, category: String?, example: MeetingInstance) {
        self.title = title
        self.choice = choice
        self.category = category
        self.example = example
    }

    /// A label giving the candidate series this level. It keeps the category of the rule that
    /// classified it only when it confirms that rule's level: a meeting moved to another level
    /// (or out of meeting time) is no longer what that rule said it was, so its category is "labelled".
    public init(_ candidate: LabelCandidate, choice: LevelChoice) {
        let confirms = candidate.classification.level.map { choice == .level($0) } ?? false
        self.init(title: candidate.title, choice: choice, category: confirms ? candidate.classification.category : nil,
                  example: candidate.example)
    }
}

/// What labelling a leader's meetings needs to know of their rules: the ladder,
/// and where the leader stands on it.
public struct Labelling: Sendable {
    /// The ladder's levels, lowest first.
    public let levels: [String]
    let ownLevel: String

    /// The level choice, checked: a name on the ladder, a relative level that lands
    /// on it for this leader, or `exclude`; otherwise a usage error that says what would do.
    public func checked(_ choice: LevelChoice) throws -> LevelChoice {
        guard case .level(let value) = choice, !levels.contains(value) else { return choice }
        if let offset = choice.relativeOffset, let own = levels.firstIndex(of: ownLevel) {
            guard levels.indices.contains(own + offset) else {
                throw Failure(.usage, "“\(value)” is off the ladder for a \(ownLevel) (\(levels.joined(separator: " < "))): give a level by name")
            }
            return choice
        }
        let hint = Spelling.suggestion(for: value, among: levels + ["exclude"]).map { "did you mean “\($0)”? " } ?? ""
        throw Failure(.usage, "“\(value)” is not a level: \(hint)give one of \(levels.joined(separator: ", ")), self, self-1, self+1 …, or exclude")
    }

    /// An answer at the label prompt: a level's number on the ladder (1 the lowest), its name, or `x` for not meeting time.
    public func choice(answer: String) -> LevelChoice? {
        if answer == "x" { return .exclude }
        if let number = Int(answer) { return levels.indices.contains(number - 1) ? .level(levels[number - 1]) : nil }
        return levels.contains(answer) ? .level(answer) : nil
    }

    /// Where a labelled meeting will sit against the leader's altitude.
    public func relation(of choice: LevelChoice) -> Relation {
        guard case .level(let value) = choice else { return .excluded }
        guard let own = levels.firstIndex(of: ownLevel) else { return .unclassified }
        let index = choice.relativeOffset.map { own + $0 } ?? levels.firstIndex(of: value)
        guard let index else { return .unclassified }
        return index < own ? .below : index == own ? .at : .above
    }
}

/// Which series `altitude label` offers: those no rule classifies, or (`review`)
/// the ones with the most hours at each level, those decided only by who was there first.
public enum LabelQueue: Sendable {
    case unclassified
    case review
}

extension LoadedCalendar {
    /// The ladder and the leader's place on it, for choosing and checking levels.
    public func labelling() throws -> Labelling {
        let (leader, _) = try classified()
        return Labelling(levels: leader.rules.ladder.names, ownLevel: leader.profile.level)
    }

    /// The series to label, most hours first (held and booked as of `now`; by level, for a review), at most `limit`.
    public func labelCandidates(_ queue: LabelQueue, limit: Int, now: Date) throws -> [LabelCandidate] {
        let leader = try classified().0
        let candidates = try series(now: now).values
        let mostHours = { (a: LabelCandidate, b: LabelCandidate) in (a.hours + a.bookedHours, b.title) > (b.hours + b.bookedHours, a.title) }
        switch queue {
        case .unclassified:
            return Array(candidates.filter { $0.classification.relation == .unclassified }.sorted(by: mostHours).prefix(limit))
        case .review:
            // Structure-only first within each level: those are the guesses worth a look.
            let byLevel = Dictionary(grouping: candidates.filter { $0.classification.level != nil }) { $0.classification.level ?? "" }
            let levels = leader.rules.ladder.names.reversed()
            let perLevel = max(1, limit / max(1, byLevel.count))
            return Array(levels.flatMap { level in
                (byLevel[level] ?? []).sorted { a, b in
                    let structureFirst = (a.classification.evidence == .structure ? 0 : 1, b.classification.evidence == .structure ? 0 : 1)
                    return structureFirst.0 != structureFirst.1 ? structureFirst.0 < structureFirst.1 : mostHours(a, b)
                }.prefix(perLevel)
            }.prefix(limit))
        }
    }

    /// The series with exactly this title (any case, surrounding spaces ignored), when it has meeting time.
    public func series(titled title: String, now: Date) throws -> LabelCandidate? {
        try series(now: now)[Self.seriesKey(title)]
    }

    /// Every series with meeting time, by `seriesKey`: its hours and meetings held before
    /// `now` and booked after, the classification of most of its time, and its longest
    /// meeting as the example.
    private func series(now: Date) throws -> [String: LabelCandidate] {
        let (leader, classifications) = try classified()
        struct Series {
            var seconds = 0.0
            var count = 0
            var bookedSeconds = 0.0
            var bookedCount = 0
            var byRule: [String: (classification: Classification, seconds: Double)] = [:]
            var example: MeetingInstance?
        }
        var series: [String: Series] = [:]
        for (instance, classification) in zip(instances, classifications) where MeetingTime.counts(instance, classification) {
            let key = Self.seriesKey(instance.title)
            var entry = series[key, default: Series()]
            if instance.start < now {
                entry.seconds += instance.duration
                entry.count += 1
            } else {
                entry.bookedSeconds += instance.duration
                entry.bookedCount += 1
            }
            entry.byRule[classification.rule ?? "", default: (classification, 0)].seconds += instance.duration
            if entry.example.map({ instance.duration > $0.duration }) ?? true { entry.example = instance }
            series[key] = entry
        }
        return series.compactMapValues { entry in
            guard let example = entry.example,
                  let main = entry.byRule.values.max(by: { ($0.seconds, $1.classification.rule ?? "") < ($1.seconds, $0.classification.rule ?? "") })
            else { return nil }
            var candidate = LabelCandidate(title: example.title, hours: entry.seconds / 3600, count: entry.count,
                                           classification: main.classification, company: Self.company(of: example, profile: leader.profile),
                                           example: example)
            candidate.bookedHours = entry.bookedSeconds / 3600
            candidate.bookedCount = entry.bookedCount
            return candidate
        }
    }

    /// A title as a label matches it: any case, spaces around it ignored (`LabelFile.wholeTitlePattern`).
    private static func seriesKey(_ title: String) -> String {
        title.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The titles that contain `text`, most frequent first: suggestions when a title is not found.
    public func titles(containing text: String, limit: Int = 5) -> [String] {
        let needle = text.lowercased()
        let counts = Dictionary(instances.filter { $0.title.lowercased().contains(needle) }.map { ($0.title, 1) }, uniquingKeysWith: +)
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map(\.key)
    }

    /// Below, at, above, unclassified and structure-only time over every week of the calendar, summed.
    public func totals() throws -> WeekMetrics {
        let (leader, classifications) = try classified()
        let zone = leader.profile.timeZone
        guard let first = instances.first.map({ ISOWeek(containing: zone.localDate(of: $0.start)) }),
              let last = instances.map(\.end).max().map({ ISOWeek(containing: zone.localDate(of: $0.addingTimeInterval(-1))) })
        else { return WeekMetrics(week: ISOWeek(containing: zone.localDate(of: window.start))) }
        let weeks = WeeklyAnalyzer(profile: leader.profile).measure(instances, classifications: classifications, from: first, through: last)
        return weeks.dropFirst().reduce(into: weeks[0]) { total, week in
            total.belowSeconds += week.belowSeconds
            total.atSeconds += week.atSeconds
            total.aboveSeconds += week.aboveSeconds
            total.unclassifiedSeconds += week.unclassifiedSeconds
            total.evidence = total.evidence + week.evidence
            total.meetings += week.meetings
        }
    }

    private static func company(of instance: MeetingInstance, profile: LeaderProfile) -> String {
        let (groups, others) = profile.company(of: instance)
        guard others > 0 else { return "only you" }
        let phrases = PersonGroup.byName.filter { groups.contains($0.value) }.map { $0.value.phrase }
        return "\(others + 1) people: you and " + phrases.joined(separator: " and ")
    }
}

extension Workspace {
    /// Where a leader's labels are kept: `labels.yaml` in the rules directory of their
    /// client (`me` for the user's own calendar), so one leader's labels never classify
    /// another's meetings — unlike the user's rules directory, which every client shares.
    public func labelsPath(for selection: LeaderSelection) -> String {
        clientRulesDirectory(selection.client) + "/" + Rule.labelsFile
    }

    /// Writes labels into the leader's labels file, each with its example meeting. The
    /// merged rules are loaded with the new file first: when they do not load, nothing
    /// is written. Returns how many earlier labels were replaced.
    @discardableResult
    public func writeLabels(_ labels: [Label], for selection: LeaderSelection, calendar: LoadedCalendar) throws -> Int {
        let (leader, _) = try calendar.classified()
        let path = labelsPath(for: selection)
        var file = LabelFile()
        if let data = FileManager.default.contents(atPath: path) {
            file = try LabelFile.parse(String(decoding: data, as: UTF8.self), file: path)
        }
        var replaced = 0
        let today = leader.profile.timeZone.localDate(of: now)
        for label in labels {
            let example = ExampleMeeting.Written(label.example, profile: leader.profile)
            if file.set(title: label.title, outcome: label.choice, category: label.category, example: example, on: today) { replaced += 1 }
        }
        let text = try file.text()
        // Checked as the rules will be read: the labels layer in its place among the others.
        var layers = try ruleLayers(for: selection, functions: leader.profile.functions)
        if let index = layers.firstIndex(where: { $0.name == "client \(selection.client)" }) {
            layers[index].files.removeAll { $0.path == path }
            layers[index].files.append(RuleLayer.File(path: path, text: text))
        }
        let rules = try RuleSet.load(layers)
        if let failure = rules.rules.filter(\.isLabel).lazy.compactMap({ rule -> ConfigError? in
            let report = ExampleRunner.run(rule, in: rules)
            return report.failures.first.map { ConfigError(file: path, line: rule.origin.line, message: "label “\(rule.id)”: \($0.description)",
                                                          hint: "an earlier rule or label decides this meeting first; see `altitude rules list`") }
        }).first {
            throw ConfigErrors([failure])
        }
        try PrivateFileOutput(path: path, createsDirectory: true).write(bytes: Array(text.utf8))
        return replaced
    }
}
