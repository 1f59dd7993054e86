import AltitudeAnalysis
import AltitudeModel
import AltitudeReporters
import AltitudeStore
import Foundation

/// Which weeks of a leader to analyse: the week reported, the weeks of trend that
/// end with it, and whether the result is redacted.
public struct WeeksChoice: Sendable {
    public var week: WeekChoice
    public var weeks: WeekCount
    /// `--redact`: titles and people replaced before anything is formatted (see `Redactor`).
    public var redact: Bool

    public init(week: WeekChoice = .last, weeks: WeekCount = .count(12), redact: Bool = false) {
        self.week = week
        self.weeks = weeks
        self.redact = redact
    }
}

extension Workspace {
    /// A leader's weeks, analysed: the one pipeline `report`, `trends`, the digest,
    /// the portfolio and the session pack share, so each shows the same figures and
    /// lines. The weeks are measured in the leader's zone (with the trend, the flags
    /// and the week after); for a client read from the store who has had a session
    /// before the reported week, the report says how the below share moved since;
    /// the commitments agreed at sessions (and in the client's commitments.yaml) are
    /// measured, and each below-altitude series gets who could take it; and, when
    /// asked, it is redacted with the client's key before any formatter sees it.
    public func weeks(of calendar: LoadedCalendar, _ choice: WeeksChoice, store openStore: Store? = nil) throws -> AllocationReport {
        let (leader, classifications) = try calendar.classified()
        var report = try calendar.measure(choice.week, choice.weeks, now: now, leader: leader, classifications: classifications)
        var sessions: [CoachingSession] = []
        if calendar.readFromFiles == nil, let store = try openStore ?? storeIfPresent() {
            sessions = try store.sessions(client: leader.client.name)
            report.sinceLastSession = calendar.changeSince(sessions, reported: report, leader: leader, classifications: classifications)
        }
        // The sessions' commitments, the earliest session's first, then the file's.
        let commitments = sessions.reversed().flatMap(\.commitments) + (try writtenCommitments(of: calendar, leader: leader))
        report.addBetweenSessions(commitments: commitments, instances: calendar.instances, classifications: classifications,
                                  profile: leader.profile, now: now)
        if choice.redact { report = try redactor(for: calendar, profile: leader.profile).redact(report) }
        return report
    }
}

extension LoadedCalendar {
    /// The weeks from `weeks` before `week` through it. Days chosen with
    /// `--from`/`--to` must hold every reported week whole: a cut week would be
    /// reported as if it were all there.
    func measure(_ week: WeekChoice, _ weeks: WeekCount, now: Date, leader: LeaderContext,
                 classifications: [Classification]) throws -> AllocationReport {
        let zone = leader.profile.timeZone
        let focus = week.resolve(now: now, zone: zone)
        let first = weeks.firstWeek(endingWith: focus)
        // With --weeks all the report starts at the first week of the calendar's data, which --from cuts only when there is some.
        if let from = days.from, let firstReported = first ?? CalendarSpan(coverage: coverage, zone: zone)?.firstWeek,
           from > firstReported.monday {
            let window = first == nil ? "with --weeks all, the report starts at the first week of the calendar's data"
                : "the \(weeks.text) weeks that end with \(focus) start there"
            throw Failure(.usage, "--from \(from) (in \(ISOWeek(containing: from))) is after the start of \(firstReported) "
                          + "(\(firstReported.monday) to \(firstReported.sunday)), the first week the report covers — \(window), "
                          + "and every week is measured whole: give --from \(firstReported.monday) or earlier"
                          + (first == nil ? "" : ", fewer --weeks") + ", or leave --from out")
        }
        if let to = days.to, to < focus.monday.adding(days: 7) {
            throw Failure(.usage, "--to \(to) (exclusive) ends inside or before \(focus) (\(focus.monday) to \(focus.sunday)), "
                          + "the week reported: give --to \(focus.monday.adding(days: 7)) or later, or leave it out")
        }
        return AllocationReport.build(instances: instances, classifications: classifications, coverage: coverage,
                                      profile: leader.profile, ruleSet: leader.rules, focus: focus, first: first)
    }

    /// The 4-week mean below share before the latest session that came before the
    /// reported week, against the reported week's; nil when there is no such session.
    func changeSince(_ sessions: [CoachingSession], reported: AllocationReport, leader: LeaderContext,
                     classifications: [Classification]) -> SessionChange? {
        let reportedWeek = reported.week.metrics.week
        guard let session = sessions.first(where: { ISOWeek(containing: $0.date) <= reportedWeek }) else { return nil }
        // The four weeks before the session's week: what the coach and the client looked at then.
        let before = ISOWeek(containing: session.date).adding(weeks: -1)
        let then = AllocationReport.build(instances: instances, classifications: classifications, coverage: coverage,
                                          profile: leader.profile, ruleSet: leader.rules, focus: before,
                                          first: before.adding(weeks: 1 - Trend.rollingWeeks))
        return SessionChange(date: session.date, before: then.weeks.map(\.metrics),
                             recent: reported.weeks.suffix(Trend.rollingWeeks).map(\.metrics),
                             then: then.week.rollingBelowShare, now: reported.week.rollingBelowShare)
    }
}
