import Foundation

/// A coach's clients for tests: each a VP in UTC with eight weeks of calendar
/// (2026-W02 to W09, so "last week" at the pinned clock is their last), a daily
/// standup (below altitude) of `standupMinutes` and a weekly staff meeting (at
/// altitude) of `staffHours`, so their below shares differ by design. Every
/// title, address, name, description and location carries the client's own
/// word, so a test can tell whose text reached which output.
struct CoachClient {
    var word: String
    var standupMinutes: Int
    var staffHours: Int

    var name: String { word.lowercased() }
    var domain: String { "\(name).example" }
    var owner: String { "owner@\(domain)" }
    var direct: String { "pat.\(name)@\(domain)" }

    var profile: String {
        """
        name: Leader \(word)
        email: \(owner)
        level: vp
        timezone: UTC
        promoted: 2026-01-05
        organization: [\(domain)]
        directs: [\(direct)]
        target: 0.25

        """
    }

    /// Every piece of text the calendar holds that is the client's own.
    var secrets: [String] {
        ["\(word) standup", "VP staff \(word)", "\(word) merger", "\(word) private notes", "\(word) HQ room 7", "Pat \(word)",
         "\(word) quarter kick-off",
         direct, owner, "https://meet.\(domain)/\(name)", "Organiser \(word)"]
    }

    var calendar: String {
        func event(_ uid: String, _ title: String, start: String, minutes: Int, rule: String?, extra: [String] = []) -> String {
            var lines = ["BEGIN:VEVENT", "UID:\(uid)@\(domain)", "DTSTAMP:20260101T000000Z", "DTSTART:\(start)",
                         "DURATION:PT\(minutes)M", "SUMMARY:\(title)",
                         "ORGANIZER;CN=Organiser \(word):mailto:\(owner)",
                         "ATTENDEE;CN=Leader \(word);PARTSTAT=ACCEPTED:mailto:\(owner)",
                         "ATTENDEE;CN=Pat \(word);PARTSTAT=ACCEPTED:mailto:\(direct)"]
            if let rule { lines.append("RRULE:\(rule)") }
            lines += extra
            lines.append("END:VEVENT")
            return lines.joined(separator: "\r\n") + "\r\n"
        }
        // The single events span the eight weeks (a free all-day kick-off on the first day, the merger meeting in the
        // last week): the time the export has data for, which the series alone would not show.
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Altitude tests//coach//EN\r\n"
            + "BEGIN:VEVENT\r\nUID:kick-off@\(domain)\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260105\r\n"
            + "SUMMARY:\(word) quarter kick-off\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n"
            + event("standup", "\(word) standup", start: "20260105T090000Z", minutes: standupMinutes,
                    rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=40")
            + event("staff", "VP staff \(word)", start: "20260107T140000Z", minutes: staffHours * 60, rule: "FREQ=WEEKLY;COUNT=8")
            + event("merger", "\(word) merger", start: "20260225T160000Z", minutes: 60, rule: nil,
                    extra: ["DESCRIPTION:\(word) private notes", "LOCATION:\(word) HQ room 7", "URL:https://meet.\(domain)/\(name)"])
            + "END:VCALENDAR\r\n"
    }

    /// Three clients, the most below-altitude time first.
    static let three = [CoachClient(word: "Quokka", standupMinutes: 60, staffHours: 1),
                        CoachClient(word: "Narwhal", standupMinutes: 30, staffHours: 2),
                        CoachClient(word: "Axolotl", standupMinutes: 15, staffHours: 3)]
}

extension TestStore {
    /// Adds each client with its profile and calendar.
    func add(_ clients: [CoachClient]) throws {
        for client in clients {
            let profile = try write(client.profile, to: "\(client.name).yaml")
            let calendar = try write(client.calendar, to: "\(client.name).ics")
            let outcome = try run(["clients", "add", client.name, "--profile", profile, "--source", calendar])
            guard outcome.status == 0 else { throw ClientNotAdded(name: client.name, stderr: outcome.stderr) }
        }
    }

    struct ClientNotAdded: Error {
        var name: String
        var stderr: String
    }

    /// The store's file as bytes, with its write-ahead log when there is one.
    func storeBytes() throws -> Data {
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for suffix in ["-wal", "-journal"] {
            if let extra = try? Data(contentsOf: URL(fileURLWithPath: path + suffix)) { bytes.append(extra) }
        }
        return bytes
    }
}
