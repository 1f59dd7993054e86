import AltitudeModel
import AltitudeYAML
import Foundation
import Yams

/// Reads `profile.yaml`. Every problem is reported with file, line and column;
/// a profile with any problem is not used.
public enum ProfileLoader {
    static let keys = ["name", "email", "aliases", "level", "timezone", "promoted", "organization", "manager", "directs",
                       "peers", "working_hours", "target", "function", "org_chart"]

    /// Reads a file a profile names (its org chart), by the name as written: the
    /// text and where it was read from; nil when there is no such file.
    public typealias FileReader = @Sendable (String) -> (text: String, origin: String)?

    /// Files named relative to the profile file's directory, from disk.
    public static func filesBeside(_ profileFile: String) -> FileReader {
        { name in
            var path = name
            if !name.hasPrefix("/"), let slash = profileFile.lastIndex(of: "/") { path = profileFile[...slash] + name }
            return FileManager.default.contents(atPath: path).map { (String(decoding: $0, as: UTF8.self), path) }
        }
    }

    public static func load(path: String, ladder: Ladder) throws(ConfigErrors) -> LeaderProfile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigErrors([ConfigError(file: path, message: FileManager.default.fileExists(atPath: path)
                                                ? "cannot be read (permission denied?)" : "no such profile",
                                            hint: "`altitude init` writes a profile to start from")])
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path, ladder: ladder)
    }

    /// Parses a profile. Without a ladder the level is not checked: a caller that
    /// needs the zone and addresses before the rules are loaded parses again with it.
    public static func parse(_ text: String, file: String, ladder: Ladder?,
                             files: FileReader? = nil) throws(ConfigErrors) -> LeaderProfile {
        var reader = NodeReader(file: file)
        guard let root = reader.parse(text) else {
            if reader.errors.isEmpty { reader.fail(at: nil, "the profile is empty", hint: "`altitude init` writes a profile to start from") }
            throw ConfigErrors(reader.errors)
        }
        guard let entries = reader.mapping(root, allowed: keys, what: "the profile") else { throw ConfigErrors(reader.errors) }

        func required(_ key: String) -> Node? {
            if let entry = entries[key] { return entry.value }
            reader.fail(at: root, "the profile has no “\(key)”", hint: "add `\(key): …` (see `altitude init`)")
            return nil
        }
        let name = required("name").flatMap { reader.string($0, what: "name") } ?? ""
        let email = required("email").flatMap { address($0, what: "email", reader: &reader) } ?? ""
        let aliases = entries["aliases"].map { addresses($0.value, what: "aliases", reader: &reader) } ?? []
        var level = ""
        if let node = required("level"), let value = reader.string(node, what: "level") {
            if let ladder, ladder.index(of: value) == nil {
                let hint = Spelling.suggestion(for: value, among: ladder.names).map { "did you mean “\($0)”?" }
                    ?? "the ladder is \(ladder.names.joined(separator: " < "))"
                reader.fail(at: node, "“\(value)” is not a level on the ladder", hint: hint)
            }
            level = value
        }
        var zone = ZoneRules.utc
        if let node = required("timezone"), let value = reader.string(node, what: "timezone") {
            if let resolved = ZoneRules(ianaIdentifier: value) {
                zone = resolved
            } else {
                reader.fail(at: node, "“\(value)” is not a time zone this system knows",
                            hint: "use an IANA name such as America/New_York or Europe/Berlin")
            }
        }
        let promoted = entries["promoted"].flatMap { reader.date($0.value, what: "promoted") }
        var organization = entries["organization"].flatMap { reader.strings($0.value, what: "organization") } ?? []
        organization = organization.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
        if organization.isEmpty, let at = email.lastIndex(of: "@") {
            organization = [String(email[email.index(after: at)...])]  // the leader's own domain
        }
        let manager = entries["manager"].flatMap { address($0.value, what: "manager", reader: &reader) }
        let directs = entries["directs"].map { addresses($0.value, what: "directs", reader: &reader) } ?? []
        let peers = entries["peers"].map { addresses($0.value, what: "peers", reader: &reader) } ?? []
        let hours = entries["working_hours"].map { workingHours($0.value, reader: &reader) } ?? .standard
        var target: Double?
        if let node = entries["target"]?.value, let text = reader.string(node, what: "target") {
            target = fraction(text)
            if target == nil {
                reader.fail(at: node, "target should be a share between 0 and 1 (0.25) or a percentage (25%), not “\(text)”")
            }
        }
        let functions = entries["function"].flatMap { reader.choices($0.value, what: "function", from: RuleLayer.packs.map { ($0, $0) }) } ?? []
        let chart = entries["org_chart"].flatMap { entry in
            orgChart(entry.value, leader: Set([email] + aliases), files: files ?? filesBeside(file), reader: &reader)
        }
        guard reader.errors.isEmpty else { throw ConfigErrors(reader.errors) }
        return LeaderProfile(name: name, email: email, aliases: aliases, level: level, timeZone: zone, promoted: promoted,
                             organization: organization, manager: manager, directs: directs, peers: peers,
                             workingHours: hours, target: target, functions: functions, orgChart: chart)
    }

    /// `org_chart: org.csv`: read and checked; its problems are reported with the chart's file and line.
    /// A chart without the leader's own row places nobody: it is refused rather than read as nothing.
    private static func orgChart(_ node: Node, leader: Set<String>, files: FileReader, reader: inout NodeReader) -> OrgChart? {
        guard let name = reader.string(node, what: "org_chart") else { return nil }
        guard let (text, origin) = files(name) else {
            reader.fail(at: node, "no org chart “\(name)”", hint: "a CSV with the columns email, name, manager_email, named relative to the profile")
            return nil
        }
        do {
            let chart = try OrgChart.parse(text)
            guard chart.people.contains(where: { leader.contains($0.email) }) else {
                reader.fail(at: node, "the org chart “\(name)” (\(origin)) has no row for \(leader.sorted().joined(separator: " or ")): "
                            + "without the leader in it, it places nobody",
                            hint: "add the leader's own row (email,name,manager_email), or put their address in the profile's aliases")
                return nil
            }
            return chart
        } catch {
            for problem in error.problems { reader.record(ConfigError(file: origin, line: problem.line, message: problem.message)) }
            return nil
        }
    }

    /// `0.25`, or `25%`.
    static func fraction(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") {
            guard let percent = Double(trimmed.dropLast()), (0...100).contains(percent) else { return nil }
            return percent / 100
        }
        guard let value = Double(trimmed), (0...1).contains(value) else { return nil }
        return value
    }

    /// `jane@example.com` or `Jane Doe <jane@example.com>`, lower-cased.
    private static func address(_ node: Node, what: String, reader: inout NodeReader) -> String? {
        guard let text = reader.string(node, what: what) else { return nil }
        var value = text.trimmingCharacters(in: .whitespaces)
        if let open = value.lastIndex(of: "<"), let close = value.lastIndex(of: ">"), open < close {
            value = String(value[value.index(after: open)..<close])
        }
        guard value.contains("@"), !value.contains(" ") else {
            reader.fail(at: node, "“\(text)” in \(what) is not an email address")
            return nil
        }
        return value.lowercased()
    }

    private static func addresses(_ node: Node, what: String, reader: inout NodeReader) -> [String] {
        switch node {
        case .sequence(let sequence): return sequence.compactMap { address($0, what: what, reader: &reader) }
        case .scalar(let scalar) where ["", "~", "null"].contains(scalar.string.lowercased()): return []
        default: return address(node, what: what, reader: &reader).map { [$0] } ?? []
        }
    }

    private static func workingHours(_ node: Node, reader: inout NodeReader) -> WorkingHours {
        guard let entries = reader.mapping(node, allowed: ["start", "end", "days"], what: "working_hours") else { return .standard }
        let start = entries["start"].flatMap { reader.clock($0.value, what: "working_hours start") } ?? WorkingHours.standard.start
        let end = entries["end"].flatMap { reader.clock($0.value, what: "working_hours end") } ?? WorkingHours.standard.end
        if end <= start, let node = entries["end"]?.value { reader.fail(at: node, "working hours end before they start") }
        var days = WorkingHours.standard.days
        if let node = entries["days"]?.value, let names = reader.strings(node, what: "working_hours days") {
            days = []
            for name in names {
                if let day = Weekday(shortName: name) {
                    days.insert(day)
                } else {
                    let hint = Spelling.suggestion(for: name, among: Weekday.allCases.map(\.shortName)).map { "did you mean “\($0)”?" }
                    reader.fail(at: node, "“\(name)” is not a day", hint: hint ?? "days are mon, tue, wed, thu, fri, sat, sun")
                }
            }
        }
        return WorkingHours(start: start, end: end, days: days)
    }

    /// The commented profile `altitude init` writes.
    public static let template = """
        # Altitude profile: whose calendar this is. Every key is explained; edit the values.
        # Check it with `altitude rules check --profile FILE`.

        name: Your Name
        email: you@example.com             # the address your calendar invitations go to
        aliases: []                        # other addresses of yours, e.g. [you@old-company.example]
        level: vp                          # your level on the ladder: ic, manager, director, vp, executive
        timezone: America/New_York         # IANA name; weeks are counted in this zone
        promoted: 2026-01-05               # when you took this level (starts the transition window)
        organization: [example.com]        # email domains inside your company
        manager: boss@example.com          # your manager's address
        directs:                           # your direct reports' addresses
          - first.direct@example.com
        peers:                             # peers at your level with the same manager
          - a.peer@example.com
        working_hours: {start: "08:30", end: "18:00", days: [mon, tue, wed, thu, fri]}
        target: 0.25                       # the below-altitude share you aim for (0.25 = 25%)
        # function: [engineering]          # rule packs for your function: \(RuleLayer.packs.joined(separator: ", "))
        # org_chart: org.csv               # who reports to whom (email,name,manager_email), beside this file

        """
}
