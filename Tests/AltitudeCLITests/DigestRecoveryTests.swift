import Foundation
import Testing

/// The digest under faults a weekly cron job meets: runs killed or stopped while
/// sending, two runs at once, weeks whose digest never went out. A digest is sent at
/// most once per (client, week, recipient) and never lost.
@Suite("altitude digest killed, interrupted or missed: at most once, never lost")
struct DigestRecoveryTests {
    /// A sendmail stand-in that keeps each message it is given (`sendmail.PID.eml`), says
    /// its pid (`sendmail.pid`), and holds on until `sendmail.go` exists.
    struct Mailer {
        let path: String
        let directory: URL

        init(in fixture: DigestFixture) throws {
            path = try fixture.store.write("""
                #!/bin/sh
                cat > "$0.$$.eml"
                echo $$ > "$0.pid"
                while [ ! -e "$0.go" ]; do sleep 0.05; done

                """, to: "sendmail")
            chmod(path, 0o755)
            directory = fixture.store.directory
            try fixture.writeConfig("mail:\n  from: altitude@acme.example\n  to: maya@acme.example\n"
                                    + "  message-id-domain: digest.acme.example\n  sendmail: {path: \(path)}\n")
        }

        /// From now on it delivers at once.
        func release() { FileManager.default.createFile(atPath: path + ".go", contents: nil) }

        /// The pid of the one holding a message, once it has read it all.
        func holding(within seconds: Double = 30) -> pid_t? {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if let text = try? String(contentsOfFile: path + ".pid", encoding: .utf8), let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                    return pid
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return nil
        }

        /// The messages it was given, oldest first.
        var messages: [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            return names.filter { $0.hasPrefix("sendmail.") && $0.hasSuffix(".eml") }
                .map { directory.appendingPathComponent($0).path }
                .sorted { (Self.modified($0), $0) < (Self.modified($1), $1) }
        }

        private static func modified(_ path: String) -> Date {
            ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
        }
    }

    /// `altitude` started in the background, to be signalled while it works.
    final class BackgroundRun: @unchecked Sendable {
        let process = Process()
        private let errors = Pipe()
        private let finished = DispatchSemaphore(value: 0)

        init(_ arguments: [String], store: TestStore) throws {
            process.executableURL = AltitudeProcess.binary
            process.arguments = arguments
            process.environment = ["PATH": "/usr/bin:/bin", "TZ": "UTC", "ALTITUDE_NOW": "2026-03-02T12:00:00Z",
                                   "HOME": NSTemporaryDirectory()].merging(store.environment) { $1 }
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            process.terminationHandler = { [finished] _ in finished.signal() }
            try process.run()
        }

        func signal(_ number: Int32) { kill(process.processIdentifier, number) }

        /// Its exit status and stderr; nil if it did not end within `seconds` (then it is killed).
        func wait(seconds: Double = 30) -> (status: Int32, stderr: String)? {
            guard finished.wait(timeout: .now() + seconds) == .success else {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
                return nil
            }
            return (process.terminationStatus, String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        }

        var isRunning: Bool { process.isRunning }
    }

    /// Whether the process has ended (gone, or a zombie nobody has reaped yet), within `seconds`.
    static func ends(_ pid: pid_t, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if let state = stat.split(separator: ")").last?.split(separator: " ").first, state == "Z" { return true }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return false
    }

    let week = ["digest", "--week", DigestFixture.lastWeek]

    @Test("SIGKILL while the mailer has the message: the mailer dies with the run, and the next run sends at once, with the same Message-ID")
    func killedWhileSending() throws {
        let fixture = try DigestFixture()
        let mailer = try Mailer(in: fixture)
        let run = try BackgroundRun(week, store: fixture.store)
        let held = try #require(mailer.holding(), "the mailer was handed the message")
        run.signal(SIGKILL)
        _ = run.wait()
        #expect(Self.ends(held, within: 5), "the sendmail it started did not outlive it")
        #expect(try fixture.triedDigests() == ["me 2026-W09 maya@acme.example 0"], "claimed, not sent")

        mailer.release()
        let again = try fixture.store.run(week)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("2026-W09 to maya@acme.example: the run that claimed it at 2026-03-02T12:00:00 UTC (pid "),
                "\(again.stderr)")
        #expect(again.stderr.contains("ended without sending it; this run sends it"))
        #expect(try fixture.sentDigests() == ["me 2026-W09 maya@acme.example 1"])
        let ids = try mailer.messages.map { try ParsedMessage.parse($0).headers["Message-ID"] }
        #expect(ids.count == 2 && ids[0] != nil && ids[0] == ids[1], "the same message, as mail clients see it: \(ids)")

        #expect(try fixture.store.run(week).status == 0)
        #expect(mailer.messages.count == 2, "sent already: nothing more")
        #expect(try fixture.store.run(week + ["--force"]).status == 0)
        let resent = try #require(mailer.messages.last)
        #expect(try ParsedMessage.parse(resent).headers["Message-ID"] != ids[0], "--force sends a new message on purpose")
    }

