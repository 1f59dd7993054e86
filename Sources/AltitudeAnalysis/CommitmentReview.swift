import AltitudeModel
import Foundation

/// The commitments agreed at coaching sessions that bear on a reported week, each
/// measured week by week from the week after it was agreed through the reported
/// week: kept, slipped (with the meetings that broke it), or not measurable.
public struct CommitmentReview: Sendable, Hashable {
    /// The reported week.
    public var week: ISOWeek
    /// In force in the reported week, or agreed by its end and measured from a later week; in the order given.
    public var items: [CommitmentProgress]

    /// The earliest day one of them was agreed.
    public var since: CivilDate { items.map(\.commitment.since).min() ?? week.monday }

    /// How many of the commitments measured in the reported week came out this way.
    public func count(_ outcome: CommitmentWeek.Outcome) -> Int {
        items.count { $0.outcome(in: week)?.outcome == outcome }
    }

    /// How many are in force in the reported week (whatever their outcome).
    public var inForce: Int { items.count { $0.outcome(in: week) != nil } }

    /// Of the commitments that could be measured in the reported week, the share kept; nil when none could.
    public var keptShare: Double? {
        let kept = count(.kept)
        let measured = kept + count(.slipped)
        return measured > 0 ? Double(kept) / Double(measured) : nil
    }
}

/// One commitment, week by week.
public struct CommitmentProgress: Sendable, Hashable {
    public var commitment: Commitment
    /// The category the rules give its series' meetings, when it is about a series (a redacted title is named by it).
    public var category: String?
    /// From its first week through the reported week (or the week before it ended), oldest first;
    /// empty while it is measured only from a later week.
    public var weeks: [CommitmentWeek]

    public func outcome(in week: ISOWeek) -> CommitmentWeek? { weeks.last { $0.week == week } }

    /// How many of its weeks came out this way.
    public func count(_ outcome: CommitmentWeek.Outcome) -> Int { weeks.count { $0.outcome == outcome } }
}

/// A commitment's outcome in one week, and what it rests on.
public struct CommitmentWeek: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable {
        case kept
        case slipped
        case notMeasurable = "not-measurable"
    }

    /// Why a week could not be measured.
    public enum Unmeasurable: String, Sendable, Hashable {
        /// Before the calendar's first week or after its last: nothing is known about it.
        case outsideData = "outside-data"
        /// The week has not ended yet.
        case notOver = "not-over"
        /// No classified meeting time: there is no below share to hold.
        case nothingClassified = "nothing-classified"
        /// No meeting of the series handed off is on the calendar: who ran it cannot be seen.
        case notOnCalendar = "not-on-calendar"
    }

    public var week: ISOWeek
    public var outcome: Outcome
    public var unmeasurable: Unmeasurable? = nil
    /// The week's figure against the commitment: hours (limit), blocks (focus), the below share (hold).
    public var figure: Double? = nil
    /// The meetings the outcome rests on (at most `meetingsKept`): for a slip, those that broke it
    /// (a share's, its below-altitude meetings, longest first); for a stop kept, the ones declined; for a limit, those counted.
    public var meetings: [CommittedMeeting] = []
    /// For focus time: the stretches long enough to count.
    public var focusBlocks: [FocusBlock] = []

    /// How many meetings a week keeps: enough to name what broke it.
    public static let meetingsKept = 12
}

/// A meeting a commitment's outcome rests on, in the leader's zone.
public struct CommittedMeeting: Sendable, Hashable {
    public var title: String
    public var category: String?
    public var day: CivilDate
    /// Minutes after midnight, wall clock.
    public var startMinute: Int
    public var hours: Double
    /// The leader was there (not declined, not cancelled).
    public var leaderAttended: Bool
    /// For a hand-off: the person was there.
    public var personAttended: Bool?
}

/// A free stretch of working time, in the leader's zone.
public struct FocusBlock: Sendable, Hashable {
    public var day: CivilDate
    /// Minutes after midnight, wall clock.
    public var startMinute: Int
    public var endMinute: Int

    public var hours: Double { Double(endMinute - startMinute) / 60 }
}

extension CommitmentReview {
    /// Measures `commitments` (their limits' subjects resolved) week by week through
    /// `reported`; nil when none bears on it. A week outside the calendar's span (the
    /// days its sources cover), or one not over at `now`, is not measurable, never kept or slipped.
    public static func measure(_ commitments: [Commitment], instances: [MeetingInstance], classifications: [Classification],
                               span: CalendarSpan?, profile: LeaderProfile, reported: ISOWeek, now: Date) -> CommitmentReview? {
        let chosen = commitments.filter { commitment in
            commitment.since <= reported.sunday && (commitment.ended.map { ISOWeek(containing: $0) > reported } ?? true)
        }
        guard !chosen.isEmpty else { return nil }
        let first = chosen.map(\.firstWeek).min() ?? reported
        let context = CommitmentWeeks(instances: instances, classifications: classifications, span: span, profile: profile, first: first,
                                      last: reported, now: now, needs: chosen.map(\.kind))
        let items = chosen.map { commitment in
            let weeks = first <= reported ? (0...reported.weeks(since: first)).map { first.adding(weeks: $0) } : []
            return CommitmentProgress(commitment: commitment, category: context.category(of: commitment),
                                      weeks: weeks.filter(commitment.isInForce).map { context.outcome(of: commitment, in: $0) })
        }
        return CommitmentReview(week: reported, items: items)
    }
}

