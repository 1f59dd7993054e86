import AltitudeModel

/// Expands one RRULE from its DTSTART into wall-clock occurrences (RFC 5545 §3.3.10).
///
/// Each period of the rule's frequency (a year, month, week, day, hour, minute or
/// second, stepped by INTERVAL) contributes the days that pass every BYxxx filter,
/// times the times of day; BYSETPOS then picks positions in that set. Candidates
/// are addressed by index, never materialised, so a hostile rule cannot ask for
/// millions of values at once. Expansion is bounded three ways: by the caller's
/// upper bound, by a cap on occurrences, and by a cap on periods visited.
struct RecurrenceExpander {
    /// Why an expansion ended.
    enum Stop: Sendable, Equatable {
        /// COUNT or UNTIL ended the rule.
        case ruleEnded
        /// The next period starts after the upper bound.
        case reachedBound
        /// The occurrence or period cap was hit first.
        case capped
    }

    struct Result: Sendable {
        var occurrences: [Int64]
        var stop: Stop
    }

    /// Periods visited before giving up on a rule that matches almost nothing.
    static let periodCap = 5_000_000

    private let rule: RecurrenceRule
    private let start: Int64
    private let startDate: CivilDate
    private let frequency: RecurrenceRule.Frequency
    private let interval: Int
    private let months: [Bool]?
    private let monthDays: (positive: [Bool], negative: [Bool])?
    private let yearDays: [Int]
    private let weekNumbers: [Int]
    private let plainWeekdays: [Bool]?
    private let ordinalWeekdays: [RecurrenceRule.WeekdayNumber]
    /// Whether BYDAY ordinals count within the month (else within the year).
    private let ordinalsInMonth: Bool
    /// Seconds of the day, for DAILY and coarser.
    private let timesOfDay: [Int64]
    private let hours: [Bool]?
    private let minutes: [Bool]?
    private let seconds: [Bool]?
    /// Offsets inside one sub-daily period (minutes and seconds of an hour, seconds of a minute).
    private let subPeriodOffsets: [Int64]
    private let setPositions: [Int]

    init(rule: RecurrenceRule, start: Int64, isDate: Bool) {
        self.rule = rule
        self.start = start
        startDate = WallClock.date(start)
        // A DATE start has no time of day, so sub-daily steps mean nothing: read them as daily.
        frequency = isDate && rule.frequency < .daily ? .daily : rule.frequency
        interval = max(1, rule.interval)

        let hasDayRule = !rule.byWeekNo.isEmpty || !rule.byYearDay.isEmpty || !rule.byMonthDay.isEmpty || !rule.byDay.isEmpty
        var byMonth = rule.byMonth
        var byMonthDay = rule.byMonthDay
        var byDay = rule.byDay
        // Parts the rule leaves out come from DTSTART (RFC 5545 §3.3.10, "Information,
        // not contained in the rule ... derived from DTSTART").
        switch frequency {
        case .yearly where !hasDayRule:
            if byMonth.isEmpty { byMonth = [startDate.month] }
            byMonthDay = [startDate.day]
        case .yearly where byMonth.isEmpty && rule.byDay.isEmpty && rule.byWeekNo.isEmpty && rule.byYearDay.isEmpty:
            // "the 29th, yearly" is the 29th of DTSTART's month, as libical and the RFC read it.
            byMonth = [startDate.month]
        case .yearly where !rule.byWeekNo.isEmpty && rule.byDay.isEmpty && rule.byMonthDay.isEmpty && rule.byYearDay.isEmpty:
            // "weeks 1 and 2, yearly" means DTSTART's weekday in those weeks.
            byDay = [.init(ordinal: 0, weekday: startDate.weekday)]
        case .monthly where !hasDayRule:
            byMonthDay = [startDate.day]
        case .weekly where !hasDayRule:
            byDay = [.init(ordinal: 0, weekday: startDate.weekday)]
        default:
            break
        }

        months = byMonth.isEmpty ? nil : Self.mask(byMonth, size: 13)
        if byMonthDay.isEmpty {
            monthDays = nil
        } else {
            monthDays = (Self.mask(byMonthDay.filter { $0 > 0 }, size: 32), Self.mask(byMonthDay.filter { $0 < 0 }.map { -$0 }, size: 32))
        }
        yearDays = rule.byYearDay
        weekNumbers = frequency == .yearly ? rule.byWeekNo : []

        // Ordinals only have a meaning in MONTHLY and YEARLY rules (and not beside BYWEEKNO).
        let ordinalsApply = (frequency == .monthly || frequency == .yearly) && weekNumbers.isEmpty
        ordinalsInMonth = frequency == .monthly || !byMonth.isEmpty
        let plain = byDay.filter { $0.ordinal == 0 || !ordinalsApply }
        plainWeekdays = byDay.isEmpty ? nil : Self.mask(plain.map(\.weekday.rawValue), size: 7)
        ordinalWeekdays = ordinalsApply ? byDay.filter { $0.ordinal != 0 } : []

        let startSecond = Int64(WallClock.secondOfDay(start))
        let defaultHour = Int(startSecond / 3600)
        let defaultMinute = Int(startSecond / 60 % 60)
        let defaultSecond = Int(startSecond % 60)
        let hourList = isDate ? [0] : (rule.byHour.isEmpty ? [defaultHour] : Self.sortedUnique(rule.byHour, in: 0...23))
        let minuteList = isDate ? [0] : (rule.byMinute.isEmpty ? [defaultMinute] : Self.sortedUnique(rule.byMinute, in: 0...59))
        let secondList = isDate ? [0] : (rule.bySecond.isEmpty ? [defaultSecond] : Self.sortedUnique(rule.bySecond, in: 0...60))

        var times: [Int64] = []
        if frequency >= .daily {
            times.reserveCapacity(hourList.count * minuteList.count * secondList.count)
            for h in hourList { for m in minuteList { for s in secondList { times.append(Int64(h * 3600 + m * 60 + s)) } } }
        }
        timesOfDay = times
        hours = frequency < .daily && !rule.byHour.isEmpty ? Self.mask(rule.byHour, size: 24) : nil
        minutes = frequency < .hourly && !rule.byMinute.isEmpty ? Self.mask(rule.byMinute, size: 60) : nil
        seconds = frequency < .minutely && !rule.bySecond.isEmpty ? Self.mask(rule.bySecond, size: 61) : nil
        switch frequency {
        case .hourly:
            subPeriodOffsets = minuteList.flatMap { m in secondList.map { Int64(m * 60 + $0) } }
        case .minutely:
            subPeriodOffsets = secondList.map { Int64($0) }
        default:
            subPeriodOffsets = [0]
        }
        setPositions = rule.bySetPos.filter { $0 != 0 }
    }

