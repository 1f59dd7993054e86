import AltitudeModel
import Foundation

/// What an instance means for a week: whether it is meeting time, and whether it
/// blocks the calendar (for focus time).
public enum MeetingTime {
    /// Meeting time: timed, not cancelled, not declined and not excluded by a rule —
    /// whatever the rules say, a cancelled or declined meeting took no time.
    public static func counts(_ instance: MeetingInstance, _ classification: Classification) -> Bool {
        instance.allDay == nil && classification.relation != .excluded && instance.status != .cancelled
            && instance.myResponse != .declined && instance.end > instance.start
    }

    /// Busy time: anything opaque the leader has not declined, excluded or not (a
    /// dentist appointment is no focus time either).
    static func blocks(_ instance: MeetingInstance) -> Bool {
        instance.transparency == .opaque && instance.status != .cancelled && instance.myResponse != .declined
    }
}

/// Measures ISO weeks in the leader's time zone from classified instances.
public struct WeeklyAnalyzer: Sendable {
    public let profile: LeaderProfile

    /// Focus time is counted in free blocks at least this long.
    public static let focusBlockSeconds: Int64 = 90 * 60

    public init(profile: LeaderProfile) {
        self.profile = profile
    }

    /// The weeks measured, and each below-altitude meeting's time in each of them.
    struct Measurement {
        var weeks: [WeekMetrics]
        var belowTime: SeriesTime.Ledger
    }

    /// One `WeekMetrics` per week from `first` through `last`, every week present
    /// even when empty. A meeting that runs past midnight into the next week is
    /// split at the boundary.
    public func measure(_ instances: [MeetingInstance], classifications: [Classification],
                        from first: ISOWeek, through last: ISOWeek) -> [WeekMetrics] {
        measurement(instances, classifications: classifications, from: first, through: last).weeks
    }

    /// The weeks, and the below-altitude time the series lists are summed from, in the
    /// same pass: a meeting split between weeks is split alike for both.
    func measurement(_ instances: [MeetingInstance], classifications: [Classification],
                     from first: ISOWeek, through last: ISOWeek) -> Measurement {
        precondition(instances.count == classifications.count)
        let zone = profile.timeZone
        let count = max(0, last.weeks(since: first) + 1)
        var weeks = (0..<count).map { WeekMetrics(week: first.adding(weeks: $0)) }
        var belowTime = SeriesTime.Ledger(first: first, instances: instances, classifications: classifications)
        guard count > 0 else { return Measurement(weeks: weeks, belowTime: belowTime) }
        // Week boundaries as UTC seconds: local Monday midnights (a DST week is 167 or 169 hours).
        let boundaries = (0...count).map { utcSeconds(zone.startOfDay(first.adding(weeks: $0).monday)) }
        var busy = BusyTime(firstDay: first.mondayDayNumber, days: count * 7)
        var groups = GroupCache(profile: profile)

        // Through a buffer pointer each instance is borrowed, not copied (and retained) per read.
        instances.withUnsafeBufferPointer { instances in
            for index in instances.indices {
                let instance = instances[index]
                let start = utcSeconds(instance.start)
                let end = utcSeconds(instance.end)
                if let span = instance.allDay {
                    if MeetingTime.blocks(instance) { busy.blockDays(span.start.dayNumber..<span.end.dayNumber) }
                    continue
                }
                guard end > boundaries[0], start < boundaries[count] else { continue }
                let wallStart = zone.wallSeconds(fromUTC: start)
                let wallEnd = zone.wallSeconds(fromUTC: end)
                if MeetingTime.blocks(instance) { busy.add(wallStart, wallEnd) }
                let classification = classifications[index]
                guard MeetingTime.counts(instance, classification) else { continue }

                let company = groups.company(of: instance)
                var week = max(0, WallClock.dayNumber(wallStart) - first.mondayDayNumber) / 7
                if start >= boundaries[0], week < count { weeks[week].meetings += 1 }
                var pieceStart = max(start, boundaries[0])
                while pieceStart < end, week < count {
                    let pieceEnd = min(end, boundaries[week + 1])
                    if pieceEnd > pieceStart {
                        let seconds = Int(pieceEnd - pieceStart)
                        add(seconds, of: classification, company: company, to: &weeks[week])
                        if classification.relation == .below {
                            belowTime.entries.append(.init(week: week, seconds: seconds, instance: index))
                        }
                        weeks[week].afterHoursSeconds += Int(outsideWorkingHours(zone.wallSeconds(fromUTC: pieceStart),
                                                                                   zone.wallSeconds(fromUTC: pieceEnd)))
                    }
                    pieceStart = pieceEnd
                    week += 1
                }
            }
        }
        for week in weeks.indices {
            weeks[week].focusSeconds = Int(busy.focusSeconds(week: week, hours: profile.workingHours))
        }
        return Measurement(weeks: weeks, belowTime: belowTime)
    }