/// The weeks commitments are measured over, with what each kind needs read off the calendar once.
private struct CommitmentWeeks {
    let instances: [MeetingInstance]
    let classifications: [Classification]
    let profile: LeaderProfile
    let first: ISOWeek
    let now: Date
    let span: CalendarSpan?
    /// The weeks' figures, when a commitment holds the below share.
    let metrics: [WeekMetrics]
    /// The free stretches of each week, when a commitment protects focus time.
    let freeTime: [[FocusBlock]]
    /// Each week's timed instances (indices): those that start in it, and those with time in it.
    let starting: [[Int]]
    let touching: [[Int]]

    init(instances: [MeetingInstance], classifications: [Classification], span: CalendarSpan?, profile: LeaderProfile, first: ISOWeek, last: ISOWeek,
         now: Date, needs kinds: [Commitment.Kind]) {
        self.instances = instances
        self.classifications = classifications
        self.profile = profile
        self.first = first
        self.now = now
        self.span = span
        let count = max(0, last.weeks(since: first) + 1)
        let holds = kinds.contains { if case .holdShare = $0 { true } else { false } }
        let protects = kinds.contains { if case .protectFocus = $0 { true } else { false } }
        metrics = holds && count > 0
            ? WeeklyAnalyzer(profile: profile).measure(instances, classifications: classifications, from: first, through: last) : []
        freeTime = protects && count > 0
            ? FocusTime.freeTime(instances, classifications: classifications, profile: profile, from: first, weeks: count) : []
        var starting = [[Int]](repeating: [], count: count)
        var touching = [[Int]](repeating: [], count: count)
        let zone = profile.timeZone
        let bounds = (0...count).map { zone.startOfDay(first.adding(weeks: $0).monday) }
        if count > 0 {
            for index in instances.indices where instances[index].allDay == nil {
                let instance = instances[index]
                guard instance.end > bounds[0], instance.start < bounds[count] else { continue }
                let startWeek = ISOWeek(containing: zone.localDate(of: instance.start)).weeks(since: first)
                if (0..<count).contains(startWeek) { starting[startWeek].append(index) }
                for week in max(0, startWeek)..<max(count, startWeek) where instance.start < bounds[week + 1] && instance.end > bounds[week] {
                    touching[week].append(index)
                }
            }
        }
        self.starting = starting
        self.touching = touching
    }

    /// Whether the leader was at an instance: meeting time (not declined, not cancelled, not
    /// excluded) and not delegated to someone else.
    func leaderAttended(_ index: Int) -> Bool {
        MeetingTime.counts(instances[index], classifications[index]) && instances[index].myResponse != .delegated
    }

    func category(of commitment: Commitment) -> String? {
        guard let series = commitment.series else { return nil }
        return instances.indices.last { series.matches(instances[$0]) }.flatMap { classifications[$0].category }
    }

    func outcome(of commitment: Commitment, in week: ISOWeek) -> CommitmentWeek {
        var outcome = measure(commitment, in: week)
        outcome.meetings = Array(outcome.meetings.prefix(CommitmentWeek.meetingsKept))
        return outcome
    }

