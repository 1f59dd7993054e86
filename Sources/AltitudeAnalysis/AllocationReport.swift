import AltitudeModel
import AltitudeRules
import Foundation

/// Everything the report and trend views show: one week in detail, the weeks
/// leading up to it, the trend, the flags the insight rules raised, and what the
/// following week already holds. Plain values; the reporters only format them.
public struct AllocationReport: Sendable {
    public struct Leader: Sendable, Hashable {
        public var name: String
        public var level: String
        public var timeZone: String
        public var promoted: CivilDate?
        public var target: Double?
        public var directReports: Int
        /// Whether the profile names an org chart: without one, who is in the room says less.
        public var hasOrgChart: Bool
    }

    /// One week of the window, with its 4-week rolling mean.
    public struct Week: Sendable, Hashable {
        public var metrics: WeekMetrics
        /// The range the week's below share could honestly be in (`WeekMetrics.belowShareRange`).
        public var belowShareRange: ClosedRange<Double>?
        public var rollingBelowShare: Double?
        /// The 4-week mean's range: the mean of the weeks' lows and of their highs.
        public var rollingBelowShareRange: ClosedRange<Double>?
        /// Outside the calendar's span: its zeros (and its free working hours) are not
        /// figures but the absence of any, and the formats say so instead of showing them.
        public var outsideData: Bool
        /// The first and last days, in the leader's zone.
        public var monday: CivilDate { metrics.week.monday }
        public var sunday: CivilDate { metrics.week.sunday }
    }

    public var leader: Leader
    /// The days the calendar holds instances on (all of them, not only the window's); nil when it holds none.
    public var span: CalendarSpan?
    /// The ladder's levels, lowest first: the order levels are shown in.
    public var levels: [String]
    /// The window, oldest first; the last is the week reported on.
    public var weeks: [Week]
    public var trend: Trend
    public var flags: [Flag]
    public var forwardLook: ForwardLook
    /// The series with the most below-altitude time in the window.
    public var topBelowSeries: [SeriesTime]
    /// How the below share moved since the client's last coaching session, when
    /// the report is for a client who has had one.
    public var sinceLastSession: SessionChange? = nil
    /// The commitments agreed at coaching sessions, measured week by week through the
    /// reported week; nil when there are none (`addBetweenSessions`).
    public var commitments: CommitmentReview? = nil
    /// What handing off the top below-altitude series that have a candidate would have
    /// done to the last four weeks and the next; nil when none has one.
    public var handOffOutlook: WhatIf? = nil

    public var week: Week { weeks[weeks.count - 1] }

    /// How many weeks of the window the calendar covers: what a series' hours per week are over.
    public var coveredWeeks: Int { weeks.count(where: { !$0.outsideData }) }

    /// The share of a week's classified time decided only by who was there, without an org
    /// chart, from which the report says how to add one.
    public static let orgChartAdviceShare = 0.25

    /// The reported week's share of classified time decided only by who was there, when it
    /// is large and there is no org chart to tell the rules more: the evidence that helps most.
    public var timeAnOrgChartWouldDecide: Double? {
        week.outsideData ? nil : Self.timeAnOrgChartWouldDecide(week.metrics, hasOrgChart: leader.hasOrgChart)
    }

    /// The share of this time decided only by who was there, when it is large and there is no org chart.
    public static func timeAnOrgChartWouldDecide(_ metrics: WeekMetrics, hasOrgChart: Bool) -> Double? {
        guard !hasOrgChart, let share = metrics.structureOnlyShare, share >= orgChartAdviceShare else { return nil }
        return share
    }

    /// How many series the top list and the forward look keep.
    public static let seriesShown = 8

