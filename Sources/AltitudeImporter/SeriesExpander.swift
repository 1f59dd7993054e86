import AltitudeModel
import Foundation

/// Where a record sits among a file's parsed chunks.
struct RecordReference: Hashable, Comparable, Sendable {
    var chunk: Int
    var index: Int

    static func < (lhs: RecordReference, rhs: RecordReference) -> Bool { (lhs.chunk, lhs.index) < (rhs.chunk, rhs.index) }
}

/// Everything one UID says in one file: the master and its overrides, in file order.
struct Series: Sendable {
    /// The UID, or for an event without one, an id made from its contents.
    var id: String
    var master: RecordReference?
    var overrides: [RecordReference]
}

/// The window instances must overlap, in UTC seconds, end exclusive.
struct InstantWindow: Sendable {
    var start: Int64
    var end: Int64

    /// Half-open overlap; an instant event counts when it sits inside the window.
    func overlaps(start instanceStart: Int64, end instanceEnd: Int64) -> Bool {
        if instanceEnd <= instanceStart { return instanceStart >= start && instanceStart < end }
        return instanceStart < end && instanceEnd > start
    }
}

/// Expands series into meeting instances (RFC 5545 §3.8.5): DTSTART, every RRULE
/// and RDATE, less EXDATE and EXRULE, with RECURRENCE-ID overrides (including
/// RANGE=THISANDFUTURE) put in place of the occurrences they replace.
struct SeriesExpander {
    struct Context: Sendable {
        var file: String
        var window: InstantWindow
        var displayZone: ZoneRules
        var owner: OwnerIdentity
        var calendarNames: [String?]
        var seriesCap: Int
    }

    let context: Context
    var resolver: ZoneResolver
    private(set) var diagnostics: [Diagnostic] = []

    init(context: Context, resolver: ZoneResolver) {
        self.context = context
        self.resolver = resolver
    }

    // MARK: - Time resolution

    /// A start resolved to its zone: wall time in a zone, or a calendar day.
    enum Anchor {
        case timed(wall: Int64, zone: ZoneRules)
        case allDay(day: Int)

        var utc: Int64? {
            if case .timed(let wall, let zone) = self { return zone.utcSeconds(fromWall: wall) }
            return nil
        }
    }

    /// Reads a value in its zone. UTC and floating values in a calendar that names
    /// X-WR-TIMEZONE are read in that zone, as Google and Apple mean them.
    mutating func anchor(_ value: CalendarDateTime, record: EventRecord) -> Anchor {
        if value.isDate { return .allDay(day: WallClock.dayNumber(value.wall)) }
        let calendarZone = resolver.calendars[record.calendarIndex].calendarZone
        switch value.zone {
        case .utc:
            guard let calendarZone else { return .timed(wall: value.wall, zone: .utc) }
            return .timed(wall: calendarZone.wallSeconds(fromUTC: value.wall), zone: calendarZone)
        case .floating:
            return .timed(wall: value.wall, zone: resolver.floatingZone(calendar: record.calendarIndex))
        case .named(let tzid):
            let zone = resolver.zone(named: tzid, calendar: record.calendarIndex, line: record.line, uid: record.uid)
            return .timed(wall: value.wall, zone: zone)
        }
    }

    /// The UTC instant of a value (a DATE is its midnight in `zone`).
    private mutating func utc(_ value: CalendarDateTime, record: EventRecord, dateZone: ZoneRules) -> Int64 {
        switch anchor(value, record: record) {
        case .timed(let wall, let zone): zone.utcSeconds(fromWall: wall)
        case .allDay(let day): dateZone.utcSeconds(fromWall: Int64(day) * WallClock.secondsPerDay)
        }
    }

    // MARK: - Shapes of an event

    /// How long each occurrence lasts (RFC 5545 §3.8.5.3: DTEND gives an exact
    /// duration, DURATION a nominal one).
    enum Length {
        case exact(seconds: Int64)
        case nominal(NominalDuration)
        case days(Int)
    }

