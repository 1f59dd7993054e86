import AltitudeAnalysis
import AltitudeModel
import AltitudeReporters
import AltitudeRules
import AltitudeStore
import Foundation

/// A coach's clients: adding one (its profile and calendars), changing its
/// profile, looking at it, removing every trace of it, and its coaching sessions.
extension Workspace {
    /// Adds a client: its profile, checked against the client's rules, and any
    /// sources, stored together in one import (nothing is stored when one fails).
    public func addClient(_ name: String, profileFile: String, sources: [String],
                          progress: (String) -> Void = { _ in }) throws -> ImportOutcome {
        if let store = storeIfPresent(), try store.hasClient(name) {
            throw Failure(.usage, "there is already a client \(name): `altitude clients edit \(name) --profile FILE` changes its profile")
        }
        return try importSources(ImportRequest(sources: sources), for: LeaderSelection(client: name, profileFile: profileFile),
                                 progress: progress)
    }

    /// Replaces a client's stored profile with the file's (checked first).
    public func editClient(_ name: String, profileFile: String) throws -> ImportOutcome {
        try requireClient(name, in: try openExistingStore())
        return try importSources(ImportRequest(sources: []), for: LeaderSelection(client: name, profileFile: profileFile))
    }

    /// Removes the client and all it holds, leaving none of its text in the store's file.
    public func removeClient(_ name: String) throws -> ClientRemoval {
        guard let removal = try openExistingStore().removeClient(name) else { throw Self.unknownClient(name) }
        return removal
    }

    /// The client's profile, sources, freshness, rules layer and sessions.
    public func clientOverview(_ name: String) throws -> ClientOverview {
        let store = try openExistingStore()
        try requireClient(name, in: store)
        var profile: LeaderProfile?
        var problem: String?
        if let source = try profileSource(for: LeaderSelection(client: name), store: store) {
            do {
                profile = try source.parse(ladder: nil)
            } catch {
                problem = "stored, but it does not read: \(error.description)"
            }
        }
        let sources = try store.sources(client: name)
        let directory = clientRulesDirectory(name)
        let ruleFiles = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        return ClientOverview(name: name, profile: profile, profileProblem: problem, sources: sources,
                              freshness: DataFreshness(sources: sources, now: now), rulesDirectory: directory, ruleFiles: ruleFiles,
                              sessions: try store.sessions(client: name))
    }

    /// Records a coaching session with the client (today when no date is given).
    public func addSession(client: String, date: CivilDate?, note: String?) throws -> CoachingSession {
        let session = CoachingSession(date: date ?? systemTimeZone.localDate(of: now), note: note)
        guard try openExistingStore().addSession(session, client: client, at: now) else { throw Self.unknownClient(client) }
        return session
    }

    /// The client's sessions, the latest first.
    public func sessions(client: String) throws -> [CoachingSession] {
        let store = try openExistingStore()
        try requireClient(client, in: store)
        return try store.sessions(client: client)
    }

    /// The report on the calendar, and for a client read from the store who has
    /// had a session before the reported week, how the below share moved since.
    public func report(_ calendar: LoadedCalendar, week: WeekChoice, weeks: WeekCount, store openStore: Store? = nil) throws -> AllocationReport {
        var report = try calendar.allocationReport(week: week, weeks: weeks, now: now)
        if calendar.importResult == nil, let leader = calendar.leader, let store = openStore ?? storeIfPresent() {
            let sessions = try store.sessions(client: leader.client)
            report.sinceLastSession = calendar.changeSince(sessions, reported: report)
        }
        return report
    }

    private func requireClient(_ name: String, in store: Store) throws {
        guard try store.hasClient(name) else { throw Self.unknownClient(name) }
    }

    static func unknownClient(_ name: String) -> Failure {
        Failure(.usage, "no client \(name) in the store; `altitude clients` lists them")
    }
}

extension LoadedCalendar {
    /// The 4-week mean below share before the latest session that came before the
    /// reported week, against the reported week's; nil when there is no such session.
    func changeSince(_ sessions: [CoachingSession], reported: AllocationReport) -> SessionChange? {
        let reportedWeek = reported.week.metrics.week
        guard let (leader, classifications) = try? classified(),
              let session = sessions.first(where: { ISOWeek(containing: $0.date) <= reportedWeek }) else { return nil }
        // The four weeks before the session's week: what the coach and the client looked at then.
        let before = ISOWeek(containing: session.date).adding(weeks: -1)
        let then = AllocationReport.build(instances: instances, classifications: classifications, profile: leader.profile,
                                          ruleSet: leader.rules, focus: before, first: before.adding(weeks: 1 - Trend.rollingWeeks))
        return SessionChange(date: session.date, before: then.weeks.map(\.metrics),
                             recent: reported.weeks.suffix(Trend.rollingWeeks).map(\.metrics),
                             then: then.week.rollingBelowShare, now: reported.week.rollingBelowShare)
    }
}
