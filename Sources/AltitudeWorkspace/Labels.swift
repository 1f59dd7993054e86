import AltitudeAnalysis
import AltitudeModel
import AltitudeRules
import Foundation

/// One label to write: what it names, what it is, the category the meeting keeps, and
/// the meeting written down as the label's example.
public struct Label: Sendable {
    public var target: LabelTarget
    /// The meetings' title, and the label as the leader was offered it ("Sync — with your direct reports").
    public var title: String
    public var name: String
    public var choice: LevelChoice
    public var category: String?
    public var example: MeetingInstance

    /// A label giving the candidate this level. It keeps the category of the rule that
    /// classified it only when it confirms that rule's level: a meeting moved to another level
    /// (or out of meeting time) is no longer what that rule said it was, so its category is "labelled".
    public init(_ candidate: LabelCandidate, choice: LevelChoice) {
        let confirms = candidate.classification.level.map { choice == .level($0) } ?? false
        target = candidate.target
        title = candidate.title
        name = candidate.name
        self.choice = choice
        category = confirms ? candidate.classification.category : nil
        example = candidate.example
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

/// What `altitude label` offers first: what labelling would narrow the calendar's ranges
/// most (`LabelCandidate.narrowing`), or (`review`) what has the most hours at each level,
/// what was decided only by who was there first.
public enum LabelQueue: Sendable {
    case narrowing
    case review
}

extension LoadedCalendar {
    /// The ladder and the leader's place on it, for choosing and checking levels.
    public func labelling() throws -> Labelling {
        let (leader, _) = try classified()
        return Labelling(levels: leader.rules.ladder.names, ownLevel: leader.profile.level)
    }

    /// What to offer, at most `limit` (hours held and booked as of `now`): what a label would
    /// narrow the ranges most with first, the most hours first among equals; for a review,
    /// the most hours at each level.
    public func labelCandidates(_ queue: LabelQueue, limit: Int, now: Date) throws -> [LabelCandidate] {
        let leader = try classified().0
        let candidates = try labelTargets(now: now).map(\.candidate)
        let mostHours = { (a: LabelCandidate, b: LabelCandidate) in (a.hours + a.bookedHours, b.name) > (b.hours + b.bookedHours, a.name) }
        switch queue {
        case .narrowing:
            return Array(candidates.filter { $0.narrowing > 0 }.sorted { a, b in
                a.narrowing != b.narrowing ? a.narrowing > b.narrowing : mostHours(a, b)
            }.prefix(limit))
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

    /// What holds meetings titled `title` (any case, spaces around it ignored; a series renamed
    /// since counts under each of its titles), most hours first, and whether the title is
    /// generic — held with different people, or saying nothing — so one label on all of it
    /// would move meetings the leader may not mean.
    public func labelCandidates(titled title: String, now: Date) throws -> (candidates: [LabelCandidate], generic: Bool) {
        let key = Self.titleKey(title)
        let targets = try labelTargets(now: now).filter { $0.titles.contains(key) }
        return (targets.map(\.candidate).sorted { ($0.hours + $0.bookedHours, $1.name) > ($1.hours + $1.bookedHours, $0.name) },
                targets.contains { $0.generic })
    }

    /// The candidate with this id (`LabelCandidate.id`), or that covers the series with this UID.
    public func labelCandidate(id: String, now: Date) throws -> LabelCandidate? {
        let candidates = try labelTargets(now: now).map(\.candidate)
        return candidates.first { $0.id == id } ?? candidates.first { $0.series.contains(id) }
    }

    /// Every candidate with meeting time, with the titles its meetings have and whether one
    /// of them is generic. A recurring series is one by its UID — several of one title held
    /// with the same people are one (a series Google split in two is one thing to the leader);
    /// one-offs are one by title, and by who is there when the title is generic. Each has its
    /// hours and meetings held before `now` and booked after, the classification of most of
    /// its time, its longest meeting as the example, and how much a label would narrow the ranges.
    private func labelTargets(now: Date) throws -> [(candidate: LabelCandidate, titles: Set<String>, generic: Bool)] {
        let (leader, classifications) = try classified()
        let profile = leader.profile
        let narrowing = Narrowing(instances, classifications, zone: profile.timeZone)
        var series: [String: TargetTime] = [:]
        var oneOffs: [(index: Int, company: Set<PersonGroup>)] = []
        for (index, (instance, classification)) in zip(instances, classifications).enumerated()
        where MeetingTime.counts(instance, classification) {
            let company = profile.company(of: instance).groups
            guard instance.isRecurring else {
                oneOffs.append((index, company))
                continue
            }
            series[instance.seriesID, default: TargetTime()]
                .add(instance, classification, company: company, now: now, narrowing: narrowing.points(instance, classification))
        }
        // The people each title is held with: a series with those usually there.
        var companies: [String: Set<Set<PersonGroup>>] = [:]
        for time in series.values {
            for title in time.titles { companies[title, default: []].insert(time.company) }
        }
        for (index, company) in oneOffs { companies[Self.titleKey(instances[index].title), default: []].insert(company) }
        let generic = Set(companies.filter { $0.value.count > 1 || VagueTitle.isVague($0.key) }.keys)

        struct Key: Hashable {
            var title: String
            var company: Set<PersonGroup>?
        }
        var seriesByTitle: [Key: TargetTime] = [:]
        for time in series.values {
            seriesByTitle[Key(title: Self.titleKey(time.latest?.title ?? ""), company: time.company), default: TargetTime()].merge(time)
        }
        var oneOffsByTitle: [Key: TargetTime] = [:]
        for (index, company) in oneOffs {
            let title = Self.titleKey(instances[index].title)
            oneOffsByTitle[Key(title: title, company: generic.contains(title) ? company : nil), default: TargetTime()]
                .add(instances[index], classifications[index], company: company, now: now,
                     narrowing: narrowing.points(instances[index], classifications[index]))
        }
        var targets: [(candidate: LabelCandidate, titles: Set<String>, generic: Bool)] = []
        for time in seriesByTitle.values {
            guard let candidate = time.candidate(id: time.uids.first ?? "", target: .series(time.uids), profile: profile) else { continue }
            targets.append((candidate, time.titles, !generic.isDisjoint(with: time.titles)))
        }
        for (key, time) in oneOffsByTitle {
            let id = key.company.map { key.title + " | " + Self.groupNames($0) } ?? key.title
            guard let candidate = time.candidate(id: id, target: .oneOffs(title: time.latest?.title ?? key.title, company: key.company),
                                                 profile: profile)
            else { continue }
            targets.append((candidate, time.titles, generic.contains(key.title)))
        }
        // Offered with the same title, each says what tells it apart: who is there, and that it is a
        // series (or one-offs) when the same people meet both ways.
        for (_, indices) in Dictionary(grouping: targets.indices, by: { Self.titleKey(targets[$0].candidate.title) }) where indices.count > 1 {
            let peopleDiffer = Set(indices.map { targets[$0].candidate.usualCompany }).count > 1
            for index in indices {
                let candidate = targets[index].candidate
                let sameCompany = indices.filter { targets[$0].candidate.usualCompany == candidate.usualCompany }
                let parts = (peopleDiffer ? [Self.phrase(candidate.usualCompany)] : [])
                    + (sameCompany.count > 1 ? [candidate.isSeries ? "the series" : "one-off meetings"] : [])
                targets[index].candidate.qualifier = parts.joined(separator: ", ")
            }
        }
        return targets
    }

    /// A title as labels and candidates match it: any case, spaces around it ignored (`LabelFile.wholeTitlePattern`).
    static func titleKey(_ title: String) -> String {
        title.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// "with your direct reports and other colleagues", "alone".
    static func phrase(_ company: Set<PersonGroup>) -> String {
        company.isEmpty ? "alone"
            : "with " + PersonGroup.byName.filter { company.contains($0.value) }.map(\.value.phrase).joined(separator: " and ")
    }

    /// "with directs, others", "alone": who is there as rules name them, for a candidate's id.
    static func groupNames(_ company: Set<PersonGroup>) -> String {
        company.isEmpty ? "alone" : "with " + PersonGroup.byName.filter { company.contains($0.value) }.map(\.name).joined(separator: ", ")
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

    /// The calendar's share of classified time decided only by who was there, when it is large
    /// and the profile has no org chart to tell the rules more.
    public func timeAnOrgChartWouldDecide() throws -> Double? {
        let (leader, _) = try classified()
        return AllocationReport.timeAnOrgChartWouldDecide(try totals(), hasOrgChart: leader.profile.orgChart != nil)
    }

    static func company(of instance: MeetingInstance, profile: LeaderProfile) -> String {
        let (groups, others) = profile.company(of: instance)
        guard others > 0 else { return "only you" }
        let phrases = PersonGroup.byName.filter { groups.contains($0.value) }.map { $0.value.phrase }
        return "\(others + 1) people: you and " + phrases.joined(separator: " and ")
    }
}

/// The meeting time of one thing to label, summed meeting by meeting.
private struct TargetTime {
    var seconds = 0.0
    var count = 0
    var bookedSeconds = 0.0
    var bookedCount = 0
    var byRule: [String: (classification: Classification, seconds: Double)] = [:]
    var example: MeetingInstance?
    /// The meeting that starts last: its title is the one shown.
    var latest: MeetingInstance?
    var titles: Set<String> = []
    /// Seconds by the series (or one-off meeting) UID, and by who is there.
    var uidSeconds: [String: Double] = [:]
    var companySeconds: [Set<PersonGroup>: Double] = [:]
    var narrowing = 0.0

    mutating func add(_ instance: MeetingInstance, _ classification: Classification, company: Set<PersonGroup>, now: Date,
                      narrowing points: Double) {
        if instance.start < now {
            seconds += instance.duration
            count += 1
        } else {
            bookedSeconds += instance.duration
            bookedCount += 1
        }
        byRule[classification.rule ?? "", default: (classification, 0)].seconds += instance.duration
        if example.map({ instance.duration > $0.duration }) ?? true { example = instance }
        if latest.map({ instance.start >= $0.start }) ?? true { latest = instance }
        titles.insert(LoadedCalendar.titleKey(instance.title))
        uidSeconds[instance.seriesID, default: 0] += instance.duration
        companySeconds[company, default: 0] += instance.duration
        narrowing += points
    }

    mutating func merge(_ other: TargetTime) {
        seconds += other.seconds
        count += other.count
        bookedSeconds += other.bookedSeconds
        bookedCount += other.bookedCount
        byRule.merge(other.byRule) { ($0.classification, $0.seconds + $1.seconds) }
        if let candidate = other.example, example.map({ candidate.duration > $0.duration }) ?? true { example = candidate }
        if let candidate = other.latest, latest.map({ candidate.start >= $0.start }) ?? true { latest = candidate }
        titles.formUnion(other.titles)
        uidSeconds.merge(other.uidSeconds, uniquingKeysWith: +)
        companySeconds.merge(other.companySeconds, uniquingKeysWith: +)
        narrowing += other.narrowing
    }

    /// Who is usually there: the company of most of its time.
    var company: Set<PersonGroup> {
        companySeconds.max { ($0.value, $1.key.count) < ($1.value, $0.key.count) }?.key ?? []
    }

    /// The UIDs, most time first.
    var uids: [String] { uidSeconds.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key) }

    func candidate(id: String, target: LabelTarget, profile: LeaderProfile) -> LabelCandidate? {
        guard let example, let latest,
              let main = byRule.values.max(by: { ($0.seconds, $1.classification.rule ?? "") < ($1.seconds, $0.classification.rule ?? "") })
        else { return nil }
        var candidate = LabelCandidate(id: id, title: latest.title, target: target, series: uids, hours: seconds / 3600, count: count,
                                       classification: main.classification,
                                       company: LoadedCalendar.company(of: example, profile: profile), example: example)
        candidate.bookedHours = bookedSeconds / 3600
        candidate.bookedCount = bookedCount
        candidate.narrowing = narrowing
        candidate.usualCompany = company
        return candidate
    }
}

/// How much labelling a meeting would narrow the calendar's ranges: a week's range is of a
/// share of its meeting time, and each hour in it is as wide as its evidence's rate on its
/// side (`Calibration.uncertainty`), so a label narrows the range of its week by its hours ×
/// that width over the week's meeting hours. In points of the mean range over the weeks with
/// meeting time: an hour in a light week counts for more than one in a full week.
private struct Narrowing {
    let calibration = Calibration.shipped
    let zone: ZoneRules
    var weekSeconds: [ISOWeek: Double] = [:]

    init(_ instances: [MeetingInstance], _ classifications: [Classification], zone: ZoneRules) {
        self.zone = zone
        for (instance, classification) in zip(instances, classifications) where MeetingTime.counts(instance, classification) {
            weekSeconds[ISOWeek(containing: zone.localDate(of: instance.start)), default: 0] += instance.duration
        }
    }

    func points(_ instance: MeetingInstance, _ classification: Classification) -> Double {
        guard let week = weekSeconds[ISOWeek(containing: zone.localDate(of: instance.start))], week > 0 else { return 0 }
        return 100 * instance.duration * calibration.uncertainty(of: classification) / week / Double(weekSeconds.count)
    }
}

/// Titles made only of words that say how people meet, not what about ("Sync", "Follow up",
/// "Quick call", "Working session", "1:1"): a label on one also names who is in the room,
/// since the same words are held with anyone.
enum VagueTitle {
    static let words: Set<String> = [
        "a", "align", "alignment", "and", "base", "biweekly", "block", "brainstorm", "call", "calls", "catch", "catchup", "chat",
        "check", "checkin", "connect", "daily", "debrief", "deep", "discuss", "discussion", "dive", "follow", "followup", "fyi",
        "hold", "huddle", "in", "meet", "meeting", "meetings", "monthly", "mtg", "on", "one", "placeholder", "prep", "quick",
        "re", "review", "session", "sessions", "sync", "syncs", "tbd", "the", "time", "to", "touch", "touchbase", "touchpoint",
        "up", "update", "updates", "walk", "walkthrough", "through", "weekly", "with", "working",
    ]

    /// Whether every word of the title (numbers aside) is one of `words`: an empty title is too.
    static func isVague(_ title: String) -> Bool {
        title.lowercased().split { !$0.isLetter && !$0.isNumber }.allSatisfy { word in
            words.contains(String(word)) || word.allSatisfy(\.isNumber)
        }
    }
}

extension Workspace {
    /// Where a leader's labels are kept: `labels.yaml` in the rules directory of their
    /// client (`me` for the user's own calendar), so one leader's labels never classify
    /// another's meetings — unlike the user's rules directory, which every client shares.
    public func labelsPath(for selection: LeaderSelection) -> String {
        clientRulesDirectory(selection.client) + "/" + Rule.labelsFile
    }

    /// The labels, ready to write into the leader's labels file, each with its example
    /// meeting: the merged rules are loaded with the new file first, and when they do not
    /// load, or a label's example does not reach it, nothing is written. The calendar is
    /// classified with them, for what each will move and the figures after.
    public func prepareLabels(_ labels: [Label], for selection: LeaderSelection, calendar: LoadedCalendar) throws -> PendingLabels {
        let (leader, before) = try calendar.classified()
        let path = labelsPath(for: selection)
        var file = LabelFile()
        if let data = FileManager.default.contents(atPath: path) {
            file = try LabelFile.parse(String(decoding: data, as: UTF8.self), file: path)
        }
        var replaced = 0
        var moves: [String: Int] = [:]
        let today = leader.profile.timeZone.localDate(of: now)
        for (index, label) in labels.enumerated() {
            let example = ExampleMeeting.Written(label.example, profile: leader.profile)
            let written = file.set(label.target, title: label.title, outcome: label.choice, category: label.category, example: example,
                                   on: today, orgChart: leader.profile.orgChart != nil)
            if written.replaced { replaced += 1 }
            moves[written.id] = index
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
        var relabelled = calendar
        relabelled.classify(by: LeaderContext(client: leader.client, profile: leader.profile, rules: rules, profileText: leader.profileText,
                                              profileOrigin: leader.profileOrigin))
        return PendingLabels(path: path, text: text, replaced: replaced, relabelled: relabelled,
                             moves: calendar.moves(labels, byRule: moves, before: before, after: relabelled.classifications ?? [], now: now))
    }

    /// Writes the labels' file, `0600`, making its directory when need be.
    public func write(_ labels: PendingLabels) throws {
        try PrivateFileOutput(path: labels.path, createsDirectory: true).write(bytes: Array(labels.text.utf8))
    }
}

/// Labels ready to write: the labels file's new text, and the calendar as they classify it.
public struct PendingLabels: Sendable {
    public let path: String
    let text: String
    /// How many earlier labels they replace.
    public let replaced: Int
    /// The calendar classified with the labels in their layer: the figures after.
    public let relabelled: LoadedCalendar
    /// What each label does, in the order given.
    public let moves: [LabelMove]
}

extension LoadedCalendar {
    /// What each label does: of the meetings the label's rule (`byRule`: a rule id, the label's
    /// index) decides once written, those whose outcome changes — a level, unclassified, or not
    /// meeting time — held before `now` or booked after.
    func moves(_ labels: [Label], byRule: [String: Int], before: [Classification], after: [Classification], now: Date) -> [LabelMove] {
        var moves = labels.map { LabelMove(name: $0.name, outcome: $0.choice == .exclude ? Self.notMeetingTime : $0.choice.description) }
        func outcome(_ instance: MeetingInstance, _ classification: Classification) -> String {
            MeetingTime.counts(instance, classification) ? classification.level ?? "unclassified" : Self.notMeetingTime
        }
        for (index, instance) in instances.enumerated() where after.indices.contains(index) {
            guard let rule = after[index].rule, let label = byRule[rule] else { continue }
            let was = outcome(instance, before[index])
            let becomes = outcome(instance, after[index])
            // An all-day or cancelled occurrence of a labelled series stays out of meeting time: the label does not touch it.
            if was == Self.notMeetingTime, becomes == Self.notMeetingTime { continue }
            let seconds = Int(instance.duration)
            moves[label].outcome = becomes
            moves[label].decided += 1
            moves[label].decidedSeconds += seconds
            guard was != becomes else { continue }
            moves[label].moved[was, default: 0] += 1
            moves[label].movedSeconds += seconds
            if instance.start < now { moves[label].movedHeld += 1 } else { moves[label].movedBooked += 1 }
        }
        return moves
    }

    static let notMeetingTime = "not meeting time"
}