    /// Measures the weeks from `first` (or the calendar's first week, when nil)
    /// through `focus`, the trend over them, the flags of `focus`, and the week after it.
    /// `instances` are the whole calendar, in start order; `coverage` is the time each
    /// of its sources has data for, which gives its span.
    public static func build(instances: [MeetingInstance], classifications: [Classification], coverage: [DateInterval],
                             profile: LeaderProfile, ruleSet: RuleSet, focus: ISOWeek, first: ISOWeek?,
                             calibration: Calibration = .shipped) -> AllocationReport {
        let zone = profile.timeZone
        let span = CalendarSpan(coverage: coverage, zone: zone)
        func isOutsideData(_ week: ISOWeek) -> Bool { span.map { !$0.contains(week) } ?? true }
        let dataStart = span?.firstWeek ?? focus
        let windowStart = min(first ?? dataStart, focus)
        let windowLength = focus.weeks(since: windowStart) + 1
        // Earlier weeks feed the previous period, the first rolling means and the promotion baseline.
        var analysisStart = windowStart.adding(weeks: -max(windowLength, Trend.rollingWeeks - 1))
        if let promoted = profile.promoted { analysisStart = min(analysisStart, ISOWeek(containing: promoted)) }
        analysisStart = max(analysisStart, min(dataStart, windowStart))
        let next = focus.adding(weeks: 1)
        var measured = WeeklyAnalyzer(profile: profile).measurement(instances, classifications: classifications,
                                                                     from: analysisStart, through: next)
        // A recurring series reaches into weeks outside the data: what it puts there is not
        // those weeks' figures, so they are left empty and their series time is dropped.
        for index in measured.weeks.indices where isOutsideData(measured.weeks[index].week) {
            measured.weeks[index] = WeekMetrics(week: measured.weeks[index].week)
        }
        measured.belowTime.entries.removeAll { isOutsideData(analysisStart.adding(weeks: $0.week)) }
        let weeks = Array(measured.weeks.dropLast())
        // A week outside the calendar has no 4-week mean of its own: one carried over from the
        // weeks before it would stand for a week nothing is known about (and end the trend there).
        let rolling = zip(weeks, Trend.rollingMeans(weeks)).map { week, mean in isOutsideData(week.week) ? nil : mean }
        let ranges = weeks.map { $0.belowShareRange(calibration) }
        let rollingRanges = weeks.indices.map { index in isOutsideData(weeks[index].week) ? nil : Trend.rollingRange(ranges, at: index) }
        let window = (weeks.count - windowLength)..<weeks.count
        let trend = Trend.measure(weeks, window: window, rolling: rolling, ranges: ranges, profile: profile)
        // Nothing is known about a week outside the calendar: no rule may fire on its zeros. Nor on a week
        // without any meeting time (all-day entries only: a week off): there is nothing in it to judge.
        let figures = isOutsideData(focus) || weeks[weeks.count - 1].meetingSeconds == 0 ? nil
            : InsightFigures.week(at: weeks.count - 1, of: weeks, ranges: ranges, directReports: profile.directs.count)
        let flags = figures.map { figures in
            ruleSet.insights.compactMap { rule in
                rule.fires(on: figures).map { Flag(rule: rule.id, advice: rule.advice, description: rule.description, reasons: $0) }
            }
        } ?? []
        let following = measured.belowTime.summarize(from: next, through: next, weeks: 1)
        let nextWeek = measured.weeks[measured.weeks.count - 1]
        var report = AllocationReport(
            leader: Leader(name: profile.name, level: profile.level, timeZone: zone.identifier, promoted: profile.promoted,
                           target: profile.target, directReports: profile.directs.count, hasOrgChart: profile.orgChart != nil),
            span: span, levels: ruleSet.ladder.names,
            weeks: window.map { Week(metrics: weeks[$0], belowShareRange: ranges[$0], rollingBelowShare: rolling[$0],
                                     rollingBelowShareRange: rollingRanges[$0], outsideData: isOutsideData(weeks[$0].week)) },
            trend: trend, flags: flags,
            forwardLook: ForwardLook(week: next, meetingHours: nextWeek.meetingHours, belowHours: nextWeek.belowHours,
                                     outsideData: isOutsideData(next), series: Array(following.prefix(seriesShown))),
            topBelowSeries: [])
        // Per week of the window the calendar covers: weeks before or after it would thin a series out.
        // A series the leader has since declined or left is not theirs to hand on.
        let left = seriesLeft(instances, after: zone.startOfDay(next.monday), isOutsideData: isOutsideData, zone: zone)
        report.topBelowSeries = Array(measured.belowTime.summarize(from: windowStart, through: focus, weeks: report.coveredWeeks)
            .filter { !($0.recurring && left.contains($0.title.lowercased())) }.prefix(seriesShown))
        return report
    }