    /// The timing of one record: where it starts and how long it lasts.
    struct Timing {
        var start: Anchor
        var length: Length
    }

    /// A record's start and length. The sanitizer has already made sure there is a
    /// start and that DTEND is not before it.
    mutating func timing(of record: EventRecord) -> Timing? {
        guard let startValue = record.start ?? record.recurrenceID else { return nil }
        let start = anchor(startValue, record: record)
        switch start {
        case .allDay(let day):
            if let end = record.end {
                if end.isDate { return Timing(start: start, length: .days(max(0, WallClock.dayNumber(end.wall) - day))) }
                // DATE start with a DATE-TIME end: a timed span from local midnight.
                let zone = resolver.floatingZone(calendar: record.calendarIndex)
                let startWall = Int64(day) * WallClock.secondsPerDay
                let endUTC = utc(end, record: record, dateZone: zone)
                return Timing(start: .timed(wall: startWall, zone: zone),
                              length: .exact(seconds: max(0, endUTC - zone.utcSeconds(fromWall: startWall))))
            }
            if let duration = record.duration {
                guard duration.seconds != 0 else { return Timing(start: start, length: .days(max(duration.days, 0))) }
                // DATE start with hours in its DURATION: a timed span from local midnight.
                let zone = resolver.floatingZone(calendar: record.calendarIndex)
                return Timing(start: .timed(wall: Int64(day) * WallClock.secondsPerDay, zone: zone), length: .nominal(duration))
            }
            return Timing(start: start, length: .days(1))
        case .timed(_, let zone):
            if let end = record.end {
                let endUTC = utc(end, record: record, dateZone: zone)
                return Timing(start: start, length: .exact(seconds: max(0, endUTC - start.utc!)))
            }
            if let duration = record.duration { return Timing(start: start, length: .nominal(duration)) }
            return Timing(start: start, length: .exact(seconds: 0))
        }
    }

    // MARK: - Occurrences

    /// One occurrence before overrides: its key (UTC start, or the day for all-day
    /// series) and, for an RDATE period, its own end.
    struct Occurrence {
        var key: Int64
        var explicitEnd: Int64?
    }

    /// A master's occurrences, and what an override that matches none of them needs
    /// to know: which keys EXDATE or EXRULE removed, and where the series ends.
    struct OccurrenceSet {
        var occurrences: [Occurrence]
        var removed: Set<Int64>
        /// The last key the rules produce, when every rule ended (COUNT or UNTIL) inside the expansion.
        var lastKey: Int64?
    }

