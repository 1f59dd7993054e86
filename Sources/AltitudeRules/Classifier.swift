import AltitudeModel
import Foundation

/// The rules compiled for one leader. Each distinct text (title, location, …) is
/// matched against the patterns once; each distinct combination of what the rules
/// look at (a series, or a title-and-attendees signature) is classified once.
public struct Classifier: Sendable {
    public let ruleSet: RuleSet
    public let profile: LeaderProfile
    let program: Program
    /// Per field (in `TextField.allCases` order), mutated in place.
    var texts = [TextTable](repeating: TextTable(), count: TextField.allCases.count)
    /// Everyone met so far, by address: their position in `groups`.
    private var people: [String: Int32] = [:]
    /// The same, by the identity of the string holding the address (see `StringIdentity`):
    /// the importer shares one string per address, so this is the lookup that
    /// usually answers. Valid only while a batch keeps the strings alive.
    private var peopleByIdentity = IdentityTable()
    /// Each person's group bit (see `groupBit`), and the last meeting they were counted in.
    private var groups: [UInt8] = []
    private var seen: [UInt32] = []
    private var stamp: UInt32 = 0
    private var decided: [Features: Int] = [:]
    /// Text IDs by the identity of the string that holds the text, as for people.
    private var textsByIdentity = [IdentityTable](repeating: IdentityTable(), count: TextField.allCases.count)

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


