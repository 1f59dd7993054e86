import AltitudeModel
import Foundation

/// The rules compiled for one leader. Each distinct text (title, location, …) is
/// matched against the patterns once; each distinct combination of what the rules
/// look at (a series, or a title-and-attendees signature) is classified once.
public struct Classifier {
    public let ruleSet: RuleSet
    public let profile: LeaderProfile
    let program: Program
    /// Per field (in `TextField.allCases` order), mutated in place.
    var texts = [TextTable](repeating: TextTable(), count: TextField.allCases.count)
    private var people: [String: UInt8] = [:]
    private var decided: [Features: Int] = [:]
    /// People features per attendee list, keyed by the list's storage: every
    /// instance of a series shares one. Valid only while a batch keeps them alive.
    private var crowds: [CrowdKey: Crowd] = [:]

    private struct CrowdKey: Hashable {
        var storage: UInt
        var organizer: String?
    }

    private struct Crowd {
        var groups: UInt8
        var people: Int32
        var organizer: OrganizerKind
    }

    public init(rules: RuleSet, profile: LeaderProfile) {
        ruleSet = rules
        self.profile = profile
        program = Program(rules: rules, profile: profile)
    }

    /// Which rule decides this meeting, and what that makes it for this leader.
    public mutating func classify(_ instance: MeetingInstance) -> Classification {
        decide(features(of: instance))
    }

    /// How many distinct signatures have been classified (each only once).
    var signaturesClassified: Int { decided.count }

    /// Classifies every instance, in order.
    public mutating func classify(_ instances: [MeetingInstance]) -> [Classification] {
        defer { crowds.removeAll() }  // keyed by storage the batch keeps alive
        return instances.map { decide(features(of: $0, batched: true)) }
    }

    /// The first rule that holds for these features, found once per distinct signature.
    private mutating func decide(_ features: Features) -> Classification {
        if let index = decided[features] { return program.outcome(index) }
        let index = program.rules.firstIndex { evaluate($0.condition, features) } ?? -1
        decided[features] = index
        return program.outcome(index)
    }

    // MARK: - Features

    /// Everything the rules look at, reduced to small values: the key classification is remembered by.
    struct Features: Hashable {
        var title: Int32 = -1
        var description: Int32 = -1
        var location: Int32 = -1
        var calendar: Int32 = -1
        var categories: Int32 = -1
        /// One bit per group present (see `groupBit`), and the number of people.
        var groups: UInt8 = 0
        var people: Int32 = 1
        var organizer: OrganizerKind = .selfOrganized
        var seconds: Int32 = 0
        var recurring = false
        var allDay = false
        var transparent = false
        var outsideHours = false
        var weekday: Weekday = .monday
        var startMinute: Int16 = 0
        var response: OwnerResponse = .unknown
        var status: EventStatus = .confirmed
    }

    /// Distinct texts of one field, each with the patterns it matches.
    struct TextTable {
        var ids: [String: Int32] = [:]
        var matches: [[Bool]] = []
    }

    mutating func features(of instance: MeetingInstance, batched: Bool = false) -> Features {
        var features = Features()
        for field in program.textFields {
            features[field] = textID(field, text(of: instance, field))
        }
        if program.usesPeople {
            let crowd: Crowd
            if batched {
                let storage = instance.attendees.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
                let key = CrowdKey(storage: storage, organizer: instance.organizer?.email)
                if let known = crowds[key] {
                    crowd = known
                } else {
                    crowd = count(instance)
                    crowds[key] = crowd
                }
            } else {
                crowd = count(instance)
            }
            features.groups = crowd.groups
            features.people = crowd.people
            features.organizer = crowd.organizer
        }
        if program.usesTime {
            let zone = profile.timeZone
            let startWall = zone.wallSeconds(from: instance.start)
            let endWall = zone.wallSeconds(from: instance.end)
            features.weekday = Weekday(dayNumber: WallClock.dayNumber(startWall))
            features.startMinute = Int16(WallClock.secondOfDay(startWall) / 60)
            let hours = profile.workingHours
            let sameDay = WallClock.dayNumber(endWall - 1) == WallClock.dayNumber(startWall)
            let endMinute = WallClock.secondOfDay(endWall - 1) / 60 + 1
            features.outsideHours = !hours.days.contains(features.weekday) || Int(features.startMinute) < hours.start
                || !sameDay || endMinute > hours.end
        }
        features.seconds = Int32(clamping: Int(instance.duration))
        features.recurring = instance.isRecurring
        features.allDay = instance.isAllDay
        features.transparent = instance.transparency == .transparent
        features.response = instance.myResponse
        features.status = instance.status
        return features
    }