    /// The occurrences from DTSTART on, in order.
    /// - Parameters:
    ///   - until: the last wall time the rule may produce (UNTIL, already in DTSTART's clock).
    ///   - lowerBound: occurrences before this wall time are not needed; periods wholly
    ///     before it are skipped, unless COUNT makes every occurrence count.
    ///   - upperBound: no period starting after this wall time is visited.
    ///   - limit: the most occurrences to produce.
    func expand(until: Int64?, lowerBound: Int64?, upperBound: Int64, limit: Int) -> Result {
        var output: [Int64] = []
        var emitter = Emitter(start: start, until: until, count: rule.count, limit: limit)
        let firstPeriod = rule.count == nil ? skippedPeriods(to: lowerBound) : 0
        let stop: Stop
        if frequency >= .daily {
            stop = expandByDays(from: firstPeriod, upperBound: upperBound, emitter: &emitter, into: &output)
        } else {
            stop = expandSubDaily(from: firstPeriod, upperBound: upperBound, emitter: &emitter, into: &output)
        }
        return Result(occurrences: output, stop: stop)
    }

    // MARK: - Periods of a day or longer

    private func expandByDays(from firstPeriod: Int, upperBound: Int64, emitter: inout Emitter, into output: inout [Int64]) -> Stop {
        let weekAlignedStart = startDate.dayNumber - (startDate.weekday.rawValue - rule.weekStart.rawValue + 7) % 7
        let numbering = WeekNumbering(weekStart: rule.weekStart)
        let startWeekYear = numbering.week(of: startDate.dayNumber).year
        let startMonthIndex = startDate.year * 12 + startDate.month - 1
        var days: [Int] = []
        days.reserveCapacity(366)
        var period = firstPeriod
        var visited = 0
        while true {
            days.removeAll(keepingCapacity: true)
            let periodStartDay: Int
            switch frequency {
            case .yearly where !weekNumbers.isEmpty:
                // With BYWEEKNO a year is a week-numbering year: its weeks may begin in
                // December and end in January, as libical and ISO 8601 count them.
                let weekYear = startWeekYear + period * interval
                guard weekYear <= 9999 else { return .reachedBound }
                periodStartDay = numbering.firstWeekStart(of: weekYear)
                if periodStartDay > WallClock.dayNumber(upperBound) { return .reachedBound }
                for day in periodStartDay..<numbering.firstWeekStart(of: weekYear + 1) where matches(day: day) {
                    days.append(day)
                }
            case .yearly:
                let year = startDate.year + period * interval
                guard year <= 9999 else { return .reachedBound }
                periodStartDay = CivilDate.dayNumber(year: year, month: 1, day: 1)
                if periodStartDay > WallClock.dayNumber(upperBound) { return .reachedBound }
                for month in 1...12 where months?[month] ?? true {
                    collectDays(year: year, month: month, into: &days)
                }
            case .monthly:
                let index = startMonthIndex + period * interval
                let year = index / 12
                let month = index % 12 + 1
                guard year <= 9999 else { return .reachedBound }
                periodStartDay = CivilDate.dayNumber(year: year, month: month, day: 1)
                if periodStartDay > WallClock.dayNumber(upperBound) { return .reachedBound }
                if months?[month] ?? true { collectDays(year: year, month: month, into: &days) }
            case .weekly:
                periodStartDay = weekAlignedStart + period * 7 * interval
                if periodStartDay > WallClock.dayNumber(upperBound) { return .reachedBound }
                for day in periodStartDay..<(periodStartDay + 7) where matches(day: day) { days.append(day) }
            default:
                periodStartDay = startDate.dayNumber + period * interval
                if periodStartDay > WallClock.dayNumber(upperBound) { return .reachedBound }
                if matches(day: periodStartDay) { days.append(periodStartDay) }
            }
            if let stop = emitPeriod(bases: days.lazy.map { Int64($0) * WallClock.secondsPerDay }, count: days.count,
                                     offsets: timesOfDay, emitter: &emitter, into: &output) {
                return stop
            }
            period += 1
            visited += 1
            if visited >= Self.periodCap { return .capped }
        }
    }