    /// Expands a series into instances that overlap the window.
    mutating func instances(of series: Series, in records: [[EventRecord]]) -> [MeetingInstance] {
        var output: [MeetingInstance] = []
        let seriesOverrides = series.overrides.map { records[$0.chunk][$0.index] }
        guard let reference = series.master, case let master = records[reference.chunk][reference.index],
              let timing = timing(of: master)
        else {
            // Overrides with no master: each stands alone (RFC 5545 lets a client see only these).
            for override in seriesOverrides {
                if let instance = standalone(override, series: series.id, recurrence: .series(nil)) { output.append(instance) }
            }
            return output
        }
        if !master.isRecurring && seriesOverrides.isEmpty {
            if let instance = standalone(master, series: series.id, recurrence: .oneOff) { output.append(instance) }
            return output
        }

        let expansion = occurrences(of: master, timing: timing, displacement: maximumDisplacement(seriesOverrides))
        let occurrences = expansion.occurrences
        var overrides: [Int64: EventRecord] = [:]
        for override in seriesOverrides {
            guard let recurrenceID = override.recurrenceID, let key = key(of: recurrenceID, record: override, timing: timing) else {
                continue
            }
            // One occurrence named two ways (in UTC and with a TZID): the same rule as for identical spellings.
            if let existing = overrides[key], SeriesGrouping.precedes(override, existing) { continue }
            overrides[key] = override
        }
        let futureOverrides = overrides.filter { $0.value.recurrenceIDRangeThisAndFuture }
            .map { (key: $0.key, record: $0.value) }.sorted { $0.key < $1.key }
        var unmatched = overrides

        let isRecurring = master.isRecurring || !seriesOverrides.isEmpty
        let recurrence = Recurrence.series(master.recurrenceFrequency)
        for occurrence in occurrences {
            let recurrenceID = isRecurring ? recurrenceIDText(occurrence.key, timing: timing) : nil
            if let override = unmatched.removeValue(forKey: occurrence.key) {
                if let instance = standalone(override, series: series.id, recurrence: recurrence, recurrenceID: recurrenceID) {
                    output.append(instance)
                }
                continue
            }
            if let future = futureOverrides.last(where: { $0.key < occurrence.key }),
               let futureTiming = self.timing(of: future.record), let futureStart = futureTiming.start.utc,
               case .timed = timing.start {
                // RANGE=THISANDFUTURE: later occurrences move by the same amount and
                // take the override's length and details.
                let start = occurrence.key + (futureStart - future.key)
                let end = end(of: start, length: futureTiming.length, zone: zone(of: futureTiming))
                if context.window.overlaps(start: start, end: end) {
                    output.append(instance(future.record, series: series.id, start: start, end: end, allDay: nil,
                                           recurrence: recurrence, recurrenceID: recurrenceID))
                }
                continue
            }
            if let instance = masterInstance(master, series: series.id, timing: timing, occurrence: occurrence,
                                             recurrence: recurrence, recurrenceID: recurrenceID) {
                output.append(instance)
            }
        }
        // An override whose RECURRENCE-ID the series never produces (moved from a time the
        // rule does not have, or left behind when the master's rule changed) is still a
        // meeting on the calendar: RFC 5545 makes it an instance at its own DTSTART.
        // Two kinds are deletions instead, as Google and Outlook write them: the master
        // removes that occurrence with EXDATE, or the series was cut short (UNTIL or
        // COUNT) before it ("delete this and following").
        for (key, override) in unmatched.sorted(by: { $0.key < $1.key }) {
            let text = recurrenceIDText(key, timing: timing)
            let deletedBy: String? = expansion.removed.contains(key) ? "EXDATE removes that occurrence"
                : expansion.lastKey.map { key > $0 } == true ? "the series ends before it" : nil
            if let deletedBy {
                if standalone(override, series: series.id, recurrence: recurrence, recurrenceID: text) != nil {
                    diagnostics.append(Diagnostic(.warning, file: context.file, line: override.line, uid: override.uid,
                                                  message: "RECURRENCE-ID \(text) overrides a deleted occurrence (\(deletedBy)): not listed"))
                }
                continue
            }
            guard let instance = standalone(override, series: series.id, recurrence: recurrence, recurrenceID: text) else { continue }
            output.append(instance)
            diagnostics.append(Diagnostic(
                .warning, file: context.file, line: override.line, uid: override.uid,
                message: "RECURRENCE-ID \(text) is not an occurrence of the series: listed at its own DTSTART"))
        }
        return output
    }