    private func text(of instance: MeetingInstance, _ field: TextField) -> String {
        switch field {
        case .title: instance.title
        case .description: instance.description
        case .location: instance.location
        case .calendar: instance.calendarName ?? ""
        case .categories: instance.categories.joined(separator: "\u{1F}")
        }
    }

    private mutating func textID(_ field: TextField, _ text: String) -> Int32 {
        let slot = field.slot
        if let id = texts[slot].ids[text] { return id }
        let patterns = program.patterns[field] ?? []
        let values = field == .categories ? text.split(separator: "\u{1F}").map(String.init) : [text]
        let matches = patterns.map { pattern in values.contains { pattern.matches($0) } }
        let id = Int32(texts[slot].matches.count)
        texts[slot].ids[text] = id
        texts[slot].matches.append(matches)
        return id
    }

    /// Who is there, by group, and how many (the leader counted once, listed or not;
    /// rooms and resources not at all).
    private mutating func count(_ instance: MeetingInstance) -> Crowd {
        var groups: UInt8 = 0
        var others = 0
        var emails: [String] = []
        var seen = Set<String>()
        let large = instance.attendees.count > 16
        func add(_ email: String) {
            guard !email.isEmpty else { return }
            // Duplicates are rare; a linear check is cheaper than a set for small meetings.
            if large { guard seen.insert(email).inserted else { return } } else {
                guard !emails.contains(email) else { return }
                emails.append(email)
            }
            let bit = group(of: email)
            if bit != Self.groupBit(.selfGroup) {
                groups |= bit
                others += 1
            }
        }
        for attendee in instance.attendees where attendee.kind != .room && attendee.kind != .resource {
            add(attendee.email)
        }
        var organizer = OrganizerKind.selfOrganized
        if let email = instance.organizer?.email {
            add(email)
            let bit = group(of: email)
            organizer = bit == Self.groupBit(.selfGroup) ? .selfOrganized : bit == Self.groupBit(.external) ? .external : .inOrganization
        }
        return Crowd(groups: groups, people: Int32(others + 1), organizer: organizer)
    }

    private mutating func group(of email: String) -> UInt8 {
        if let bit = people[email] { return bit }
        let bit = Self.groupBit(profile.group(of: email))
        people[email] = bit
        return bit
    }

    static func groupBit(_ group: PersonGroup) -> UInt8 {
        switch group {
        case .selfGroup: 1
        case .directs: 2
        case .manager: 4
        case .peers: 8
        case .others: 16
        case .external: 32
        case .organization: 2 | 4 | 8 | 16
        }
    }

    static func groupMask(_ groups: Set<PersonGroup>) -> UInt8 {
        groups.reduce(0) { $0 | groupBit($1) }
    }

    // MARK: - Evaluation

    /// Whether a condition holds: the one place each kind of condition is defined.
    func evaluate(_ condition: CompiledCondition, _ features: Features) -> Bool {
        switch condition {
        case .all(let parts): return parts.allSatisfy { evaluate($0, features) }
        case .any(let parts): return parts.contains { evaluate($0, features) }
        case .not(let inner): return !evaluate(inner, features)
        case .text(let field, let indices):
            let id = Int(features[field])
            guard id >= 0 else { return false }
            let row = texts[field.slot].matches[id]
            return indices.contains { row[$0] }
        case .attendees(let low, let high): return Int(features.people) >= (low ?? 0) && Int(features.people) <= (high ?? .max)
        case .with(let mask): return features.groups & mask != 0
        case .onlyWith(let mask): return features.groups != 0 && features.groups & ~mask == 0
        case .without(let mask): return features.groups & mask == 0
        case .onlySelf(let wanted): return (features.groups == 0) == wanted
        case .organizer(let kinds): return kinds.contains(features.organizer)
        case .duration(let low, let high): return Int(features.seconds) >= (low ?? 0) && Int(features.seconds) <= (high ?? .max)
        case .recurring(let wanted): return features.recurring == wanted
        case .weekday(let days): return days.contains(features.weekday)
        case .startTime(let from, let to): return Int(features.startMinute) >= from && Int(features.startMinute) < to
        case .outsideWorkingHours(let wanted): return features.outsideHours == wanted
        case .allDay(let wanted): return features.allDay == wanted
        case .transparency(let value): return features.transparent == (value == .transparent)
        case .response(let values): return values.contains(features.response)
        case .status(let values): return values.contains(features.status)
        }
    }
}

