import AltitudeModel
import Foundation

/// How one source fared in `altitude import`.
public struct SourceImportReport: Sendable {
    public enum Outcome: Sendable {
        case imported(SnapshotChanges)
        /// The feed answered 304.
        case notModified
        /// The same bytes as the last import: nothing to read again.
        case identical
    }

    public var name: String
    public var outcome: Outcome = .identical
    public var events = 0
    public var instances = 0
    /// Why each skipped event was skipped.
    public var skipReasons: [String] = []
    public var skipped: Int { skipReasons.count }
    public var span: DateInterval?

    public init(name: String) {
        self.name = name
    }

    public var isImported: Bool {
        if case .imported = outcome { return true }
        return false
    }
}

/// What an import did with a profile named for the client.
public enum ProfileChange: Sendable, Hashable {
    /// The client had none.
    case stored
    case updated
    case unchanged
}

/// The summary `altitude import` prints.
public struct ImportSummaryReport: Sendable {
    let zone: ZoneRules

    public init(zone: ZoneRules) {
        self.zone = zone
    }

    public func write(_ reports: [SourceImportReport], profile: ProfileChange? = nil, client: String, to output: TextOutput) {
        switch profile {
        case .stored: output.write("profile stored for \(client)\n")
        case .updated: output.write("profile updated for \(client)\n")
        case .unchanged: output.write("profile unchanged for \(client)\n")
        case nil: break
        }
        for report in reports {
            switch report.outcome {
            case .notModified:
                output.write("\(report.name): no changes (the feed has not changed since the last import)\n")
            case .identical:
                output.write("\(report.name): no changes (identical to the last import)\n")
            case .imported(let changes):
                var line = "\(report.name): \(report.events.formatted()) events, \(report.instances.formatted()) instances"
                if let span = report.span {
                    line += ", \(zone.localDate(of: span.start)) to \(zone.localDate(of: span.end.addingTimeInterval(-1)))"
                }
                output.write(line + "\n")
                let change = changes.isEmpty ? "  no changes"
                    : "  \(changes.new.formatted()) new, \(changes.moved.count.formatted()) moved, \(changes.changed.count.formatted()) changed, "
                        + "\(changes.removed.count.formatted()) removed, \(changes.unchanged.formatted()) unchanged"
                output.write(change + (report.skipped > 0 ? "; \(report.skipped.formatted()) skipped:" : "") + "\n")
                list("moved", changes.moved, to: output)
                list("changed", changes.changed, to: output)
                list("removed", changes.removed, to: output)
                for (reason, count) in Dictionary(grouping: report.skipReasons, by: { $0 }).mapValues(\.count).sorted(by: { $0.key < $1.key }) {
                    output.write("    \(count.formatted())× \(reason)\n")
                }
            }
        }
        if !reports.isEmpty { output.write("(stored for \(client))\n") }
    }

    /// The first few occurrences of a kind of change, so a re-import says what it changed.
    private func list(_ kind: String, _ occurrences: [ChangedOccurrence], to output: TextOutput) {
        let shown = 10
        for occurrence in occurrences.prefix(shown) {
            let from = occurrence.previousStart.map { "\(time($0)) → " } ?? ""
            output.write("    \(kind): \(occurrence.title.replacingControlCharacters())  \(from)\(time(occurrence.start))\n")
        }
        if occurrences.count > shown { output.write("    … and \((occurrences.count - shown).formatted()) more \(kind)\n") }
    }

    private func time(_ instant: Date) -> String {
        let wall = zone.wallSeconds(from: instant)
        let date = zone.localDate(of: instant)
        let minutes = Int(WallClock.secondOfDay(wall) / 60)
        return "\(date.weekday.shortName.capitalized) \(date) \(String(format: "%02d:%02d", minutes / 60, minutes % 60))"
    }

}

/// `altitude sources`.
public struct SourceListReport: Sendable {
    let zone: ZoneRules