    private mutating func occurrences(of master: EventRecord, timing: Timing, displacement: Int64) -> OccurrenceSet {
        let margin = longestLength(timing.length) + displacement + 2 * WallClock.secondsPerDay
        var keys: [Int64: Int64?] = [:]
        var generated = Set<Int64>()
        var capped = false
        var allRulesEnded = true
        switch timing.start {
        case .timed(let startWall, let zone):
            let lower = zone.wallSeconds(fromUTC: context.window.start) - margin
            let upper = zone.wallSeconds(fromUTC: context.window.end) + margin
            keys[zone.utcSeconds(fromWall: startWall)] = .some(nil)
            for rule in master.rules {
                let result = RecurrenceExpander(rule: rule, start: startWall, isDate: false)
                    .expand(until: untilWall(rule, zone: zone, startIsDate: false), lowerBound: lower, upperBound: upper,
                            limit: context.seriesCap)
                capped = capped || result.stop == .capped
                allRulesEnded = allRulesEnded && result.stop == .ruleEnded
                for wall in result.occurrences { keys[zone.utcSeconds(fromWall: wall)] = .some(nil) }
            }
            for date in master.recurrenceDates {
                let (start, end) = recurrenceDateSpan(date, record: master, zone: zone, startWall: startWall)
                keys[start] = .some(end)
            }
            var excluded = Set<Int64>()
            var excludedDays = Set<Int>()
            for date in master.exceptionDates {
                if date.isDate { excludedDays.insert(WallClock.dayNumber(date.wall)) } else { excluded.insert(utc(date, record: master, dateZone: zone)) }
            }
            for rule in master.exceptionRules {
                let walls = RecurrenceExpander(rule: rule, start: startWall, isDate: false)
                    .expand(until: untilWall(rule, zone: zone, startIsDate: false), lowerBound: lower, upperBound: upper,
                            limit: context.seriesCap).occurrences
                for wall in walls { excluded.insert(zone.utcSeconds(fromWall: wall)) }
            }
            generated = Set(keys.keys)
            keys = keys.filter { key, _ in
                !excluded.contains(key)
                    && (excludedDays.isEmpty || !excludedDays.contains(WallClock.dayNumber(zone.wallSeconds(fromUTC: key))))
            }
        case .allDay(let startDay):
            let zone = context.displayZone
            let lower = zone.wallSeconds(fromUTC: context.window.start) - margin
            let upper = zone.wallSeconds(fromUTC: context.window.end) + margin
            let startWall = Int64(startDay) * WallClock.secondsPerDay
            keys[Int64(startDay)] = .some(nil)
            for rule in master.rules {
                let result = RecurrenceExpander(rule: rule, start: startWall, isDate: true)
                    .expand(until: untilWall(rule, zone: zone, startIsDate: true), lowerBound: lower, upperBound: upper,
                            limit: context.seriesCap)
                capped = capped || result.stop == .capped
                allRulesEnded = allRulesEnded && result.stop == .ruleEnded
                for wall in result.occurrences { keys[Int64(WallClock.dayNumber(wall))] = .some(nil) }
            }
            for date in master.recurrenceDates { keys[Int64(WallClock.dayNumber(date.start.wall))] = .some(nil) }
            var excluded = Set(master.exceptionDates.map { Int64(WallClock.dayNumber($0.wall)) })
            for rule in master.exceptionRules {
                let walls = RecurrenceExpander(rule: rule, start: startWall, isDate: true)
                    .expand(until: untilWall(rule, zone: zone, startIsDate: true), lowerBound: lower, upperBound: upper,
                            limit: context.seriesCap).occurrences
                excluded.formUnion(walls.map { Int64(WallClock.dayNumber($0)) })
            }
            generated = Set(keys.keys)
            keys = keys.filter { !excluded.contains($0.key) }
        }
        if capped {
            diagnostics.append(Diagnostic(
                .warning, file: context.file, line: master.line, uid: master.uid,
                message: "“\(master.title)” repeats more than \(context.seriesCap.formatted()) times in the window: only the first \(context.seriesCap.formatted()) are listed"))
        }
        let occurrences = keys.map { Occurrence(key: $0.key, explicitEnd: $0.value) }.sorted { $0.key < $1.key }
        return OccurrenceSet(occurrences: occurrences, removed: generated.subtracting(keys.keys),
                             lastKey: allRulesEnded && !master.rules.isEmpty ? generated.max() : nil)
    }

    /// UNTIL as a wall time in DTSTART's clock. A date-only UNTIL on a timed series
    /// (Google writes these) includes its whole day; libical drops that last day.
    private func untilWall(_ rule: RecurrenceRule, zone: ZoneRules, startIsDate: Bool) -> Int64? {
        guard let until = rule.until else { return nil }
        if until.isDate { return startIsDate ? until.wall : until.wall + WallClock.secondsPerDay - 1 }
        switch until.zone {
        case .utc: return startIsDate ? until.wall : zone.wallSeconds(fromUTC: until.wall)
        case .floating, .named: return until.wall
        }
    }

