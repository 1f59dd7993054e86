import Foundation
import Testing

@Suite("altitude digest, through real SMTP servers and a sendmail stand-in")
struct DigestCommandTests {
    let week = ["--week", DigestFixture.lastWeek]

    @Test("STARTTLS with the test CA trusted through config.yaml and AUTH: one well-formed message; a second run sends nothing, --force again")
    func starttlsOncePerWeek() throws {
        let fixture = try DigestFixture()
        let server = try SMTPServer(.starttls, in: fixture.store, auth: ("maya", "s3cret"))
        let password = try fixture.store.write("s3cret\n", to: "smtp-password")
        try fixture.useSMTP(server, security: "starttls", extra: ["ca-file: \(server.caFile)", "username: maya", "password-file: \(password)",
                                                                  "timeout: 10"])
        chmod(password, 0o644)
        let exposed = try fixture.digest()
        #expect(exposed.status == 78)
        #expect(exposed.stderr.contains("can be read by others: chmod 600"), "\(exposed.stderr)")
        #expect(server.messages.isEmpty)
        #expect(try fixture.sentDigests().isEmpty)
        chmod(password, 0o600)

        let first = try fixture.digest()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.isEmpty && first.stderr.isEmpty)
        let delivered = try #require(server.messages.first)
        let envelope = try #require(server.envelopes.first)
        #expect(envelope["login"] as? String == "maya")
        #expect(envelope["tls"] as? Bool == true)
        #expect(envelope["rcpt_tos"] as? [String] == ["maya@acme.example"])

        let message = try ParsedMessage.parse(delivered)
        #expect(message.contentType == "multipart/alternative")
        #expect(message.parts.map(\.type) == ["text/plain", "text/html"])
        #expect(message.parts.allSatisfy { $0.charset == "utf-8" && $0.encoding == "quoted-printable" })
        #expect(message.defects.isEmpty)
        #expect(message.longestLine <= 78 && message.bareNewlines == 0)
        #expect(message.headers["From"] == "Altitude für Zoë <altitude@acme.example>")
        #expect(message.headers["To"] == "maya@acme.example")
        #expect(message.headers["MIME-Version"] == "1.0")
        #expect(message.headers["Date"] == "Mon, 02 Mar 2026 12:00:00 +0000")
        #expect(message.headers["Message-ID"]?.hasSuffix("@digest.acme.example>") == true)
        let subject = try #require(message.headers["Subject"])
        #expect(subject.hasPrefix("Altitude, week 2026-W09: ") && subject.contains("% below altitude"), "\(subject)")
        let raw = try String(contentsOfFile: delivered, encoding: .utf8)
        #expect(raw.contains("From: =?UTF-8?B?"), "a non-ASCII name is an RFC 2047 encoded word")
        let text = try #require(message.part("text/plain"))
        #expect(text.contains("Zoë Ångström · vp · week 2026-W09"))
        #expect(text.contains("What to delegate") && text.contains("Payments standup"))
        #expect(text.contains("Next week (2026-W10)"))
        #expect(text.contains("Transition window: day 91 since the promotion on 2025-12-01"))
        let html = try #require(message.part("text/html"))
        #expect(!html.contains("<svg") && !html.contains("<script") && !html.contains("<img") && !html.contains("http"))
        #expect(try fixture.sentDigests() == ["me 2026-W09 maya@acme.example 1"])