    private func add(_ seconds: Int, of classification: Classification, company: Company, to metrics: inout WeekMetrics) {
        switch classification.relation {
        case .below: metrics.belowSeconds += seconds
        case .at: metrics.atSeconds += seconds
        case .above: metrics.aboveSeconds += seconds
        case .unclassified, .excluded: metrics.unclassifiedSeconds += seconds  // excluded never counts (MeetingTime.counts)
        }
        if classification.relation != .unclassified, let level = classification.level {
            metrics.levelSeconds[level, default: 0] += seconds
            if let evidence = classification.evidence {
                metrics.evidence.add(seconds, below: classification.relation == .below, evidence: evidence)
            }
        }
        let category = classification.relation == .unclassified ? "unclassified" : classification.category ?? "uncategorised"
        metrics.categorySeconds[category, default: 0] += seconds
        if company.directs { metrics.people.directsSeconds += seconds }
        if company.oneOnOneWithDirect { metrics.people.directsOneOnOneSeconds += seconds }
        if company.manager { metrics.people.managerSeconds += seconds }
        if company.peers { metrics.people.peersSeconds += seconds }
        if company.external { metrics.people.externalSeconds += seconds }
    }

    /// Seconds of a wall-clock interval outside the working hours of each day it touches.
    func outsideWorkingHours(_ start: Int64, _ end: Int64) -> Int64 {
        var inside: Int64 = 0
        let hours = profile.workingHours
        for day in WallClock.dayNumber(start)...WallClock.dayNumber(end - 1) where hours.days.contains(Weekday(dayNumber: day)) {
            let open = WallClock.seconds(dayNumber: day, secondOfDay: hours.start * 60)
            let close = WallClock.seconds(dayNumber: day, secondOfDay: hours.end * 60)
            inside += max(0, min(end, close) - max(start, open))
        }
        return end - start - inside
    }

    private func utcSeconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }
}

/// Who was in a meeting besides the leader, by group.
struct Company {
    var directs = false
    var manager = false
    var peers = false
    var external = false
    var oneOnOneWithDirect = false
}

/// Each address's group, worked out once: a calendar names the same people thousands of times.
struct GroupCache {
    let profile: LeaderProfile
    private var known: [String: PersonGroup] = [:]

    init(profile: LeaderProfile) {
        self.profile = profile
    }

    mutating func group(of email: String) -> PersonGroup {
        if let group = known[email] { return group }
        let group = profile.group(of: email)
        known[email] = group
        return group
    }

    mutating func company(of instance: MeetingInstance) -> Company {
        var company = Company()
        var onlyOther: (email: String, group: PersonGroup)?
        var others = 0
        func meet(_ email: String) {
            guard !email.isEmpty else { return }
            let group = group(of: email)
            switch group {
            case .selfGroup: return
            case .directs: company.directs = true
            case .manager: company.manager = true
            case .peers: company.peers = true
            case .external: company.external = true
            case .others, .deeper, .elsewhere, .organization: break
            }
            // Only "exactly one other person" needs a count: the organizer is usually listed
            // as an attendee too, so a repeat of the one person seen is not a second.
            if others == 1, onlyOther?.email == email { return }
            others += 1
            onlyOther = (email, group)
        }
        instance.forEachPresentAddress(meet)
        company.oneOnOneWithDirect = others == 1 && onlyOther?.group == .directs
        return company
    }
}

/// The leader's busy time, day by day in wall-clock seconds, to find the free blocks.
struct BusyTime {
    let firstDay: Int
    private var intervals: [[(start: Int64, end: Int64)]]
    private var blockedDays: [Bool]

    init(firstDay: Int, days: Int) {
        self.firstDay = firstDay
        intervals = Array(repeating: [], count: days)
        blockedDays = Array(repeating: false, count: days)
    }

    mutating func blockDays(_ days: Range<Int>) {
        for day in days where (firstDay..<firstDay + blockedDays.count).contains(day) { blockedDays[day - firstDay] = true }
    }

    mutating func add(_ start: Int64, _ end: Int64) {
        guard end > start else { return }
        let first = max(WallClock.dayNumber(start), firstDay)
        let last = min(WallClock.dayNumber(end - 1), firstDay + intervals.count - 1)
        guard first <= last else { return }
        for day in first...last { intervals[day - firstDay].append((start, end)) }
    }

    /// The free blocks of at least 90 minutes inside working hours, on working days, in one week.
    func focusSeconds(week: Int, hours: WorkingHours) -> Int64 {
        freeTime(week: week, hours: hours).reduce(0) { total, free in
            free.end - free.start >= WeeklyAnalyzer.focusBlockSeconds ? total + free.end - free.start : total
        }
    }

    /// Every free stretch inside working hours, on working days, in one week, in wall-clock seconds, in order.
    func freeTime(week: Int, hours: WorkingHours) -> [(start: Int64, end: Int64)] {
        var free: [(start: Int64, end: Int64)] = []
        for offset in 0..<7 {
            let index = week * 7 + offset
            let day = firstDay + index
            guard hours.days.contains(Weekday(dayNumber: day)), !blockedDays[index] else { continue }
            var cursor = WallClock.seconds(dayNumber: day, secondOfDay: hours.start * 60)
            let close = WallClock.seconds(dayNumber: day, secondOfDay: hours.end * 60)
            for interval in intervals[index].sorted(by: { $0.start < $1.start }) {
                if interval.start > cursor, cursor < close { free.append((cursor, min(interval.start, close))) }
                cursor = max(cursor, interval.end)
                if cursor >= close { break }
            }
            if close > cursor { free.append((cursor, close)) }
        }
        return free
    }
}