extension TextField {
    /// Position in `allCases`, for per-field arrays.
    var slot: Int {
        switch self {
        case .title: 0
        case .description: 1
        case .location: 2
        case .calendar: 3
        case .categories: 4
        }
    }
}

extension Classifier.Features {
    subscript(field: TextField) -> Int32 {
        get {
            switch field {
            case .title: title
            case .description: description
            case .location: location
            case .calendar: calendar
            case .categories: categories
            }
        }
        set {
            switch field {
            case .title: title = newValue
            case .description: description = newValue
            case .location: location = newValue
            case .calendar: calendar = newValue
            case .categories: categories = newValue
            }
        }
    }
}

/// A condition with its patterns replaced by positions in per-field tables and
/// its groups by bit masks.
indirect enum CompiledCondition: Sendable {
    case all([CompiledCondition])
    case any([CompiledCondition])
    case not(CompiledCondition)
    case text(TextField, [Int])
    case attendees(Int?, Int?)
    case with(UInt8)
    case onlyWith(UInt8)
    case without(UInt8)
    case onlySelf(Bool)
    case organizer(Set<OrganizerKind>)
    case duration(Int?, Int?)
    case recurring(Bool)
    case weekday(Set<Weekday>)
    case startTime(Int, Int)
    case outsideWorkingHours(Bool)
    case allDay(Bool)
    case transparency(Transparency)
    case response(Set<OwnerResponse>)
    case status(Set<EventStatus>)
}

/// The rule set compiled for one leader: conditions, pattern tables, and each
/// rule's outcome already turned into a level and a relation.
struct Program: Sendable {
    struct CompiledRule: Sendable {
        var condition: CompiledCondition
        var outcome: Classification
    }

    var rules: [CompiledRule] = []
    var patterns: [TextField: [TextPattern]] = [:]
    var textFields: [TextField] = []
    var usesPeople = false
    var usesTime = false

    init(rules ruleSet: RuleSet, profile: LeaderProfile) {
        let leaderIndex = ruleSet.ladder.index(of: profile.level) ?? 0
        for rule in ruleSet.rules {
            let condition = compile(rule.when)
            let outcome: Classification
            switch rule.outcome {
            case .exclude:
                outcome = Classification(relation: .excluded, category: rule.category, rule: rule.id)
            case .level(let spec):
                let index = spec.resolve(on: ruleSet.ladder, leaderIndex: leaderIndex)
                let relation: Relation = index < leaderIndex ? .below : index == leaderIndex ? .at : .above
                outcome = Classification(relation: relation, level: ruleSet.ladder.levels[index].name, category: rule.category, rule: rule.id)
            }
            rules.append(CompiledRule(condition: condition, outcome: outcome))
        }
        textFields = TextField.allCases.filter { patterns[$0] != nil }
    }

    func outcome(_ index: Int) -> Classification {
        index >= 0 ? rules[index].outcome : .unclassified
    }

    private mutating func compile(_ condition: Condition) -> CompiledCondition {
        switch condition {
        case .all(let parts): return .all(parts.map { compile($0) })
        case .any(let parts): return .any(parts.map { compile($0) })
        case .not(let inner): return .not(compile(inner))
        case .text(let field, let list):
            var table = patterns[field] ?? []
            let indices = list.map { pattern -> Int in
                if let index = table.firstIndex(of: pattern) { return index }
                table.append(pattern)
                return table.count - 1
            }
            patterns[field] = table
            return .text(field, indices)
        case .attendees(let low, let high):
            usesPeople = true
            return .attendees(low, high)
        case .with(let groups):
            usesPeople = true
            return .with(Classifier.groupMask(groups))
        case .onlyWith(let groups):
            usesPeople = true
            return .onlyWith(Classifier.groupMask(groups))
        case .without(let groups):
            usesPeople = true
            return .without(Classifier.groupMask(groups))
        case .onlySelf(let wanted):
            usesPeople = true
            return .onlySelf(wanted)
        case .organizer(let kinds):
            usesPeople = true
            return .organizer(kinds)
        case .duration(let low, let high): return .duration(low, high)
        case .recurring(let wanted): return .recurring(wanted)
        case .weekday(let days):
            usesTime = true
            return .weekday(days)
        case .startTime(let from, let to):
            usesTime = true
            return .startTime(from, to)
        case .outsideWorkingHours(let wanted):
            usesTime = true
            return .outsideWorkingHours(wanted)
        case .allDay(let wanted): return .allDay(wanted)
        case .transparency(let value): return .transparency(value)
        case .response(let values): return .response(values)
        case .status(let values): return .status(values)
        }
    }
}