    /// Classifies every instance, in order, on all cores: each slice gets its own
    /// copy of the classifier and its caches. Workers record only the deciding
    /// rule's position; the results are built afterwards on one thread, so the
    /// workers never contend for the reference counts of the shared result strings.
    public func classify(_ instances: [MeetingInstance],
                         parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Classification] {
        let workers = max(1, min(parallelism, instances.count / 2048))
        var decisions = [Int32](repeating: -1, count: instances.count)
        var prepared = self
        decisions.withUnsafeMutableBufferPointer { buffer in
            let slots = WorkerShared(buffer)
            // Through a buffer pointer each instance is borrowed, not copied (and retained) per read.
            instances.withUnsafeBufferPointer { buffer in
                prepared.matchTexts(of: buffer, workers: workers)
                let start = prepared
                let instances = WorkerShared(buffer)
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    var classifier = start
                    let count = instances.buffer.count
                    for index in (count * worker / workers)..<(count * (worker + 1) / workers) {
                        slots.buffer[index] = Int32(classifier.decision(classifier.features(of: instances.buffer[index], batched: true)))
                    }
                }
            }
        }
        return decisions.map { program.outcome(Int($0)) }
    }

    /// A buffer the workers share: each writes only its own indices, and all of
    /// them are done before the buffer's owner returns.
    private struct WorkerShared<Buffer>: @unchecked Sendable {
        let buffer: Buffer
        init(_ buffer: Buffer) { self.buffer = buffer }
    }

    /// The first rule that holds for these features, found once per distinct signature.
    private mutating func decide(_ features: Features) -> Classification {
        program.outcome(decision(features))
    }

    /// The first rule that holds for these features and how (`Program.decision`; -1:
    /// none), found once per distinct signature.
    private mutating func decision(_ features: Features) -> Int {
        if let decision = decided[features] { return decision }
        let found = program.rules.firstIndex { evaluate($0.condition, features) }.map { decision(rule: $0, features) } ?? -1
        decided[features] = found
        return found
    }

    /// How the rule at `index`, which holds, decided: by the topic, or only by who was there.
    func decision(rule index: Int, _ features: Features) -> Int {
        let rule = program.rules[index]
        return Program.decision(rule: index, byTopic: rule.topics.contains { $0.condition.holds(features, texts: texts) })
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

        /// The numbers and flags packed into four words: one pass of the hasher
        /// instead of one per field. (The enums are left to `==`.)
        func hash(into hasher: inout Hasher) {
            func word(_ low: Int32, _ high: Int32) -> UInt64 { UInt64(UInt32(bitPattern: low)) | UInt64(UInt32(bitPattern: high)) << 32 }
            let flags = (recurring ? 1 : 0) | (allDay ? 2 : 0) | (transparent ? 4 : 0) | (outsideHours ? 8 : 0)
            hasher.combine(word(title, description))
            hasher.combine(word(location, calendar))
            hasher.combine(word(categories, people))
            hasher.combine(word(seconds, Int32(startMinute) | Int32(groups) << 16 | Int32(flags) << 24 | Int32(weekday.rawValue) << 28))
        }
    }

    /// Distinct texts of one field, each with the patterns it matches.
    struct TextTable {
        var ids: [String: Int32] = [:]
        var matches: [[Bool]] = []
    }

    mutating func features(of instance: MeetingInstance, batched: Bool = false) -> Features {
        var features = Features()
        for field in program.textFields {
            let text = text(of: instance, field)
            // A batch registered its texts by identity first (`matchTexts`).
            if batched, field != .categories, let id = textsByIdentity[field.slot].value(for: StringIdentity(text)) {
                features[field] = id
            } else {
                features[field] = textID(field, text)
            }
        }
        if program.needs.contains(.people) {
            let crowd = count(instance, batched: batched)
            features.groups = crowd.groups
            features.people = crowd.people
            features.organizer = crowd.organizer
        }
        if program.needs.contains(.time) {
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
        let id = Int32(texts[slot].matches.count)
        texts[slot].ids[text] = id
        texts[slot].matches.append(matchRow(field, text))
        return id
    }

    /// Which of the field's patterns the text matches (categories: any one of them).
    private func matchRow(_ field: TextField, _ text: String) -> [Bool] {
        let patterns = program.patterns[field] ?? []
        let values = field == .categories ? text.split(separator: "\u{1F}").map(String.init) : [text]
        let lowered = values.map { $0.allSatisfy(\.isASCII) ? $0.lowercased() : nil }
        return patterns.map { pattern in values.indices.contains { pattern.matches(values[$0], lowered: lowered[$0]) } }
    }

    /// Registers every distinct text of a batch and matches them before the
    /// instances are shared out, the texts spread over the workers: each text is
    /// matched once, not once per worker, and the workers only read the tables.
    private mutating func matchTexts(of instances: UnsafeBufferPointer<MeetingInstance>, workers: Int) {
        var pending: [(field: TextField, text: String, id: Int32)] = []
        for instance in instances {
            for field in program.textFields {
                let text = text(of: instance, field)
                let slot = field.slot
                let identity = StringIdentity(text)
                if field != .categories, textsByIdentity[slot].value(for: identity) != nil { continue }
                let id: Int32
                if let known = texts[slot].ids[text] {
                    id = known
                } else {
                    id = Int32(texts[slot].matches.count)
                    texts[slot].ids[text] = id
                    texts[slot].matches.append([])
                    pending.append((field, text, id))
                }
                if field != .categories { textsByIdentity[slot].insert(id, for: identity) }
            }
        }
        var rows = [[Bool]](repeating: [], count: pending.count)
        let matcher = self
        rows.withUnsafeMutableBufferPointer { buffer in
            let slots = WorkerShared(buffer)
            let work = WorkerShared(pending)
            let parts = min(workers, max(1, pending.count))
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let count = work.buffer.count
                for index in (count * part / parts)..<(count * (part + 1) / parts) {
                    slots.buffer[index] = matcher.matchRow(work.buffer[index].field, work.buffer[index].text)
                }
            }
        }
        for (index, item) in pending.enumerated() { texts[item.field.slot].matches[Int(item.id)] = rows[index] }
    }

    /// Who is there, by group, and how many (the leader counted once, listed or not;
    /// rooms, resources and those who declined not at all), and who organised it.
    private mutating func count(_ instance: MeetingInstance, batched: Bool) -> Crowd {
        // A person already stamped with this meeting's stamp is listed twice.
        stamp &+= 1
        var crowd = Crowd(groups: 0, people: 1, organizer: .selfOrganized)
        func add(_ email: String) -> UInt8? {
            guard !email.isEmpty else { return nil }
            let person = Int(person(email, batched: batched))
            let bit = groups[person]
            guard seen[person] != stamp else { return bit }
            seen[person] = stamp
            if bit != Self.groupBit(.selfGroup) {
                crowd.groups |= bit
                crowd.people += 1
            }
            return bit
        }
        for attendee in instance.attendees where attendee.isPresent {
            _ = add(attendee.email)
        }
        if let email = instance.organizer?.email, let bit = add(email) {
            crowd.organizer = bit == Self.groupBit(.selfGroup) ? .selfOrganized : bit == Self.groupBit(.external) ? .external : .inOrganization
        }
        return crowd
    }

    /// The person's position in `groups`, their group found once.
    private mutating func person(_ email: String, batched: Bool) -> Int32 {
        let identity = StringIdentity(email)
        if batched, let index = peopleByIdentity.value(for: identity) { return index }
        let index: Int32
        if let known = people[email] {
            index = known
        } else {
            index = Int32(groups.count)
            groups.append(Self.groupBit(profile.group(of: email)))
            seen.append(0)
            people[email] = index
        }
        if batched { peopleByIdentity.insert(index, for: identity) }
        return index
    }

    /// A person's bit: one per group a person can be placed in. (`organization` is
    /// only ever a selection, so it has no bit of its own.)
    static func groupBit(_ group: PersonGroup) -> UInt8 {
        switch group {
        case .selfGroup: 1
        case .directs: 2
        case .manager: 4
        case .peers: 8
        case .others: 16
        case .external: 32
        case .deeper: 64
        case .elsewhere: 128
        case .organization: 0
        }
    }

    /// The bits a selection of groups covers: `others` is every colleague who is not a
    /// direct, the manager or a peer, placed by an org chart or not; `organization`
    /// everyone in the company.
    static func groupMask(_ groups: Set<PersonGroup>) -> UInt8 {
        groups.reduce(0) { mask, group in
            switch group {
            case .others: mask | groupBit(.others) | groupBit(.deeper) | groupBit(.elsewhere)
            case .organization: mask | ~(groupBit(.selfGroup) | groupBit(.external))
            default: mask | groupBit(group)
            }
        }
    }

    // MARK: - Evaluation

    /// Whether a compiled condition (`Program.rules`) holds: the combinators here,
    /// each kind in its own type.
    func evaluate(_ condition: Condition, _ features: Features) -> Bool {
        switch condition {
        case .all(let parts): parts.allSatisfy { evaluate($0, features) }
        case .any(let parts): parts.contains { evaluate($0, features) }
        case .not(let inner): !evaluate(inner, features)
        case .leaf(let leaf): leaf.condition.holds(features, texts: texts)
        }
    }
}