    /// An RDATE's start and (for a PERIOD) end, in UTC. A DATE in a timed series
    /// takes the series' time of day.
    private mutating func recurrenceDateSpan(_ date: RecurrenceDate, record: EventRecord, zone: ZoneRules,
                                             startWall: Int64) -> (Int64, Int64?) {
        func instant(_ value: CalendarDateTime) -> Int64 {
            if value.isDate {
                return zone.utcSeconds(fromWall: value.wall + Int64(WallClock.secondOfDay(startWall)))
            }
            return utc(value, record: record, dateZone: zone)
        }
        switch date {
        case .start(let value):
            return (instant(value), nil)
        case .period(let start, let end):
            return (instant(start), instant(end))
        case .periodWithDuration(let start, let duration):
            let startUTC = instant(start)
            return (startUTC, end(of: startUTC, length: .nominal(duration), zone: zone))
        }
    }

    /// The occurrence key a RECURRENCE-ID names, in the series' terms.
    private mutating func key(of recurrenceID: CalendarDateTime, record: EventRecord, timing: Timing) -> Int64? {
        switch (timing.start, anchor(recurrenceID, record: record)) {
        case (.timed, .timed(let wall, let zone)):
            return zone.utcSeconds(fromWall: wall)
        case (.timed(let startWall, let zone), .allDay(let day)):
            return zone.utcSeconds(fromWall: Int64(day) * WallClock.secondsPerDay + Int64(WallClock.secondOfDay(startWall)))
        case (.allDay, .allDay(let day)):
            return Int64(day)
        case (.allDay, .timed(let wall, _)):
            return Int64(WallClock.dayNumber(wall))
        }
    }

    private func recurrenceIDText(_ key: Int64, timing: Timing) -> String {
        switch timing.start {
        case .timed: WallClock.basicDescription(key) + "Z"
        case .allDay: CivilDate(dayNumber: Int(key)).basicDescription
        }
    }

    // MARK: - Instances

    private mutating func masterInstance(_ master: EventRecord, series: String, timing: Timing, occurrence: Occurrence,
                                         recurrence: Recurrence, recurrenceID: String?) -> MeetingInstance? {
        switch timing.start {
        case .timed(_, let zone):
            let end = occurrence.explicitEnd ?? end(of: occurrence.key, length: timing.length, zone: zone)
            guard context.window.overlaps(start: occurrence.key, end: end) else { return nil }
            return instance(master, series: series, start: occurrence.key, end: end, allDay: nil, recurrence: recurrence,
                            recurrenceID: recurrenceID)
        case .allDay:
            guard case .days(let days) = timing.length else { return nil }
            return allDayInstance(master, series: series, day: Int(occurrence.key), days: days, recurrence: recurrence,
                                  recurrenceID: recurrenceID)
        }
    }

    /// Whether an instance is one of a series, and how often that series repeats
    /// (its master's rule: an override has none of its own).
    private enum Recurrence {
        case oneOff
        case series(RecurrenceFrequency?)

        var isSeries: Bool {
            if case .series = self { return true }
            return false
        }

        var frequency: RecurrenceFrequency? {
            if case .series(let frequency) = self { return frequency }
            return nil
        }
    }