    @Test("A second run while the first sends exits 75 naming it; SIGTERM lets the send finish and be recorded, then 130")
    func secondRunAndSIGTERM() throws {
        let fixture = try DigestFixture()
        let mailer = try Mailer(in: fixture)
        let first = try BackgroundRun(week, store: fixture.store)
        let held = try #require(mailer.holding())

        let second = try fixture.store.run(week)
        #expect(second.status == 75, "\(second.stderr)")
        #expect(second.stderr.contains("2026-W09 to maya@acme.example: another run (pid \(first.process.processIdentifier)) has been "
                                       + "sending it since 2026-03-02T12:00:00 UTC: nothing sent; run again once it has finished"),
                "\(second.stderr)")

        first.signal(SIGTERM)
        Thread.sleep(forTimeInterval: 0.5)
        #expect(first.isRunning, "it waits for the mailer it handed the message to")
        mailer.release()
        let outcome = try #require(first.wait())
        #expect(outcome.status == 130, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("altitude: interrupted: 1 digest sent and recorded; 0 not sent, which the next run sends"),
                "\(outcome.stderr)")
        #expect(Self.ends(held, within: 5))
        #expect(try fixture.sentDigests() == ["me 2026-W09 maya@acme.example 1"])
        #expect(try fixture.store.run(week).status == 0)
        #expect(mailer.messages.count == 1, "the next run finds it sent")
    }

    @Test("SIGTERM or SIGHUP while an SMTP server sits on the message: the run ends within seconds, 130, nothing recorded; the next run sends once",
          arguments: [SIGTERM, SIGHUP])
    func interruptedSMTP(signal: Int32) throws {
        let fixture = try DigestFixture()
        let stalled = try SMTPServer(.stall, at: .dot, in: fixture.store)
        try fixture.useSMTP(stalled, security: "none", extra: ["timeout: 60"])
        let run = try BackgroundRun(week, store: fixture.store)
        let deadline = Date().addingTimeInterval(30)
        while stalled.stages.last != "dot", Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let started = ContinuousClock.now
        run.signal(signal)
        let outcome = try #require(run.wait(seconds: 10), "ended long before the 60 s timeout")
        #expect(ContinuousClock.now - started < .seconds(4))
        #expect(outcome.status == 130, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("was interrupted"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("0 digests sent and recorded; 1 not sent, which the next run sends"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("did not answer in time"))
        #expect(try fixture.triedDigests() == ["me 2026-W09 maya@acme.example 0"], "tried, not sent")

        let server = try SMTPServer(.plain, in: fixture.store)
        try fixture.useSMTP(server, security: "none")
        #expect(try fixture.store.run(week).status == 0)
        #expect(server.messages.count == 1)
    }

    @Test("Cron's form catches up the weeks whose digest never went out since the recipient's first, oldest first, each said on stderr")
    func catchUp() throws {
        let fixture = try DigestFixture()
        let mailer = try Mailer(in: fixture)
        mailer.release()
        #expect(try fixture.store.run(["digest", "--week", "2026-W06"]).status == 0)
        // The next week's send fails: the mailer refuses it.
        let working = try String(contentsOfFile: mailer.path, encoding: .utf8)
        try Data("#!/bin/sh\ncat > /dev/null\necho 'queue full' >&2\nexit 75\n".utf8).write(to: URL(fileURLWithPath: mailer.path))
        #expect(try fixture.store.run(["digest", "--week", "2026-W07"]).status == 71)
        try Data(working.utf8).write(to: URL(fileURLWithPath: mailer.path))

        // Monday 2026-03-02: last week is W09; W07 failed and W08's run never happened.
        let cron = try fixture.store.run(["digest"])
        #expect(cron.status == 0, "\(cron.stderr)")
        #expect(cron.stderr.contains("me: 2026-W07 to maya@acme.example: caught up (its digest had not gone out)"), "\(cron.stderr)")
        #expect(cron.stderr.contains("me: 2026-W08 to maya@acme.example: caught up"))
        #expect(!cron.stderr.contains("2026-W09 to maya@acme.example: caught up"))
        let subjects = try mailer.messages.map { try ParsedMessage.parse($0).headers["Subject"] ?? "" }
        #expect(subjects.count == 4)
        #expect(subjects.dropFirst().map { $0.contains("2026-W07") } == [true, false, false], "\(subjects)")
        #expect(subjects.dropFirst().map { $0.contains("2026-W08") } == [false, true, false])
        #expect(subjects.dropFirst().map { $0.contains("2026-W09") } == [false, false, true])
        #expect(try fixture.sentDigests() == ["me 2026-W06 maya@acme.example 1", "me 2026-W07 maya@acme.example 1",
                                              "me 2026-W08 maya@acme.example 1", "me 2026-W09 maya@acme.example 1"])

        let again = try fixture.store.run(["digest"])
        #expect(again.status == 0 && again.stderr.isEmpty, "\(again.stderr)")
        #expect(mailer.messages.count == 4)
        // A recipient added now gets this week's, not the weeks before it was added.
        #expect(try fixture.store.run(["digest", "--to", "new@acme.example"]).status == 0)
        #expect(mailer.messages.count == 5)
    }
}