    /// Adds the days of one month that pass the day filters.
    private func collectDays(year: Int, month: Int, into days: inout [Int]) {
        let first = CivilDate.dayNumber(year: year, month: month, day: 1)
        let length = CivilDate.daysInMonth(year: year, month: month)
        for offset in 0..<length where matches(day: first + offset, year: year, month: month, dayOfMonth: offset + 1, monthLength: length) {
            days.append(first + offset)
        }
    }

    private func matches(day: Int) -> Bool {
        let date = CivilDate(dayNumber: day)
        if let months, !months[date.month] { return false }
        return matches(day: day, year: date.year, month: date.month, dayOfMonth: date.day,
                       monthLength: CivilDate.daysInMonth(year: date.year, month: date.month))
    }

    /// Every BYxxx day filter but BYMONTH (checked by the caller per month).
    private func matches(day: Int, year: Int, month: Int, dayOfMonth: Int, monthLength: Int) -> Bool {
        if let monthDays {
            let fromEnd = monthLength - dayOfMonth + 1
            guard monthDays.positive[dayOfMonth] || monthDays.negative[fromEnd] else { return false }
        }
        let needsDayOfYear = !yearDays.isEmpty || (!ordinalWeekdays.isEmpty && !ordinalsInMonth)
        let yearLength = needsDayOfYear ? CivilDate.daysInYear(year) : 0
        let dayOfYear = needsDayOfYear ? day - CivilDate.dayNumber(year: year, month: 1, day: 1) + 1 : 0
        if !yearDays.isEmpty, !yearDays.contains(where: { $0 == dayOfYear || $0 == dayOfYear - yearLength - 1 }) {
            return false
        }
        if !weekNumbers.isEmpty {
            let week = WeekNumbering(weekStart: rule.weekStart).week(of: day)
            guard weekNumbers.contains(where: { $0 == week.number || $0 == week.number - week.weeksInYear - 1 }) else {
                return false
            }
        }
        guard plainWeekdays != nil || !ordinalWeekdays.isEmpty else { return true }
        if ordinalsInMonth {
            return matchesWeekday(day: day, position: (dayOfMonth - 1) / 7 + 1, positionFromEnd: (monthLength - dayOfMonth) / 7 + 1)
        }
        return matchesWeekday(day: day, position: (dayOfYear - 1) / 7 + 1, positionFromEnd: (yearLength - dayOfYear) / 7 + 1)
    }

    private func matchesWeekday(day: Int, position: Int, positionFromEnd: Int) -> Bool {
        let weekday = Weekday(dayNumber: day)
        if let plainWeekdays, plainWeekdays[weekday.rawValue] { return true }
        return ordinalWeekdays.contains { entry in
            entry.weekday == weekday && (entry.ordinal > 0 ? entry.ordinal == position : -entry.ordinal == positionFromEnd)
        }
    }

    // MARK: - Periods shorter than a day