        let again = try fixture.digest()
        #expect(again.status == 0 && again.stdout.isEmpty && again.stderr.isEmpty)
        #expect(server.messages.count == 1, "a second run in the same week sends nothing")
        let forced = try fixture.digest(["--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(server.messages.count == 2)
    }

    @Test("A plain server, no TLS: delivered with security none")
    func plainServer() throws {
        let fixture = try DigestFixture()
        let server = try SMTPServer(.plain, in: fixture.store)
        try fixture.useSMTP(server, security: "none")
        let outcome = try fixture.digest(week)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(server.messages.count == 1)
        #expect(server.envelopes.first?["tls"] as? Bool == false)
    }

    @Test("STARTTLS with a certificate nobody trusts is refused (76) and nothing recorded; trusted, the next run sends it")
    func untrustedCertificate() throws {
        let fixture = try DigestFixture()
        let server = try SMTPServer(.starttls, in: fixture.store)
        try fixture.useSMTP(server, security: "starttls")
        let refused = try fixture.digest(week)
        #expect(refused.status == 76)
        #expect(refused.stderr.contains("the secure connection to the mail server 127.0.0.1:\(server.port) failed"), "\(refused.stderr)")
        #expect(server.messages.isEmpty)
        #expect(try fixture.sentDigests().isEmpty, "a failed send is not recorded")

        try fixture.useSMTP(server, security: "starttls", extra: ["ca-file: \(server.caFile)"])
        let retried = try fixture.digest(week)
        #expect(retried.status == 0, "\(retried.stderr)")
        #expect(server.messages.count == 1)
    }

    @Test("Implicit TLS (SMTPS) with the test CA")
    func implicitTLS() throws {
        let fixture = try DigestFixture()
        let server = try SMTPServer(.tls, in: fixture.store)
        try fixture.useSMTP(server, security: "tls", extra: ["ca-file: \(server.caFile)"])
        let outcome = try fixture.digest(week)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(server.envelopes.first?["tls"] as? Bool == true)
    }

    @Test("AUTH with a wrong password is refused (77); the password from password-env is never printed")
    func authenticationRefused() throws {
        let fixture = try DigestFixture()
        let server = try SMTPServer(.starttls, in: fixture.store, auth: ("maya", "s3cret"))
        try fixture.useSMTP(server, security: "starttls", extra: ["ca-file: \(server.caFile)", "username: maya",
                                                                  "password-env: DIGEST_TEST_PASSWORD", "auth: login"])
        let environment = fixture.store.environment
        let refused = try AltitudeProcess.run(["digest"] + week, environment: environment.merging(["DIGEST_TEST_PASSWORD": "wr0ng-pa55"]) { $1 })
        #expect(refused.status == 77)
        #expect(refused.stderr.contains("refused the user name and password for maya"))
        #expect(!refused.stderr.contains("wr0ng-pa55"))
        #expect(server.messages.isEmpty)

        let unset = try AltitudeProcess.run(["digest"] + week, environment: environment)
        #expect(unset.status == 78)
        #expect(unset.stderr.contains("DIGEST_TEST_PASSWORD, which is not set"))
        let check = try AltitudeProcess.run(["config", "check"], environment: environment)
        #expect(check.status == 78, "config check finds the missing password before cron does")
        #expect(check.stderr.contains("DIGEST_TEST_PASSWORD, which is not set"))
        let checked = try AltitudeProcess.run(["config", "check"], environment: environment.merging(["DIGEST_TEST_PASSWORD": "s3cret"]) { $1 })
        #expect(checked.status == 0 && checked.stdout.contains(": ok; mail from altitude@acme.example by smtp 127.0.0.1:"))
        #expect(!checked.stdout.contains("s3cret"))

        let accepted = try AltitudeProcess.run(["digest"] + week, environment: environment.merging(["DIGEST_TEST_PASSWORD": "s3cret"]) { $1 })
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(server.envelopes.first?["login"] as? String == "maya")
    }

    @Test("A server that is down (68), one that never answers (75), a refused recipient (67): clear messages, nothing recorded")
    func deliveryFailures() throws {
        let fixture = try DigestFixture()
        let down = try SMTPServer(.plain, in: fixture.store)
        down.stop()
        try fixture.useSMTP(down, security: "none")
        let refused = try fixture.digest(week)
        #expect(refused.status == 68)
        #expect(refused.stderr.contains("cannot connect to the mail server 127.0.0.1:\(down.port)"), "\(refused.stderr)")

        let silent = try SMTPServer(.silent, in: fixture.store)
        try fixture.useSMTP(silent, security: "none", extra: ["connect-timeout: 1", "timeout: 2"])
        let slow = try fixture.digest(week)
        #expect(slow.status == 75)
        #expect(slow.stderr.contains("took the connection but did not greet within 2 s"), "\(slow.stderr)")

        let picky = try SMTPServer(.plain, in: fixture.store, reject: ["nobody@acme.example"])
        try fixture.useSMTP(picky, security: "none", to: "nobody@acme.example")
        let rejected = try fixture.digest(week)
        #expect(rejected.status == 67)
        #expect(rejected.stderr.contains("refused to send from altitude@acme.example to nobody@acme.example (550)"), "\(rejected.stderr)")
        #expect(try fixture.sentDigests().isEmpty)
    }

    @Test("Two runs at once send one message: the second finds it sent (0) or being sent by the first (75)")
    func concurrentRuns() throws {
        let fixture = try DigestFixture()
        let server = try SMTPServer(.plain, in: fixture.store)
        try fixture.useSMTP(server, security: "none")
        let statuses = Statuses()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            statuses.add((try? fixture.digest(week))?.status ?? -1)
        }
        #expect(statuses.values == [0, 0] || statuses.values == [0, 75], "\(statuses.values)")
        #expect(server.messages.count == 1)
        #expect(try fixture.sentDigests() == ["me 2026-W09 maya@acme.example 1"])
    }

