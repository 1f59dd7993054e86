import AltitudeModel
import Foundation
import Testing
@testable import AltitudeRules

enum Shipped {
    /// The shipped rules, loaded once for all tests.
    static let rules: RuleSet = try! RuleSet.load([.shipped])
}

extension RuleSet {
    /// The shipped layer with extra YAML on top, or the errors it reports.
    static func loading(_ texts: [String: String], name: String = "--rules") -> Result<RuleSet, ConfigErrors> {
        let files = texts.sorted { $0.key < $1.key }.map { RuleLayer.File(path: $0.key, text: $0.value) }
        return Result { () throws(ConfigErrors) in try RuleSet.load([.shipped, RuleLayer(name: name, files: files)]) }
    }
}

extension Result where Failure == ConfigErrors {
    /// The errors, as `file:line:column: error: message` lines.
    var messages: [String] {
        if case .failure(let errors) = self { return errors.errors.map(\.description) }
        return []
    }
}

func profile(level: String = "vp", zone: String = "America/New_York") -> LeaderProfile {
    LeaderProfile(name: "Maya", email: "maya@lumen.example", aliases: ["m@lumen.example"], level: level,
                  timeZone: ZoneRules(ianaIdentifier: zone)!, organization: ["lumen.example"], manager: "cto@lumen.example",
                  directs: ["ana@lumen.example", "raj@lumen.example"], peers: ["lena@lumen.example"],
                  workingHours: WorkingHours(start: 8 * 60 + 30, end: 18 * 60, days: [.monday, .tuesday, .wednesday, .thursday, .friday]))
}

/// A meeting at 2026-03-03 (a Tuesday) `hour`:00 New York time with these people.
func meeting(_ title: String, with people: [String] = [], hour: Int = 10, minutes: Int = 30, organizer: String? = nil,
             response: OwnerResponse = .accepted, uid: String = UUID().uuidString) -> MeetingInstance {
    let start = ZoneRules(ianaIdentifier: "America/New_York")!.instant(fromWall: WallClock.seconds(date: CivilDate(year: 2026, month: 3, day: 3)!, hour: hour))
    let attendees = people.isEmpty ? [] : ([Attendee(email: "maya@lumen.example", status: .accepted)] + people.map { Attendee(email: $0) })
    return MeetingInstance(uid: uid, start: start, end: start.addingTimeInterval(TimeInterval(minutes * 60)), title: title,
                           organizer: organizer.map { Participant(email: $0) }, attendees: attendees, myResponse: response)
}

/// The rows of the table in `Rules/README.md` under this header line.
func rulesReadmeTable(headedBy header: String) throws -> [String] {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Rules/README.md")
    let lines = try String(contentsOf: readme, encoding: .utf8).components(separatedBy: "\n")
    let start = try #require(lines.firstIndex(of: header), "Rules/README.md has a table headed \(header)")
    return Array(lines[(start + 2)...].prefix { $0.hasPrefix("|") })
}
