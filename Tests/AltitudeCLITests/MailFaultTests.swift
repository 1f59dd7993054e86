import Foundation
import Testing

/// The digest against servers that fail at one stage of the session
/// (Tests/Servers/faulty_smtp_server.py) or speak the other kind of TLS: every
/// stage bounded by `timeout`, every failure with its own code and plain words.
@Suite("altitude digest when the mail server fails: each stage within the timeout, each failure in its own words")
struct MailFaultTests {
    let week = ["--week", DigestFixture.lastWeek]
    /// The timeout every test here configures; `connect-timeout` is shorter, so a
    /// stage it bounded instead would end too soon.
    static let timeout = 2.0

    /// The digest through `server`, and its wall time in seconds.
    func timedDigest(_ fixture: DigestFixture, through server: SMTPServer, security: String = "none",
                     extra: [String] = []) throws -> (outcome: AltitudeProcess.Outcome, seconds: Double) {
        try fixture.useSMTP(server, security: security, extra: ["connect-timeout: 1", "timeout: \(Int(Self.timeout))"] + extra)
        let started = ContinuousClock.now
        let outcome = try fixture.digest(week)
        let elapsed = ContinuousClock.now - started
        return (outcome, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    @Test("A server that takes the message and never confirms it: the run ends within the timeout and a second or two, exit 75, saying so")
    func neverConfirms() throws {
        let fixture = try DigestFixture()
        let server = try SMTPServer(.stall, at: .dot, in: fixture.store)
        let (outcome, seconds) = try timedDigest(fixture, through: server)
        #expect(outcome.status == 75)
        #expect(outcome.stderr.contains("took the message but did not confirm it within 2 s (mail.smtp.timeout): it may still be "
                                        + "delivered; try again later"), "\(outcome.stderr)")
        #expect(seconds >= Self.timeout && seconds < Self.timeout + 2, "\(seconds) s with timeout: 2")
        #expect(server.stages.last == "dot", "the server had the whole message")
        #expect(try fixture.sentDigests().isEmpty, "an unconfirmed message is not recorded as sent")
    }

    @Test("A server that stops answering at the greeting, EHLO or MAIL FROM: the timeout holds (not connect-timeout), the stage is named",
          arguments: [(SMTPServer.Stage.greeting, "took the connection but did not greet within 2 s"),
                      (.ehlo, "did not answer EHLO within 2 s"), (.mail, "did not answer MAIL FROM within 2 s")])
    func stallsAtStage(stage: SMTPServer.Stage, words: String) throws {
        let fixture = try DigestFixture()
        let server = try SMTPServer(.stall, at: stage, in: fixture.store)
        let (outcome, seconds) = try timedDigest(fixture, through: server)
        #expect(outcome.status == 75)
        #expect(outcome.stderr.contains("the mail server 127.0.0.1:\(server.port) \(words) (mail.smtp.timeout): nothing was delivered"),
                "\(outcome.stderr)")
        #expect(seconds >= Self.timeout && seconds < Self.timeout + 2, "\(seconds) s with timeout: 2")
    }

    @Test("A server that closes the connection mid-session: exit 75 (try again later) with what happened, no errno or library words",
          arguments: [(SMTPServer.Stage.greeting, "closed the connection without greeting"),
                      (.ehlo, "closed the connection instead of answering EHLO"), (.data, "closed the connection")])
    func dropped(stage: SMTPServer.Stage, words: String) throws {
        let fixture = try DigestFixture()
        let server = try SMTPServer(.drop, at: stage, in: fixture.store)
        let (outcome, _) = try timedDigest(fixture, through: server)
        #expect(outcome.status == 75)
        #expect(outcome.stderr.contains("the mail server 127.0.0.1:\(server.port) \(words)"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("try again later"))
        #expect(!outcome.stderr.contains("errno") && !outcome.stderr.contains("response reading failed"), "\(outcome.stderr)")
        #expect(try fixture.sentDigests().isEmpty)
    }

    @Test("A server that puts the sender or the message off (451): exit 75, try again later, with its words; nothing recorded",
          arguments: [(SMTPServer.Stage.mail, "put off sending from altitude@acme.example to maya@acme.example (451)"),
                      (.dot, "put the message off (451)")])
    func deferred(stage: SMTPServer.Stage, words: String) throws {
        let fixture = try DigestFixture()
        let server = try SMTPServer(.defer, at: stage, in: fixture.store)
        let (outcome, _) = try timedDigest(fixture, through: server)
        #expect(outcome.status == 75)
        #expect(outcome.stderr.contains("the mail server 127.0.0.1:\(server.port) \(words): “4.3.0 Temporary failure, try again later”: "
                                        + "try again later"), "\(outcome.stderr)")
        #expect(try fixture.sentDigests().isEmpty)
    }

    @Test("security: tls on a STARTTLS port names the setting to change (76)")
    func tlsOnStarttlsPort() throws {
        let fixture = try DigestFixture()
        let server = try SMTPServer(.starttls, in: fixture.store)
        let (outcome, _) = try timedDigest(fixture, through: server, security: "tls", extra: ["ca-file: \(server.caFile)"])
        #expect(outcome.status == 76)
        #expect(outcome.stderr.contains("port \(server.port) speaks STARTTLS: set security: starttls, or port: 465 for tls"),
                "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("wrong version number"), "OpenSSL's words are not the message")
        #expect(server.messages.isEmpty)
    }

    @Test("security: starttls on an implicit-TLS port names the setting to change (76), within the timeout and a second or two")
    func starttlsOnTLSPort() throws {
        let fixture = try DigestFixture()
        let server = try SMTPServer(.tls, in: fixture.store)
        let (outcome, seconds) = try timedDigest(fixture, through: server, security: "starttls", extra: ["ca-file: \(server.caFile)"])
        #expect(outcome.status == 76)
        #expect(outcome.stderr.contains("port \(server.port) speaks TLS from the first byte: set security: tls, or port: 587 for starttls"),
                "\(outcome.stderr)")
        #expect(seconds < Self.timeout + 2, "\(seconds) s with timeout: 2")
        #expect(server.messages.isEmpty)
    }
}