/// A string's representation, as bits: equal bits are the same text (the same
/// storage, or the same small string held inline); equal texts may differ.
struct StringIdentity {
    fileprivate var words: (UInt64, UInt64)

    init(_ string: String) { words = unsafeBitCast(string, to: (UInt64, UInt64).self) }
}

/// Small integers by string identity, by open addressing. The classifier looks
/// one up for every title and attendee of every instance; a multiplicative hash of
/// 16 bytes costs a fraction of `Dictionary`'s seeded SipHash.
struct IdentityTable {
    private var first: [UInt64] = []
    private var second: [UInt64] = []
    /// -1 marks an empty slot.
    private var values: [Int32] = []
    private var count = 0

    func value(for key: StringIdentity) -> Int32? {
        guard !values.isEmpty else { return nil }
        var slot = home(key)
        while values[slot] >= 0 {
            if first[slot] == key.words.0 && second[slot] == key.words.1 { return values[slot] }
            slot = (slot + 1) & (values.count - 1)
        }
        return nil
    }

    /// Adds a key the table does not hold.
    mutating func insert(_ value: Int32, for key: StringIdentity) {
        if (count + 1) * 2 > values.count { grow() }
        var slot = home(key)
        while values[slot] >= 0 { slot = (slot + 1) & (values.count - 1) }
        first[slot] = key.words.0
        second[slot] = key.words.1
        values[slot] = value
        count += 1
    }