    public init(zone: ZoneRules) {
        self.zone = zone
    }

    public func write(_ sources: [StoredSource], client: String, format: EventListFormat, to output: TextOutput) {
        switch format {
        case .text:
            guard !sources.isEmpty else {
                output.write("No calendars imported for \(client) yet: altitude import FILE\n")
                return
            }
            for source in sources {
                let imported = source.importedAt.map { Self.timestamp($0, zone) } ?? "never"
                let checked = source.checkedAt.map { Self.timestamp($0, zone) } ?? "never"
                output.write("#\(source.id)  \(source.name)  [\(source.kind.rawValue)]\n")
                var span = ""
                if let first = source.firstStart, let last = source.lastEnd {
                    span = ", \(zone.localDate(of: first)) to \(zone.localDate(of: last.addingTimeInterval(-1)))"
                }
                output.write("    imported \(imported) (checked \(checked)): \(source.events.formatted()) events, "
                             + "\(source.instances.formatted()) instances\(span)"
                             + (source.skipped > 0 ? ", \(source.skipped.formatted()) skipped" : "") + "\n")
            }
        case .csv:
            output.write(CSV.row(["id", "name", "kind", "imported", "checked", "events", "instances", "skipped", "first", "last"]))
            for source in sources {
                CSV.write([String(source.id), source.name, source.kind.rawValue, source.importedAt.map(Timestamps.utc) ?? "",
                           source.checkedAt.map(Timestamps.utc) ?? "", String(source.events), String(source.instances),
                           String(source.skipped), source.firstStart.map(Timestamps.utc) ?? "", source.lastEnd.map(Timestamps.utc) ?? ""],
                          to: output)
            }
        case .json:
            struct Entry: Encodable {
                var id: Int64, name: String, kind: String, imported: String?, checked: String?
                var events: Int, instances: Int, skipped: Int, first: String?, last: String?
            }
            output.writeJSON(sources.map {
                Entry(id: $0.id, name: $0.name, kind: $0.kind.rawValue, imported: $0.importedAt.map(Timestamps.utc),
                      checked: $0.checkedAt.map(Timestamps.utc), events: $0.events, instances: $0.instances, skipped: $0.skipped,
                      first: $0.firstStart.map(Timestamps.utc), last: $0.lastEnd.map(Timestamps.utc))
            })
        }
    }

    /// `2026-11-21 09:00 +01:00`: the wall time in `zone`, with its offset from UTC, so it reads the same anywhere.
    static func timestamp(_ date: Date, _ zone: ZoneRules) -> String {
        let wall = zone.wallSeconds(from: date)
        let offset = Int(wall - Int64(date.timeIntervalSince1970.rounded(.down))) / 60
        let sign = offset < 0 ? "-" : "+"
        let clock = String(WallClock.isoDescription(wall).prefix(16)).replacingOccurrences(of: "T", with: " ")
        return clock + String(format: " %@%02d:%02d", sign, abs(offset) / 60, abs(offset) % 60)
    }
}

/// `altitude clients`: each client, how many sources, whether a profile is stored.
public struct ClientListReport: Sendable {
    public init() {}

    public func write(_ clients: [ClientSummary], format: EventListFormat, to output: TextOutput) {
        switch format {
        case .text:
            for client in clients {
                output.write("\(client.name)\t\(client.sources.formatted()) source\(client.sources == 1 ? "" : "s")\t"
                             + (client.hasProfile ? "profile stored" : "no profile stored") + "\n")
            }
        case .csv:
            output.write(CSV.row(["client", "sources", "profile_stored"]))
            for client in clients { CSV.write([client.name, String(client.sources), client.hasProfile ? "true" : "false"], to: output) }
        case .json:
            struct Entry: Encodable {
                var client: String, sources: Int, profileStored: Bool
            }
            output.writeJSON(clients.map { Entry(client: $0.name, sources: $0.sources, profileStored: $0.hasProfile) })
        }
    }
}