    /// The titles (lower-cased) of recurring series whose every occurrence from `start` on
    /// (inside the data) the leader has declined, is no longer invited to (after attending
    /// earlier ones), or that was cancelled: the leader has already let go of them. By title,
    /// since declining "this and following" splits a series in two (Google gives the rest a
    /// UID of its own). A series with no occurrence from `start` on is not known to be left.
    static func seriesLeft(_ instances: [MeetingInstance], after start: Date, isOutsideData: (ISOWeek) -> Bool,
                           zone: ZoneRules) -> Set<String> {
        var attendedBefore: Set<String> = []
        var declinedAhead: Set<String> = []
        var attendsAhead: [String: Bool] = [:]
        for instance in instances where instance.isRecurring {
            let attends = instance.myResponse != .unknown && instance.myResponse != .declined && instance.status != .cancelled
            let title = instance.title.lowercased()
            guard instance.start >= start else {
                if attends { attendedBefore.insert(title) }
                continue
            }
            guard !isOutsideData(ISOWeek(containing: zone.localDate(of: instance.start))) else { continue }
            attendsAhead[title] = (attendsAhead[title] ?? false) || attends
            if instance.myResponse == .declined { declinedAhead.insert(title) }
        }
        // Not invited any more counts only after the leader was on it: an owner nobody knows answers nothing.
        return Set(attendsAhead.filter { title, attends in
            !attends && (declinedAhead.contains(title) || attendedBefore.contains(title))
        }.keys)
    }
}

/// The 4-week mean below share at the last coaching session (the four weeks
/// before the session's week) and at the reported week.
public struct SessionChange: Sendable, Hashable {
    public var date: CivilDate
    public var then: Double?
    public var now: Double?
    /// The categories whose weekly hours moved most between those two 4-week spans, most first.
    public var categories: [CategoryShift]

    /// A category's mean weekly hours before the session and now.
    public struct CategoryShift: Sendable, Hashable {
        public var category: String
        public var thenHours: Double
        public var nowHours: Double
    }

    /// How many categories `categories` keeps.
    public static let categoriesShown = 5

    /// Compares the weeks before the session (`before`) with the weeks ending with the reported one (`recent`).
    public init(date: CivilDate, before: [WeekMetrics], recent: [WeekMetrics], then: Double?, now: Double?) {
        self.date = date
        self.then = then
        self.now = now
        func weeklyHours(_ weeks: [WeekMetrics]) -> [String: Double] {
            var hours: [String: Double] = [:]
            for week in weeks {
                for (category, seconds) in week.categorySeconds { hours[category, default: 0] += Double(seconds) / 3600 }
            }
            return hours.mapValues { $0 / Double(max(weeks.count, 1)) }
        }
        let old = weeklyHours(before)
        let new = weeklyHours(recent)
        categories = Set(old.keys).union(new.keys)
            .map { CategoryShift(category: $0, thenHours: old[$0] ?? 0, nowHours: new[$0] ?? 0) }
            .filter { abs($0.nowHours - $0.thenHours) >= 0.05 }
            .sorted { (abs($0.nowHours - $0.thenHours), $1.category) > (abs($1.nowHours - $1.thenHours), $0.category) }
            .prefix(Self.categoriesShown).map { $0 }
    }

    /// Now minus then, as a fraction.
    public var change: Double? {
        guard let then, let now else { return nil }
        return now - then
    }
}

/// A flag an insight rule raised, and the figures that made it fire.
public struct Flag: Sendable, Hashable {
    public var rule: String
    public var advice: String
    public var description: String
    public var reasons: [String]
}

/// What the week after the reported one already holds.
public struct ForwardLook: Sendable, Hashable {
    public var week: ISOWeek
    public var meetingHours: Double
    public var belowHours: Double
    /// After the calendar's last week: nothing booked there is known, rather than nothing booked.
    public var outsideData: Bool
    /// The series that put below-altitude time there, most first.
    public var series: [SeriesTime]
}

/// Below-altitude time from one series (or one-off meeting) over some weeks.
public struct SeriesTime: Sendable, Hashable {
    /// Which meetings these are: the series' UID, or for one-off meetings their title
    /// and rule (each incident's war room is one line), so later steps find them again.
    public var key: String
    /// The title of its latest instance in the weeks looked at.
    public var title: String
    /// Its time inside the weeks looked at; a meeting running into a week before or after them counts only its part inside.
    public var hours: Double
    /// How many weeks `hours` is spread over: the weeks looked at that the calendar covers.
    public var weeks: Int
    /// Its meetings with time in the weeks looked at: a meeting across Sunday midnight is a
    /// meeting in each week it takes time in, and one meeting over weeks that hold both parts.
    public var meetings: Int
    public var level: String?
    public var category: String?
    /// The rule that classified it.
    public var rule: String?
    public var recurring: Bool

    /// Who could take it over, the likeliest first; empty where the calendar suggests nobody.
    public var candidates: [HandOffCandidate] = []