    /// A record that is an instance by itself: a one-off, or an override.
    private mutating func standalone(_ record: EventRecord, series: String, recurrence: Recurrence,
                                     recurrenceID: String? = nil) -> MeetingInstance? {
        guard let timing = timing(of: record) else { return nil }
        var identifier = recurrenceID
        if recurrence.isSeries, identifier == nil, let value = record.recurrenceID {
            identifier = recurrenceIDText(key(of: value, record: record, timing: timing) ?? 0, timing: timing)
        }
        switch timing.start {
        case .timed(_, let zone):
            let start = timing.start.utc!
            let end = end(of: start, length: timing.length, zone: zone)
            guard context.window.overlaps(start: start, end: end) else { return nil }
            return instance(record, series: series, start: start, end: end, allDay: nil, recurrence: recurrence,
                            recurrenceID: identifier)
        case .allDay(let day):
            guard case .days(let days) = timing.length else { return nil }
            return allDayInstance(record, series: series, day: day, days: days, recurrence: recurrence, recurrenceID: identifier)
        }
    }

    private func allDayInstance(_ record: EventRecord, series: String, day: Int, days: Int, recurrence: Recurrence,
                                recurrenceID: String?) -> MeetingInstance? {
        let zone = context.displayZone
        let start = zone.utcSeconds(fromWall: Int64(day) * WallClock.secondsPerDay)
        let end = zone.utcSeconds(fromWall: Int64(day + days) * WallClock.secondsPerDay)
        guard context.window.overlaps(start: start, end: end) else { return nil }
        let span = DateSpan(start: CivilDate(dayNumber: day), end: CivilDate(dayNumber: day + days))
        return instance(record, series: series, start: start, end: end, allDay: span, recurrence: recurrence,
                        recurrenceID: recurrenceID)
    }

    private func instance(_ record: EventRecord, series: String, start: Int64, end: Int64, allDay: DateSpan?,
                          recurrence: Recurrence, recurrenceID: String?) -> MeetingInstance {
        MeetingInstance(
            uid: record.uid ?? "", recurrenceID: recurrenceID, seriesID: series,
            start: Date(timeIntervalSince1970: TimeInterval(start)), end: Date(timeIntervalSince1970: TimeInterval(end)),
            allDay: allDay, title: record.title, location: record.location, description: record.description,
            organizer: record.organizer, attendees: record.attendees,
            myResponse: context.owner.response(organizer: record.organizer, attendees: record.attendees),
            status: record.status, transparency: record.transparency, categories: record.categories,
            isRecurring: recurrence.isSeries, recurrenceFrequency: recurrence.frequency,
            calendarName: context.calendarNames[record.calendarIndex],
            sequence: record.sequence, lastModified: record.lastModified.map { Date(timeIntervalSince1970: TimeInterval($0)) },
            sourceLine: record.line)
    }

    // MARK: - Lengths

    private func end(of start: Int64, length: Length, zone: ZoneRules) -> Int64 {
        switch length {
        case .exact(let seconds):
            return start + seconds
        case .nominal(let duration):
            let wall = zone.wallSeconds(fromUTC: start) + Int64(duration.days) * WallClock.secondsPerDay
            return max(start, zone.utcSeconds(fromWall: wall) + duration.seconds)
        case .days(let days):
            return start + Int64(days) * WallClock.secondsPerDay
        }
    }

    private func zone(of timing: Timing) -> ZoneRules {
        if case .timed(_, let zone) = timing.start { return zone }
        return context.displayZone
    }

    private func longestLength(_ length: Length) -> Int64 {
        switch length {
        case .exact(let seconds): seconds
        case .nominal(let duration): Int64(duration.days + 1) * WallClock.secondsPerDay + duration.seconds
        case .days(let days): Int64(days) * WallClock.secondsPerDay
        }
    }

    /// How far any override moves its occurrence, at most: an occurrence outside
    /// the window can be moved into it, so expansion must reach that much further.
    private mutating func maximumDisplacement(_ overrides: [EventRecord]) -> Int64 {
        var displacement: Int64 = 0
        for override in overrides {
            guard let recurrenceID = override.recurrenceID, let start = override.start else { continue }
            let moved = utc(start, record: override, dateZone: context.displayZone)
                - utc(recurrenceID, record: override, dateZone: context.displayZone)
            displacement = max(displacement, abs(moved))
        }
        return displacement
    }
}
