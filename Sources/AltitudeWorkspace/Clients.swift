import AltitudeAnalysis
import AltitudeModel
import AltitudeReporters
import AltitudeRules
import AltitudeStore
import Foundation

/// A coach's clients: adding one (its profile and calendars), changing its
/// profile, looking at it, removing every trace of it, and its coaching sessions
/// (recorded with their commitments: `recordSession`).
extension Workspace {
    /// Adds a client: its profile, checked against the client's rules, and any
    /// sources, stored together in one import (nothing is stored when one fails).
    public func addClient(_ name: ClientName, profileFile: String, sources: [String],
                          progress: (String) -> Void = { _ in }) throws -> ImportOutcome {
        if let store = try storeIfPresent(), try store.hasClient(name.name) {
            throw Failure(.usage, "there is already a client \(name): `altitude clients edit \(name) --profile FILE` changes its profile")
        }
        return try importSources(ImportRequest(sources: sources), for: LeaderSelection(client: name, profileFile: profileFile),
                                 progress: progress)
    }

    /// Replaces a client's stored profile with the file's (checked first).
    public func editClient(_ name: ClientName, profileFile: String) throws -> ImportOutcome {
        try requireClient(name, in: try openExistingStore())
        return try importSources(ImportRequest(sources: []), for: LeaderSelection(client: name, profileFile: profileFile))
    }

    /// Removes the client and all it holds, leaving none of its text in the store's file.
    public func removeClient(_ name: ClientName) throws -> ClientRemoval {
        let store = try openExistingStore()
        try requireClient(name, in: store)
        guard let removal = try store.removeClient(name.name) else { throw try Self.unknownClient(name, in: store) }
        return removal
    }

    /// The client's profile, sources, freshness, rules layer and sessions.
    public func clientOverview(_ name: ClientName) throws -> ClientOverview {
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
        let sources = try store.sources(client: name.name)
        let directory = clientRulesDirectory(name)
        let ruleFiles = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        return ClientOverview(name: name.name, profile: profile, profileProblem: problem, sources: sources,
                              freshness: DataFreshness(sources: sources, now: now), rulesDirectory: directory, ruleFiles: ruleFiles,
                              sessions: try store.sessions(client: name.name))
    }

    /// Today, in the zone sessions are dated in.
    public var today: CivilDate { systemTimeZone.localDate(of: now) }

    /// The client's sessions, the latest first.
    public func sessions(client: ClientName) throws -> [CoachingSession] {
        let store = try openExistingStore()
        try requireClient(client, in: store)
        return try store.sessions(client: client.name)
    }

    /// Every client's sessions: by client name, the latest first within each.
    public func allSessions() throws -> [(client: String, sessions: [CoachingSession])] {
        let store = try openExistingStore()
        return try store.clients().map { ($0.name, try store.sessions(client: $0.name)) }
    }

    /// The client's profile as stored (its text, and the org chart it names), or a failure saying there is none.
    public func storedProfile(_ name: ClientName) throws -> StoredProfile {
        let store = try openExistingStore()
        try requireClient(name, in: store)
        guard let profile = try store.profile(client: name.name) else {
            throw Failure(.configError, "no profile is stored for \(name): `altitude clients edit \(name) --profile FILE` stores one")
        }
        return profile
    }

    /// Every client in the store, with how many sources each has.
    public func clients() throws -> [ClientSummary] {
        try openExistingStore().clients()
    }

    /// The calendars imported for a client, with when and what they held.
    public func sources(client: ClientName) throws -> [StoredSource] {
        let store = try openExistingStore()
        if !client.isMe { try requireClient(client, in: store) }
        return try store.sources(client: client.name)
    }

    /// Removes a source (its number, path or address) and what it said.
    public func forget(_ reference: String, client: ClientName) throws -> StoredSource {
        let store = try openExistingStore()
        if !client.isMe { try requireClient(client, in: store) }
        guard let forgotten = try store.forget(reference, client: client.name) else {
            throw Failure(.usage, "no source “\(reference)” for \(client); `altitude sources` lists them")
        }
        return forgotten
    }

    /// Every command that reads a client from the store asks this first: a misspelt name is a
    /// usage error with the likely client, not an empty calendar or "no profile".
    func requireClient(_ name: ClientName, in store: Store) throws {
        guard try store.hasClient(name.name) else { throw try Self.unknownClient(name, in: store) }
    }

    static func unknownClient(_ name: ClientName, in store: Store) throws -> Failure {
        let known = try store.clients().map(\.name)
        let hint = Spelling.suggestion(for: name.name, among: known).map { "did you mean \($0)? " } ?? ""
        return Failure(.usage, "no client \(name) in the store; \(hint)`altitude clients` lists them")
    }
}
