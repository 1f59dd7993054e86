import AltitudeModel
import Foundation

/// How current a client's calendar is: when any of its sources was last imported
/// or checked, where its data ends, and whether that is too long ago to trust last
/// week's figures. An export says nothing about the days after the range it was made
/// for, however recently it was imported, so the age counts from the end of the data
/// when that comes before the import.
public struct DataFreshness: Sendable, Hashable {
    public var lastImport: Date?
    /// The end of the latest time any source has data for (`StoredSource.coverage`).
    public var dataEnd: Date?
    /// Whole days since the data was last current: since the last import, or since the data ends when that is earlier.
    public var daysSince: Int?

    /// Data older than this misses at least a week the portfolio reports on.
    public static let staleAfterDays = 14

    public init(sources: [StoredSource], now: Date) {
        lastImport = sources.compactMap { $0.checkedAt ?? $0.importedAt }.max()
        dataEnd = sources.compactMap { $0.coverage?.end }.max()
        daysSince = current.map { Int(now.timeIntervalSince($0) / 86_400) }
    }

    /// When the data was last current: the last import, or the end of the data when that is earlier.
    public var current: Date? {
        guard let lastImport else { return nil }
        return dataEnd.map { min($0, lastImport) } ?? lastImport
    }

    /// Whether the data ends before the last import: then the age counts from its end.
    public var endsBeforeImport: Bool {
        guard let lastImport, let dataEnd else { return false }
        return dataEnd < lastImport
    }

    public var isStale: Bool { (daysSince ?? Int.max) > Self.staleAfterDays }

    /// "2026-11-20 (3 days ago)", "STALE data ends 2026-09-01 (80 days ago)", or "never imported".
    public func text(zone: ZoneRules) -> String {
        guard let current, let daysSince else { return "never imported" }
        let ago = daysSince <= 0 ? "today" : daysSince == 1 ? "1 day ago" : "\(daysSince) days ago"
        let date = zone.localDate(of: endsBeforeImport ? current.addingTimeInterval(-1) : current)
        return (isStale ? "STALE " : "") + (endsBeforeImport ? "data ends " : "") + "\(date) (\(ago))"
    }
}

/// What `altitude clients show` says about a client: the profile, the sources
/// and how fresh they are, the client's rules layer, and the last sessions.
public struct ClientOverview: Sendable {
    public var name: String
    /// Nil when none is stored; `profileProblem` says why one could not be read.
    public var profile: LeaderProfile?
    public var profileProblem: String?
    public var sources: [StoredSource]
    public var freshness: DataFreshness
    public var rulesDirectory: String
    /// The rules files in `rulesDirectory` (names), empty when there are none.
    public var ruleFiles: [String]
    /// The latest first.
    public var sessions: [CoachingSession]

    public init(name: String, profile: LeaderProfile?, profileProblem: String?, sources: [StoredSource], freshness: DataFreshness,
                rulesDirectory: String, ruleFiles: [String], sessions: [CoachingSession]) {
        self.name = name
        self.profile = profile
        self.profileProblem = profileProblem
        self.sources = sources
        self.freshness = freshness
        self.rulesDirectory = rulesDirectory
        self.ruleFiles = ruleFiles
        self.sessions = sessions
    }

    /// How many sessions `show` lists.
    public static let sessionsShown = 5
}

/// `altitude clients show NAME` as text.
public struct ClientOverviewReport: Sendable {
    public let zone: ZoneRules

    public init(zone: ZoneRules) {
        self.zone = zone
    }

    public func write(_ overview: ClientOverview, to output: TextOutput) {
        var lines = [overview.name.replacingControlCharacters()]
        if let profile = overview.profile {
            var facts = [profile.name, profile.level]
            if let promoted = profile.promoted { facts.append("promoted \(promoted)") }
            if let target = profile.target { facts.append("target \(Figures.percent(target))") }
            facts.append("\(profile.directs.count) direct\(profile.directs.count == 1 ? "" : "s")")
            facts.append(profile.timeZone.identifier)
            if !profile.functions.isEmpty { facts.append("packs: " + profile.functions.joined(separator: ", ")) }
            if let chart = profile.orgChart { facts.append("org chart of \(chart.people.count) people") }
            lines.append("  profile   " + facts.joined(separator: " · ").replacingControlCharacters())
        } else {
            lines.append("  profile   " + (overview.profileProblem ?? "none stored (altitude clients edit \(overview.name) --profile FILE)"))
        }
        var data = "  data      last import "
        if let lastImport = overview.freshness.lastImport {
            data += "\(zone.localDate(of: lastImport))"
            if let end = overview.freshness.dataEnd { data += "; the data runs to \(zone.localDate(of: end.addingTimeInterval(-1)))" }
            data += overview.freshness.isStale ? " (STALE: \(overview.freshness.text(zone: zone)))" : ""
        } else {
            data += "never"
        }
        lines.append(data)
        if overview.sources.isEmpty { lines.append("  sources   none (altitude import FILE --client \(overview.name))") }
        for source in overview.sources {
            let imported = source.importedAt.map { "imported \(zone.localDate(of: $0))" } ?? "not imported"
            let checked = source.checkedAt.map { "checked \(zone.localDate(of: $0))" } ?? ""
            lines.append("  source \(source.id)  \(source.name.replacingControlCharacters())  \(imported)"
                         + (checked.isEmpty ? "" : ", \(checked)") + ", \(source.instances.formatted()) instances")
        }
        lines.append("  rules     \(overview.rulesDirectory)"
                     + (overview.ruleFiles.isEmpty ? " (no files: the shipped and user rules apply)" : " (\(overview.ruleFiles.joined(separator: ", ")))"))
        if overview.sessions.isEmpty { lines.append("  sessions  none (altitude sessions add --client \(overview.name))") }
        for (index, session) in overview.sessions.prefix(ClientOverview.sessionsShown).enumerated() {
            lines.append((index == 0 ? "  sessions  " : "            ") + session.date.description
                         + (session.note.map { "  " + Figures.clip($0, 70) } ?? ""))
        }
        output.write(lines.joined(separator: "\n") + "\n")
    }
}
