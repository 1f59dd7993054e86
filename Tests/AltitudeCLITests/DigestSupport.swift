import Foundation
import TestSupport

/// The loopback SMTP server (Tests/Servers/smtp_server.py, aiosmtpd), or one that fails
/// at a stage of the session (Tests/Servers/faulty_smtp_server.py), one per test,
/// recording what it receives in a directory of its own.
final class SMTPServer: @unchecked Sendable {
    enum Mode: String {
        case plain, starttls, tls, silent
    }

    /// How a faulty server fails: it stops answering, closes the connection, or answers
    /// 451 ("not now": at EHLO, MAIL FROM or the final ".").
    enum Fault: String {
        case stall, drop, `defer`
    }

    /// Where it fails: before its greeting, on EHLO, on MAIL FROM, in the middle of the
    /// message, or after the message's final "." instead of confirming it.
    enum Stage: String {
        case greeting, ehlo, mail, data, dot
    }

    let port: Int
    let directory: URL
    private let process: Process

    init(_ mode: Mode, in store: TestStore, auth: (user: String, password: String)? = nil, reject: [String] = []) throws {
        directory = try Self.makeDirectory(in: store)
        var arguments = [LoopbackServer.script("smtp_server.py"), directory.path, mode.rawValue]
        if let auth { arguments += ["--auth", "\(auth.user):\(auth.password)"] }
        for address in reject { arguments += ["--reject", address] }
        (process, port) = try Self.start(arguments)
    }

    init(_ fault: Fault, at stage: Stage, in store: TestStore) throws {
        directory = try Self.makeDirectory(in: store)
        (process, port) = try Self.start([LoopbackServer.script("faulty_smtp_server.py"), directory.path, fault.rawValue, stage.rawValue])
    }

    private static func makeDirectory(in store: TestStore) throws -> URL {
        let directory = store.directory.appendingPathComponent("smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private static func start(_ arguments: [String]) throws -> (Process, Int) {
        try LoopbackServer.start(try Python.executable(), arguments, failure: SetupFailed(
            message: "the SMTP server did not start: scripts/setup.sh --test installs aiosmtpd and trustme"))
    }

    deinit { stop() }

    /// Stops it: its port then refuses connections.
    func stop() {
        guard process.isRunning else { return }
        // SIGKILL: the server inherits the test thread's signal mask, in which SIGTERM may be blocked.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    var caFile: String { directory.appendingPathComponent("ca.pem").path }

    /// A faulty server's stages reached, in order, over every connection (`connected`, `ehlo`, …).
    var stages: [String] {
        ((try? String(contentsOf: directory.appendingPathComponent("stages"), encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// The messages received, in order.
    var messages: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".eml") }.sorted { Int($0.dropLast(4)) ?? 0 < Int($1.dropLast(4)) ?? 0 }
            .map { directory.appendingPathComponent($0).path }
    }

    /// Each message's envelope: `mail_from`, `rcpt_tos`, `login`, `tls`.
    var envelopes: [[String: Any]] {
        messages.compactMap { path in
            let data = FileManager.default.contents(atPath: String(path.dropLast(4)) + ".json") ?? Data()
            return try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        }
    }
}

/// A step a test stands on went wrong (not what the test checks).
struct SetupFailed: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// A message as Python's `email` package reads it (Tests/Servers/check_message.py).
struct ParsedMessage {
    var headers: [String: String]
    var headerNames: [String]
    var contentType: String
    var longestLine: Int
    var bareNewlines: Int
    var defects: [String]
    var parts: [(type: String, charset: String?, encoding: String?, text: String, attachment: String?)]

    func part(_ type: String) -> String? { parts.first { $0.type == type }?.text }

    static func parse(_ paths: [String]) throws -> [ParsedMessage] {
        let outcome = try AltitudeProcess.run([AltitudeProcess.repositoryRoot.appendingPathComponent("Tests/Servers/check_message.py").path]
                                              + paths, executable: try Python.executable())
        guard outcome.status == 0, let list = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]] else {
            throw SetupFailed(message: "check_message.py failed: \(outcome.stderr)")
        }
        return list.map { item in
            ParsedMessage(headers: item["headers"] as? [String: String] ?? [:], headerNames: item["headerNames"] as? [String] ?? [],
                          contentType: item["type"] as? String ?? "", longestLine: item["longestLine"] as? Int ?? 0,
                          bareNewlines: item["bareNewlines"] as? Int ?? -1, defects: item["defects"] as? [String] ?? [],
                          parts: (item["parts"] as? [[String: Any]] ?? []).map {
                              ($0["type"] as? String ?? "", $0["charset"] as? String, $0["encoding"] as? String, $0["text"] as? String ?? "",
                               $0["attachment"] as? String)
                          })
        }
    }

    static func parse(_ path: String) throws -> ParsedMessage {
        guard let message = try parse([path]).first else { throw SetupFailed(message: "no message in \(path)") }
        return message
    }
}

/// A leader with ten weeks of meetings in the store, and config.yaml written per test.
struct DigestFixture {
    let store = TestStore()
    /// `ALTITUDE_NOW` is 2026-03-02 (a Monday): last week is this one.
    static let lastWeek = "2026-W09"