    @Test("When the rules changed since the last digest, the next one says so, with the week as sent and as measured now")
    func rulesChangedNotice() throws {
        let fixture = try DigestFixture()
        let server = try SMTPServer(.plain, in: fixture.store)
        try fixture.useSMTP(server, security: "none")
        #expect(try fixture.digest(["--week", "2026-W08"]).status == 0)
        let sentBefore = try #require(try ParsedMessage.parse(server.messages[0]).part("text/plain"))
        #expect(!sentBefore.contains("rules or the profile changed"))

        let rules = fixture.configDirectory.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try Data("rules:\n  - id: standups-are-mine\n    description: x\n    when: {title: standup}\n    level: self\n".utf8)
            .write(to: rules.appendingPathComponent("mine.yaml"))
        #expect(try fixture.digest(week).status == 0)
        let text = try #require(try ParsedMessage.parse(server.messages[1]).part("text/plain"))
        #expect(text.contains("The rules or the profile changed since the last digest: 2026-W08 was sent as "), "\(text)")
        #expect(text.contains("% with today's rules"))
        #expect(!text.contains("sent as 0% below altitude and is 0%"))
    }

    @Test("A hostile title (a line break with a header after it, <script>) stays in the body, escaped; --output writes the message")
    func hostileTitle() throws {
        let fixture = try DigestFixture(standupTitle: "Payments standup\\nBcc: victim@evil.example <script>alert(1)</script>")
        let file = fixture.store.file("digest.eml")
        let outcome = try fixture.digest(week + ["--output", file])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        let message = try ParsedMessage.parse(file)
        #expect(Set(message.headerNames) == ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Auto-Submitted", "Content-Type"])
        #expect(message.defects.isEmpty && message.bareNewlines == 0)
        let text = try #require(message.part("text/plain"))
        #expect(text.contains("Payments standup Bcc: victim@evil.example <script>"), "control characters become spaces in the text")
        let html = try #require(message.part("text/html"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
        #expect(try fixture.sentDigests().isEmpty, "--output sends and records nothing")
    }