    private func measure(_ commitment: Commitment, in week: ISOWeek) -> CommitmentWeek {
        let zone = profile.timeZone
        guard zone.startOfDay(week.adding(weeks: 1).monday) <= now else {
            return CommitmentWeek(week: week, outcome: .notMeasurable, unmeasurable: .notOver)
        }
        guard span?.contains(week) == true else { return CommitmentWeek(week: week, outcome: .notMeasurable, unmeasurable: .outsideData) }
        let offset = week.weeks(since: first)
        switch commitment.kind {
        case .stop(let series):
            let meetings = starting[offset].filter { series.matches(instances[$0]) && instances[$0].status != .cancelled }
            let attended = meetings.filter(leaderAttended)
            return attended.isEmpty
                ? CommitmentWeek(week: week, outcome: .kept, meetings: describe(meetings, in: week))
                : CommitmentWeek(week: week, outcome: .slipped, meetings: describe(attended, in: week))
        case .handOff(let series, let person):
            let meetings = starting[offset].filter { series.matches(instances[$0]) && instances[$0].status != .cancelled }
            guard !meetings.isEmpty else { return CommitmentWeek(week: week, outcome: .notMeasurable, unmeasurable: .notOnCalendar) }
            let described = describe(meetings, in: week, person: person)
            let broken = described.filter { $0.leaderAttended || $0.personAttended == false }
            return broken.isEmpty ? CommitmentWeek(week: week, outcome: .kept, meetings: described)
                : CommitmentWeek(week: week, outcome: .slipped, meetings: broken)
        case .limit(let subject, let seconds):
            let counted = touching[offset].filter {
                MeetingTime.counts(instances[$0], classifications[$0]) && subject.matches(instances[$0], classifications[$0])
            }
            let described = describe(counted, in: week)
            let hours = described.reduce(0) { $0 + $1.hours }
            // Compared in whole seconds: meetings are minutes long, so 3 h of them is exactly 10,800.
            let over = Int((hours * 3600).rounded()) > seconds
            return CommitmentWeek(week: week, outcome: over ? .slipped : .kept, figure: hours, meetings: described)
        case .protectFocus(let blocks, let minimum):
            let long = freeTime[offset].filter { ($0.endMinute - $0.startMinute) * 60 >= minimum }
            return CommitmentWeek(week: week, outcome: long.count >= blocks ? .kept : .slipped, figure: Double(long.count), focusBlocks: long)
        case .holdShare(let most):
            guard let share = metrics[offset].belowShare else {
                return CommitmentWeek(week: week, outcome: .notMeasurable, unmeasurable: .nothingClassified)
            }
            // In whole percent, as every output shows it: 25.4% reads as 25%, within a 25% commitment.
            let over = Int((share * 100).rounded()) > Int((most * 100).rounded())
            let below = touching[offset].filter {
                MeetingTime.counts(instances[$0], classifications[$0]) && classifications[$0].relation == .below
            }
            return CommitmentWeek(week: week, outcome: over ? .slipped : .kept, figure: share,
                                  meetings: over ? describe(below, in: week).sorted { $0.hours > $1.hours } : [])
        }
    }

    /// The instances as the outputs name them, their hours counted inside `week`.
    private func describe(_ indices: [Int], in week: ISOWeek, person: CommittedPerson? = nil) -> [CommittedMeeting] {
        let zone = profile.timeZone
        let start = zone.startOfDay(week.monday)
        let end = zone.startOfDay(week.adding(weeks: 1).monday)
        return indices.map { index in
            let instance = instances[index]
            let wall = zone.wallSeconds(from: instance.start)
            let seconds = max(0, min(instance.end, end).timeIntervalSince(max(instance.start, start)))
            return CommittedMeeting(title: instance.title, category: classifications[index].category, day: WallClock.date(wall),
                                    startMinute: WallClock.secondOfDay(wall) / 60, hours: seconds / 3600,
                                    leaderAttended: leaderAttended(index), personAttended: person.map { attends($0.email, instance) })
        }
    }

    /// Whether someone is at a meeting: a present attendee, or its organizer.
    private func attends(_ email: String, _ instance: MeetingInstance) -> Bool {
        instance.organizer?.email.lowercased() == email
            || instance.attendees.contains { $0.isPresent && $0.email.lowercased() == email }
    }
}

/// Free working time for focus commitments: like the focus figure's free blocks,
/// except that the leader's own focus time (what the rules put in the `focus`
/// category: by default, anything with nobody else invited) is protected time, not busy.
enum FocusTime {
    /// The category whose meetings count as protected time.
    static let ownCategory = "focus"

    static func freeTime(_ instances: [MeetingInstance], classifications: [Classification], profile: LeaderProfile,
                         from first: ISOWeek, weeks count: Int) -> [[FocusBlock]] {
        let zone = profile.timeZone
        var busy = BusyTime(firstDay: first.mondayDayNumber, days: count * 7)
        let start = zone.startOfDay(first.monday)
        let end = zone.startOfDay(first.adding(weeks: count).monday)
        for index in instances.indices where MeetingTime.blocks(instances[index]) {
            let instance = instances[index]
            if let days = instance.allDay {
                busy.blockDays(days.start.dayNumber..<days.end.dayNumber)
            } else if instance.end > start, instance.start < end, classifications[index].category != ownCategory {
                busy.add(zone.wallSeconds(from: instance.start), zone.wallSeconds(from: instance.end))
            }
        }
        return (0..<count).map { week in
            busy.freeTime(week: week, hours: profile.workingHours).map { free in
                FocusBlock(day: WallClock.date(free.start), startMinute: WallClock.secondOfDay(free.start) / 60,
                           endMinute: WallClock.secondOfDay(free.start) / 60 + Int(free.end - free.start) / 60)
            }
        }
    }
}