    private func expandSubDaily(from firstPeriod: Int, upperBound: Int64, emitter: inout Emitter, into output: inout [Int64]) -> Stop {
        let unit = frequency.fixedSeconds!
        let step = unit * Int64(interval)
        let alignedStart = start - start % unit + (start % unit < 0 ? -unit : 0)
        var period = Int64(firstPeriod)
        var visited = 0
        while true {
            visited += 1
            if visited >= Self.periodCap { return .capped }
            let periodStart = alignedStart + period * step
            if periodStart > upperBound { return .reachedBound }
            let day = WallClock.dayNumber(periodStart)
            let secondOfDay = Int(periodStart - Int64(day) * WallClock.secondsPerDay)
            // On a miss, jump to the first period in the next day, hour or minute.
            if !matchesCalendarDay(day) {
                period += jump(from: periodStart, to: Int64(day + 1) * WallClock.secondsPerDay, step: step)
                continue
            }
            if let hours, !hours[secondOfDay / 3600] {
                period += jump(from: periodStart, to: periodStart - Int64(secondOfDay % 3600) + 3600, step: step)
                continue
            }
            if let minutes, !minutes[secondOfDay / 60 % 60] {
                period += jump(from: periodStart, to: periodStart - Int64(secondOfDay % 60) + 60, step: step)
                continue
            }
            if let seconds, !seconds[secondOfDay % 60] {
                period += 1
                continue
            }
            if let stop = emitPeriod(bases: CollectionOfOne(periodStart), count: 1, offsets: subPeriodOffsets,
                                     emitter: &emitter, into: &output) {
                return stop
            }
            period += 1
        }
    }

    private func matchesCalendarDay(_ day: Int) -> Bool {
        if months == nil && monthDays == nil && yearDays.isEmpty && weekNumbers.isEmpty && plainWeekdays == nil {
            return true
        }
        return matches(day: day)
    }

    /// How many periods of `step` seconds take `from` to the first one at or after `to`.
    private func jump(from: Int64, to: Int64, step: Int64) -> Int64 {
        max(1, (to - from + step - 1) / step)
    }

    // MARK: - Emission

    /// Emits one period's candidates (`bases[i] + offsets[j]`, i-major), through BYSETPOS.
    /// Returns why to stop, or nil to go on to the next period.
    private func emitPeriod(bases: some Collection<Int64>, count baseCount: Int, offsets: [Int64],
                            emitter: inout Emitter, into output: inout [Int64]) -> Stop? {
        let total = baseCount * offsets.count
        guard total > 0 else { return nil }
        let baseArray = Array(bases)
        if setPositions.isEmpty {
            for base in baseArray {
                for offset in offsets {
                    if let stop = emitter.emit(base + offset, into: &output) { return stop }
                }
            }
            return nil
        }
        var chosen = setPositions.compactMap { position -> Int? in
            let index = position > 0 ? position - 1 : total + position
            return (0..<total).contains(index) ? index : nil
        }
        chosen.sort()
        var previous = -1
        for index in chosen where index != previous {
            previous = index
            let candidate = baseArray[index / offsets.count] + offsets[index % offsets.count]
            if let stop = emitter.emit(candidate, into: &output) { return stop }
        }
        return nil
    }

    /// Applies DTSTART, UNTIL, COUNT and the cap to candidates in order.
    private struct Emitter {
        let start: Int64
        let until: Int64?
        let count: Int?
        let limit: Int
        var produced = 0

        mutating func emit(_ candidate: Int64, into output: inout [Int64]) -> Stop? {
            if candidate < start { return nil }
            if let until, candidate > until { return .ruleEnded }
            output.append(candidate)
            produced += 1
            if let count, produced >= count { return .ruleEnded }
            if produced >= limit { return .capped }
            return nil
        }
    }

    // MARK: - Skipping ahead

    /// Periods wholly before `lowerBound` (less one, for safety at the edges).
    private func skippedPeriods(to lowerBound: Int64?) -> Int {
        guard let lowerBound, lowerBound > start else { return 0 }
        let lowerDate = WallClock.date(lowerBound)
        let periods: Int64
        switch frequency {
        case .yearly:
            periods = Int64(lowerDate.year - startDate.year) / Int64(interval)
        case .monthly:
            periods = Int64((lowerDate.year - startDate.year) * 12 + lowerDate.month - startDate.month) / Int64(interval)
        default:
            periods = (lowerBound - start) / (frequency.fixedSeconds! * Int64(interval))
        }
        return Int(max(0, periods - 1))
    }

    // MARK: - Helpers

    private static func mask(_ values: [Int], size: Int) -> [Bool] {
        var mask = [Bool](repeating: false, count: size)
        for value in values where value >= 0 && value < size { mask[value] = true }
        return mask
    }

    private static func sortedUnique(_ values: [Int], in range: ClosedRange<Int>) -> [Int] {
        Array(Set(values.filter { range.contains($0) })).sorted()
    }
}
