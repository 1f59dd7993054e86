import Foundation
import TestSupport
import GRDB

/// A store of its own for one test, in a directory removed afterwards.
final class TestStore: Sendable {
    let directory: URL

    init() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("altitude-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    var path: String { directory.appendingPathComponent("data/altitude.sqlite").path }

    /// The environment that points `altitude` at this store (and its config directory at ours).
    var environment: [String: String] {
        ["ALTITUDE_STORE": path, "XDG_CONFIG_HOME": directory.appendingPathComponent("config").path]
    }

    func file(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func write(_ text: String, to name: String) throws -> String {
        let path = file(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func run(_ arguments: [String], stdin: Data? = nil) throws -> AltitudeProcess.Outcome {
        try AltitudeProcess.run(arguments, stdin: stdin, environment: environment)
    }

    /// Reads the store file directly, as a second program would.
    func query<T>(_ work: (Database) throws -> T) throws -> T {
        try DatabaseQueue(path: path).read(work)
    }
}

/// Calendars written for a test, by shape.
enum CalendarText {
    static func calendar(_ events: [String]) -> String {
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Altitude tests//EN\r\n" + events.joined() + "END:VCALENDAR\r\n"
    }

    /// A timed event in UTC; `rule` makes it a series.
    static func event(uid: String, title: String, start: String, minutes: Int = 30, rule: String? = nil,
                      recurrenceID: String? = nil, attendees: [String] = ["ana@acme.example", "ben@acme.example"],
                      organizer: String = "maya@acme.example") -> String {
        var lines = ["BEGIN:VEVENT", "UID:\(uid)", "DTSTAMP:20260101T000000Z", "DTSTART:\(start)", "DURATION:PT\(minutes)M",
                     "SUMMARY:\(title)", "ORGANIZER:mailto:\(organizer)"]
        if let rule { lines.append("RRULE:\(rule)") }
        if let recurrenceID { lines.append("RECURRENCE-ID:\(recurrenceID)") }
        lines += attendees.map { "ATTENDEE;PARTSTAT=ACCEPTED:mailto:\($0)" }
        lines.append("END:VEVENT")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Many weekly series and one-offs: enough work that an import takes a while.
    static func large(series: Int, oneOffs: Int, prefix: String = "big") -> String {
        var events: [String] = []
        for index in 0..<series {
            let day = String(format: "%02d", 2 + index % 5)
            let hour = String(format: "%02d", 8 + index % 9)
            events.append(event(uid: "\(prefix)-series-\(index)@acme.example", title: "Series \(index)",
                                start: "202603\(day)T\(hour)0000Z", rule: "FREQ=WEEKLY;COUNT=52",
                                attendees: (0..<6).map { "person\(($0 + index) % 40)@acme.example" }))
        }
        for index in 0..<oneOffs {
            let month = String(format: "%02d", 3 + index % 9)
            let day = String(format: "%02d", 1 + index % 28)
            events.append(event(uid: "\(prefix)-once-\(index)@acme.example", title: "One-off \(index)",
                                start: "2026\(month)\(day)T150000Z"))
        }
        return calendar(events)
    }
}

/// The loopback feed server (Tests/Servers/feed_server.py), one per test.
final class FeedServer: @unchecked Sendable {
    let port: Int
    let calendarPath: String
    let logPath: String
    private let process: Process

    init(calendar: String, in store: TestStore) throws {
        calendarPath = try store.write(calendar, to: "served.ics")
        logPath = store.file("requests.log")
        (process, port) = try LoopbackServer.start(URL(fileURLWithPath: "/usr/bin/env"),
                                                   ["python3", AltitudeProcess.repositoryRoot.appendingPathComponent("Tests/Servers/feed_server.py").path,
                                                    calendarPath, logPath], failure: ServerDidNotStart())
    }

    deinit {
        // SIGKILL: the server inherits the test thread's signal mask, in which SIGTERM may be blocked.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Each request: its path, then the If-None-Match and If-Modified-Since it sent ("-" for none).
    var requests: [[String]] {
        ((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "").split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    func serve(_ calendar: String) throws {
        try Data(calendar.utf8).write(to: URL(fileURLWithPath: calendarPath))
    }

    struct ServerDidNotStart: Error {}
}