    public var hoursPerWeek: Double { hours / Double(weeks) }

    /// The grouping `key` of an instance: its series, or for a one-off its title and rule.
    static func key(of instance: MeetingInstance, _ classification: Classification) -> String {
        instance.isRecurring ? instance.seriesID : "\(instance.title.lowercased())\u{1F}\(classification.rule ?? "")"
    }

    /// Its meetings, as a commitment or a what-if names them: the series by its UID, one-offs by their title.
    public var match: SeriesMatch {
        recurring ? SeriesMatch(title: title, seriesIDs: [key], byTitle: false) : SeriesMatch(title: title, seriesIDs: [], byTitle: true)
    }

    /// Below-altitude meeting time, one entry per meeting and week it takes time in, in
    /// the meetings' start order (so the parts of a meeting split between weeks are adjacent).
    struct Ledger {
        struct Entry {
            /// Weeks since `first`.
            var week: Int
            var seconds: Int
            var instance: Int
        }

        let first: ISOWeek
        let instances: [MeetingInstance]
        let classifications: [Classification]
        var entries: [Entry] = []

        /// The series' time from `start` through `end`, spread over `weeks` weeks, most first (then by title).
        func summarize(from start: ISOWeek, through end: ISOWeek, weeks: Int) -> [SeriesTime] {
            let range = start.weeks(since: first)...end.weeks(since: first)
            var bySeries: [String: SeriesTime] = [:]
            var lastCounted: Int?
            for entry in entries where range.contains(entry.week) {
                let instance = instances[entry.instance]
                let classification = classifications[entry.instance]
                // One-off meetings with the same title and rule (each incident's war room) read as one line.
                let series = SeriesTime.key(of: instance, classification)
                var time = bySeries[series] ?? SeriesTime(key: series, title: instance.title, hours: 0, weeks: weeks, meetings: 0,
                                                          level: classification.level, category: classification.category,
                                                          rule: classification.rule, recurring: instance.isRecurring)
                time.title = instance.title  // entries are in start order: the latest title wins
                time.hours += Double(entry.seconds) / 3600
                // The next week's part of a meeting already counted follows it directly.
                if entry.instance != lastCounted { time.meetings += 1 }
                lastCounted = entry.instance
                bySeries[series] = time
            }
            return bySeries.values.sorted { ($0.hours, $1.title) > ($1.hours, $0.title) }
        }
    }
}

/// A week's figures as the insight rules see them.
enum InsightFigures {
    /// `ranges` are the weeks' below-share ranges: a run of rises counts only when it
    /// climbed further than those weeks' shares could be off, so no flag claims a
    /// movement the classification cannot tell from noise.
    static func week(at index: Int, of weeks: [WeekMetrics], ranges: [ClosedRange<Double>?], directReports: Int) -> WeekFigures {
        let week = weeks[index]
        var oneOnOneSeconds = week.people.directsOneOnOneSeconds
        if index > 0 { oneOnOneSeconds += weeks[index - 1].people.directsOneOnOneSeconds }
        var rising = 0
        var current = index
        while current > 0, let now = weeks[current].belowShare, let before = weeks[current - 1].belowShare, now > before {
            rising += 1
            current -= 1
        }
        if rising > 0, let now = week.belowShare, let start = weeks[current].belowShare,
           let uncertainty = Trend.halfWidth(ranges[current...index]), now - start <= uncertainty {
            rising = 0
        }
        return WeekFigures(categoryHours: week.categorySeconds.mapValues { Double($0) / 3600 }) { metric in
            switch metric {
            case .meetingHours: week.meetingHours
            case .meetings: Double(week.meetings)
            case .belowHours: week.belowHours
            case .atHours: week.atHours
            case .aboveHours: week.aboveHours
            case .unclassifiedHours: week.unclassifiedHours
            case .belowShare: week.belowShare ?? 0
            case .unclassifiedShare: week.unclassifiedShare ?? 0
            case .structureOnlyShare: week.structureOnlyShare ?? 0
            case .focusHours: week.focusHours
            case .afterHours: week.afterHours
            case .directsHours: week.people.directsHours
            case .oneOnOneMinutesPerDirect: directReports > 0 ? Double(oneOnOneSeconds) / 60 / Double(directReports) : 0
            case .managerHours: week.people.managerHours
            case .peersHours: week.people.peersHours
            case .externalHours: week.people.externalHours
            case .directReports: Double(directReports)
            case .belowShareRisingWeeks: Double(rising)
            }
        }
    }
}