    private func home(_ key: StringIdentity) -> Int {
        let mixed = (key.words.0 &* 0x9E37_79B9_7F4A_7C15) ^ (key.words.1 &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed >> 32) & (values.count - 1)
    }

    private mutating func grow() {
        let old = (first, second, values)
        let capacity = max(64, values.count * 2)
        first = Array(repeating: 0, count: capacity)
        second = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        count = 0
        for slot in old.2.indices where old.2[slot] >= 0 {
            insert(old.2[slot], for: StringIdentity(words: (old.0[slot], old.1[slot])))
        }
    }
}

extension StringIdentity {
    fileprivate init(words: (UInt64, UInt64)) { self.words = words }
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

/// The rule set compiled for one leader: conditions, pattern tables, and each
/// rule's outcome already turned into a level and a relation.
struct Program: Sendable {
    struct CompiledRule: Sendable {
        /// The rule's condition, each kind compiled (`ConditionKind.compiled(in:)`).
        var condition: Condition
        /// Without its evidence: that depends on which part of the condition held.
        var outcome: Classification
        /// The text conditions it asks for (not those it rules out): when one of them
        /// holds, what the meeting is about decided, not only who was there.
        var topics: [Condition.Leaf]
    }

    var rules: [CompiledRule] = []
    /// Per field, every pattern the rules use, each once: a text's matches are a row of booleans.
    var patterns: [TextField: [TextPattern]] = [:]
    /// Where each pattern sits in `patterns`, by field and source: a table lookup, not a
    /// search of a thousand patterns for each one added when every pack is on.
    var patternSlots: [TextField: [String: Int]] = [:]
    /// The fields some rule matches, the only texts `features(of:)` reads.
    var textFields: [TextField] = []
    var needs: FeatureNeeds = []

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
            var compiled = CompiledRule(condition: condition, outcome: outcome, topics: Self.topics(in: condition))
            if compiled.outcome.relation != .excluded { compiled.outcome.evidence = rule.isLabel ? .label : rule.declaredEvidence }
            rules.append(compiled)
        }
        textFields = TextField.allCases.filter { patterns[$0] != nil }
    }

    /// A decision packed in one integer, as the workers record it: the rule's
    /// position, and whether its topic decided (-1: no rule held).
    static func decision(rule index: Int, byTopic: Bool) -> Int { index * 2 + (byTopic ? 0 : 1) }

    private static func topics(in condition: Condition, negated: Bool = false) -> [Condition.Leaf] {
        switch condition {
        case .all(let parts), .any(let parts): parts.flatMap { topics(in: $0, negated: negated) }
        case .not(let inner): topics(in: inner, negated: !negated)
        case .leaf(let leaf): !negated && leaf.condition is TextCondition ? [leaf] : []
        }
    }

    func outcome(_ decision: Int) -> Classification {
        guard decision >= 0 else { return .unclassified }
        var outcome = rules[decision / 2].outcome
        if outcome.relation != .excluded, outcome.evidence == nil { outcome.evidence = decision % 2 == 0 ? .topic : .structure }
        return outcome
    }


    private mutating func compile(_ condition: Condition) -> Condition {
        switch condition {
        case .all(let parts): return .all(parts.map { compile($0) })
        case .any(let parts): return .any(parts.map { compile($0) })
        case .not(let inner): return .not(compile(inner))
        case .leaf(let leaf):
            needs.formUnion(type(of: leaf.condition).needs)
            return .leaf(Condition.Leaf(condition: leaf.condition.compiled(in: &self)))
        }
    }
}
