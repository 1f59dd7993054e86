import AltitudeModel
import Foundation

// What the classifier reads off a meeting: its features, the texts matched against
// the patterns, and who is there, by group.
extension Classifier {
    /// Everything the rules look at, reduced to small values: the key classification is remembered by.
    struct Features: Hashable {
        var title: Int32 = -1
        var description: Int32 = -1
        var location: Int32 = -1
        var calendar: Int32 = -1
        var categories: Int32 = -1
        /// The series' position among those the rules name (`Program.seriesSlots`); -1 for
        /// every other series, so those share their signatures as when no rule names one.
        var series: Int32 = -1
        /// One bit per group present (see `groupBit`), and the number of people.
        var groups: UInt8 = 0
        var people: Int32 = 1
        var organizer: OrganizerKind = .selfOrganized
        var seconds: Int32 = 0
        var recurring = false
        var frequency: RecurrenceFrequency?
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
            // The series is folded into a word: a rule set without series leaves it -1 (and the hash as it was).
            hasher.combine(word(title, description ^ ((series &+ 1) &* 0x045D_9F3B)))
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
        if program.needs.contains(.series) {
            features.series = program.seriesSlots[instance.seriesID] ?? -1
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
        features.frequency = instance.recurrenceFrequency
        features.allDay = instance.isAllDay
        features.transparent = instance.transparency == .transparent
        features.response = instance.myResponse
        features.status = instance.status
        return features
    }

    func text(of instance: MeetingInstance, _ field: TextField) -> String {
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
    func matchRow(_ field: TextField, _ text: String) -> [Bool] {
        let patterns = program.patterns[field] ?? []
        let values = field == .categories ? text.split(separator: "\u{1F}").map(String.init) : [text]
        var row = [Bool](repeating: false, count: patterns.count)
        // Each value lower-cased once for all the patterns, which are borrowed, not copied, one by one.
        patterns.withUnsafeBufferPointer { patterns in
            for value in values {
                let lowered = RequiredText.lowered(value)
                for slot in patterns.indices where !row[slot] { row[slot] = patterns[slot].matches(value, lowered: lowered) }
            }
        }
        return row
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