    static let profile = """
        name: Zoë Ångström
        email: maya@acme.example
        level: vp
        timezone: UTC
        promoted: 2025-12-01
        organization: [acme.example]
        directs: [ana@acme.example, ben@acme.example]
        target: 0.25

        """

    /// A calendar whose standup (below a vp's altitude) has `standupTitle`.
    static func calendar(standupTitle: String = "Payments standup") -> String {
        CalendarText.calendar([
            CalendarText.event(uid: "standup@acme.example", title: standupTitle, start: "20260105T090000Z", minutes: 60,
                               rule: "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=40"),
            CalendarText.event(uid: "staff@acme.example", title: "VP staff meeting", start: "20260106T140000Z", minutes: 90,
                               rule: "FREQ=WEEKLY;COUNT=20", attendees: ["ana@acme.example", "ben@acme.example", "daniel@acme.example"]),
            CalendarText.event(uid: "one@acme.example", title: "1:1 Ana", start: "20260107T160000Z", minutes: 30,
                               rule: "FREQ=WEEKLY;COUNT=20", attendees: ["ana@acme.example"]),
        ])
    }

    init(standupTitle: String = "Payments standup", clients: [String] = ["me"]) throws {
        let calendar = try store.write(Self.calendar(standupTitle: standupTitle), to: "calendar.ics")
        let profile = try store.write(Self.profile, to: "profile.yaml")
        for client in clients {
            let outcome = try store.run(["import", calendar, "--client", client, "--profile", profile, "--quiet"])
            guard outcome.status == 0 else { throw SetupFailed(message: "import failed: \(outcome.stderr)") }
        }
    }

    var configDirectory: URL { store.directory.appendingPathComponent("config/altitude") }

    func writeConfig(_ text: String) throws {
        try FileManager.default.createDirectory(at: configDirectory, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: configDirectory.appendingPathComponent("config.yaml"))
    }

    /// config.yaml sending through `server`, with `smtp` lines added to its smtp section.
    func useSMTP(_ server: SMTPServer, security: String, extra: [String] = [], to: String = "maya@acme.example") throws {
        try writeConfig("""
            mail:
              from: Altitude für Zoë <altitude@acme.example>
              to: [\(to)]
              message-id-domain: digest.acme.example
              smtp:
                host: 127.0.0.1
                port: \(server.port)
                security: \(security)
            \(extra.map { "    " + $0 }.joined(separator: "\n"))

            """)
    }

    func digest(_ arguments: [String] = []) throws -> AltitudeProcess.Outcome {
        try store.run(["digest"] + arguments)
    }

    /// The digests recorded as sent: client week recipient 1.
    func sentDigests() throws -> [String] {
        try triedDigests().filter { $0.hasSuffix(" 1") }
    }

    /// Every row of the store's digest table — sent, failed, or claimed by a run that
    /// died: client week recipient sent?
    func triedDigests() throws -> [String] {
        try store.query { db in
            try String.fetchAll(db, sql: """
                SELECT client.name || ' ' || digest.week || ' ' || digest.recipient || ' ' || (digest.sentAt IS NOT NULL)
                FROM digest JOIN client ON client.id = digest.clientId ORDER BY client.name, digest.week, digest.recipient
                """)
        }
    }
}