    @Test("sendmail: the message on a stand-in's standard input with -t -oi, under cron's bare environment, nothing on stdout or stderr")
    func sendmailUnderCron() throws {
        let store = TestStore()
        let home = store.directory.appendingPathComponent("home").path
        let calendar = try store.write(DigestFixture.calendar(), to: "calendar.ics")
        let profile = try store.write(DigestFixture.profile, to: "profile.yaml")
        let sendmail = try store.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.args\"\ncat > \"$0.eml\"\n", to: "sendmail")
        chmod(sendmail, 0o755)
        try FileManager.default.createDirectory(atPath: home + "/.config/altitude", withIntermediateDirectories: true)
        try Data("mail:\n  from: altitude@acme.example\n  to: maya@acme.example\n  sendmail: {path: \(sendmail)}\n".utf8)
            .write(to: URL(fileURLWithPath: home + "/.config/altitude/config.yaml"))
        let cron = "env -i HOME=\(home) PATH=/usr/bin:/bin"
        let imported = try AltitudeProcess.shell("\(cron) \"$ALTITUDE\" import \(calendar) --profile \(profile) --quiet")
        #expect(imported.status == 0, "\(imported.stderr)")

        let sent = try AltitudeProcess.shell("\(cron) \"$ALTITUDE\" digest --week \(DigestFixture.lastWeek) </dev/null")
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout.isEmpty && sent.stderr.isEmpty)
        #expect(try String(contentsOfFile: sendmail + ".args", encoding: .utf8) == "-t\n-oi\n-f\naltitude@acme.example\n")
        let message = try ParsedMessage.parse(sendmail + ".eml")
        #expect(message.headers["To"] == "maya@acme.example")
        #expect(message.parts.count == 2)

        try Data("#!/bin/sh\necho 'mail queue full' >&2\nexit 75\n".utf8).write(to: URL(fileURLWithPath: sendmail))
        let failing = try AltitudeProcess.shell("\(cron) \"$ALTITUDE\" digest --week 2026-W08")
        #expect(failing.status == 71)
        // Whether it exits before or after the message fills the pipe is a race: either way it is said.
        #expect(failing.stderr.contains("sendmail exited with 75") && failing.stderr.contains(": mail queue full"), "\(failing.stderr)")
    }

    @Test("--dry-run on SampleData prints a well-formed message and records nothing")
    func dryRunOnSampleData() throws {
        let store = TestStore()
        let sample = AltitudeProcess.repositoryRoot.appendingPathComponent("SampleData").path
        // The demo's "today": imports keep recurring meetings to 26 weeks after it.
        let environment = store.environment.merging(["ALTITUDE_NOW": "2026-11-23T09:00:00Z"]) { $1 }
        let imported = try AltitudeProcess.run(["import", sample + "/vp-google.ics", sample + "/vp-outlook.ics", "--profile",
                                                sample + "/profile.yaml", "--quiet"], environment: environment)
        #expect(imported.status == 0, "\(imported.stderr)")
        let outcome = try AltitudeProcess.run(["digest", "--dry-run", "--week", "2026-W47"], environment: environment)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let file = try store.write(outcome.stdout, to: "dry.eml")
        let message = try ParsedMessage.parse(file)
        #expect(message.headers["Subject"] == "Altitude, week 2026-W47: 28% below altitude, up 9 points")
        #expect(message.headers["To"] == "Maya Castellanos <maya.castellanos@lumen.example>")
        #expect(message.longestLine <= 78 && message.defects.isEmpty)
        #expect(message.part("text/plain")?.contains("Target 25% · 4-week mean 22%") == true)
        #expect(message.part("text/plain")?.contains("Payments v3 launch readiness") == true)
        #expect(try store.query { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM digest") } == 0)

        let attached = try AltitudeProcess.run(["digest", "--dry-run", "--week", "2026-W47", "--attach-report"], environment: environment)
        #expect(attached.status == 0, "\(attached.stderr)")
        let withReport = try ParsedMessage.parse(try store.write(attached.stdout, to: "attached.eml"))
        #expect(withReport.contentType == "multipart/mixed")
        #expect(withReport.parts.map(\.type) == ["text/plain", "text/html", "text/html"])
        #expect(withReport.parts.map(\.attachment) == [nil, nil, "altitude-2026-W47.html"])
        #expect(withReport.parts.last?.text.contains("<svg") == true, "the attached report is the full page, charts and all")
        #expect(withReport.longestLine <= 78 && withReport.defects.isEmpty)
    }

    @Test("After a coaching session, the digest's attached report says how the share moved since, as `report --format html` does")
    func attachedReportCarriesTheSessionLine() throws {
        let store = TestStore()
        let sample = AltitudeProcess.repositoryRoot.appendingPathComponent("SampleData").path
        let environment = store.environment.merging(["ALTITUDE_NOW": "2026-11-23T09:00:00Z"]) { $1 }
        let imported = try AltitudeProcess.run(["import", sample + "/vp-google.ics", sample + "/vp-outlook.ics", "--profile",
                                                sample + "/profile.yaml", "--quiet"], environment: environment)
        #expect(imported.status == 0, "\(imported.stderr)")
        let session = try AltitudeProcess.run(["sessions", "add", "--date", "2026-10-12", "--note", "delegation"], environment: environment)
        #expect(session.status == 0, "\(session.stderr)")
        let report = try AltitudeProcess.run(["report", "--week", "2026-W47", "--format", "html"], environment: environment)
        let line = try #require(report.stdout.split(separator: "\n").first { $0.contains("class=\"session\"") }.map(String.init))
        #expect(line.contains("since the last session (2026-10-12)"))
        let digest = try AltitudeProcess.run(["digest", "--dry-run", "--week", "2026-W47", "--attach-report"], environment: environment)
        #expect(digest.status == 0, "\(digest.stderr)")
        let attached = try #require(try ParsedMessage.parse(try store.write(digest.stdout, to: "session.eml")).parts.last)
        #expect(attached.attachment == "altitude-2026-W47.html")
        #expect(attached.text.contains(line), "the attachment is the same report, session line and all")
    }

    @Test("--redact: the digest and its attached report carry no title or person of the calendar")
    func redactedDigest() throws {
        let store = TestStore()
        let sample = AltitudeProcess.repositoryRoot.appendingPathComponent("SampleData").path
        let environment = store.environment.merging(["ALTITUDE_NOW": "2026-11-23T09:00:00Z"]) { $1 }
        #expect(try AltitudeProcess.run(["import", sample + "/vp-google.ics", sample + "/vp-outlook.ics", "--profile",
                                         sample + "/profile.yaml", "--quiet"], environment: environment).status == 0)
        let plain = try AltitudeProcess.run(["digest", "--dry-run", "--week", "2026-W47", "--attach-report"], environment: environment)
        let redacted = try AltitudeProcess.run(["digest", "--dry-run", "--week", "2026-W47", "--attach-report", "--redact"],
                                               environment: environment)
        #expect(redacted.status == 0, "\(redacted.stderr)")
        let before = try ParsedMessage.parse(try store.write(plain.stdout, to: "plain.eml"))
        let after = try ParsedMessage.parse(try store.write(redacted.stdout, to: "redacted.eml"))
        // What the plain digest shows of the calendar, none of which the redacted one may show.
        let secrets = ["Payments v3 launch readiness", "Maya Castellanos", "Incident"]
        for secret in secrets {
            #expect(before.parts.contains { $0.text.contains(secret) }, "the plain digest shows “\(secret)”")
            #expect(!after.parts.contains { $0.text.contains(secret) }, "the redacted digest shows “\(secret)”")
        }
        #expect(after.headers["Subject"] == before.headers["Subject"], "the figures are the same")
        #expect(after.longestLine <= 78 && after.defects.isEmpty)
    }

    @Test("--all sends one digest per client to its recipients; one client's refusal does not stop the others, and sets the exit code")
    func allClients() throws {
        let fixture = try DigestFixture(clients: ["acme", "globex"])
        let server = try SMTPServer(.plain, in: fixture.store, reject: ["ceo@globex.example"])
        try fixture.writeConfig("""
            mail:
              from: altitude@coach.example
              clients:
                acme: [ceo@acme.example]
                globex: [ceo@globex.example]
              smtp: {host: 127.0.0.1, port: \(server.port), security: none}

            """)
        let outcome = try fixture.digest(["--all"] + week)
        #expect(outcome.status == 67)
        #expect(outcome.stderr.contains("altitude: globex: error: the mail server"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("1 of 2 clients' digests failed"))
        #expect(server.envelopes.map { $0["rcpt_tos"] as? [String] ?? [] } == [["ceo@acme.example"]])
        let message = try ParsedMessage.parse(try #require(server.messages.first))
        #expect(message.headers["Subject"]?.hasPrefix("Altitude for Zoë Ångström, week 2026-W09: ") == true)
        #expect(try fixture.sentDigests() == ["acme 2026-W09 ceo@acme.example 1"])
    }

    @Test("--refresh reads the feeds again; a feed that fails is named (redacted) on stderr and in the digest, which still goes out")
    func refreshFeeds() throws {
        let store = TestStore()
        let profile = try store.write(DigestFixture.profile, to: "profile.yaml")
        let secret = "s3cr3t-t0ken-1234567890"
        do {
            let feed = try FeedServer(calendar: DigestFixture.calendar(), in: store)
            let imported = try store.run(["import", feed.url("/\(secret)/basic.ics"), "--profile", profile, "--quiet"])
            #expect(imported.status == 0, "\(imported.stderr)")
            let fresh = try store.run(["digest", "--refresh", "--dry-run"] + week)
            #expect(fresh.status == 0 && fresh.stderr.isEmpty, "\(fresh.stderr)")
            #expect(feed.requests.count == 2, "the feed was fetched again")
        }
        // The feed server is gone: its port refuses connections.
        let stale = try store.run(["digest", "--refresh", "--dry-run"] + week)
        #expect(stale.status == 0, "\(stale.stderr)")
        #expect(stale.stderr.contains("altitude: warning: me: not refreshed: "), "\(stale.stderr)")
        let text = try #require(try ParsedMessage.parse(try store.write(stale.stdout, to: "stale.eml")).part("text/plain"))
        #expect(text.contains("Not refreshed: ") && text.contains("/basic.ics"), "\(text)")
        #expect(!text.contains(secret) && !stale.stderr.contains(secret))
        #expect(text.contains("Payments standup"), "the digest goes out on the data held")
    }

    @Test("digest --help and altitude --help document the mail failures' exit codes")
    func exitCodesDocumented() throws {
        let digest = try AltitudeProcess.run(["digest", "--help"])
        let top = try AltitudeProcess.run(["--help"])
        for code in ["67", "68", "71", "75", "76", "77", "78"] {
            #expect(digest.stdout.contains(code), "digest --help: \(code)")
            #expect(top.stdout.contains(code), "altitude --help: \(code)")
        }
    }

    @Test("config check: every error with file:line:column and a suggestion; exit 78")
    func configCheck() throws {
        let fixture = try DigestFixture()
        try fixture.writeConfig("""
            mail:
              from: not an address
              smtp:
                host: smtp.example.com
                securty: tls
                username: maya

            """)
        let path = fixture.configDirectory.appendingPathComponent("config.yaml").path
        let outcome = try fixture.store.run(["config", "check"])
        #expect(outcome.status == 78)
        #expect(outcome.stderr.contains("\(path):2:9: error: mail.from should be an address"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("\(path):5:5: error: unknown key “securty” in mail.smtp"))
        #expect(outcome.stderr.contains("did you mean “security”?"))
        #expect(outcome.stderr.contains("has a username but no password"))
        let sending = try fixture.digest(week)
        #expect(sending.status == 78)
    }
}

/// Exit statuses gathered from threads.
private final class Statuses: @unchecked Sendable {
    private var list: [Int32] = []
    private let lock = NSLock()

    func add(_ status: Int32) { lock.withLock { list.append(status) } }
    var values: [Int32] { lock.withLock { list.sorted() } }
}
