import Foundation
import Testing

/// `config check` checks what sending needs, failing with the code sending would;
/// `--connect` tries the server without sending.
@Suite("altitude config check: what sending needs, and --connect")
struct ConfigCheckTests {
    @Test("A sendmail path that does not exist, or cannot be run, is found before cron does (71); one that runs is ok")
    func sendmailPath() throws {
        let fixture = try DigestFixture()
        let missing = fixture.store.file("no-such-sendmail")
        try fixture.writeConfig("mail:\n  from: altitude@acme.example\n  to: maya@acme.example\n  sendmail: {path: \(missing)}\n")
        let absent = try fixture.store.run(["config", "check"])
        #expect(absent.status == 71)
        #expect(absent.stderr.contains("\(missing) does not exist: install a mailer"), "\(absent.stderr)")

        let program = try fixture.store.write("#!/bin/sh\ncat > /dev/null\n", to: "sendmail")
        try fixture.writeConfig("mail:\n  from: altitude@acme.example\n  to: maya@acme.example\n  sendmail: {path: \(program)}\n")
        chmod(program, 0o644)
        let notProgram = try fixture.store.run(["config", "check"])
        #expect(notProgram.status == 71)
        #expect(notProgram.stderr.contains("\(program) is not a program that can be run"), "\(notProgram.stderr)")
        chmod(program, 0o755)
        let ready = try fixture.store.run(["config", "check"])
        #expect(ready.status == 0, "\(ready.stderr)")
        #expect(ready.stdout.contains("checked: \(program) can be run"), "\(ready.stdout)")

        let directory = fixture.store.directory.path
        try fixture.writeConfig("mail:\n  from: altitude@acme.example\n  to: maya@acme.example\n  sendmail: {path: \(directory)}\n")
        let folder = try fixture.store.run(["config", "check"])
        #expect(folder.status == 71)
        #expect(folder.stderr.contains("\(directory) is a directory, not a mailer"), "\(folder.stderr)")
    }

    @Test("A client in the store with nobody to send to is found before cron's digest --all fails on it (78); with its own recipients, ok")
    func clientWithoutRecipient() throws {
        let fixture = try DigestFixture(clients: ["acme", "globex"])
        let program = try fixture.store.write("#!/bin/sh\ncat > /dev/null\n", to: "sendmail")
        chmod(program, 0o755)
        try fixture.writeConfig("mail:\n  from: altitude@acme.example\n  clients: {acme: [ceo@acme.example]}\n  sendmail: {path: \(program)}\n")
        let missing = try fixture.store.run(["config", "check"])
        #expect(missing.status == 78)
        #expect(missing.stderr.contains("`altitude digest` would have no recipient for globex: add `to:` under `mail:`"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("acme,"))

        try fixture.writeConfig("mail:\n  from: altitude@acme.example\n  clients: {acme: [ceo@acme.example], globex: [cfo@globex.example]}\n"
                                + "  sendmail: {path: \(program)}\n")
        let ready = try fixture.store.run(["config", "check"])
        #expect(ready.status == 0, "\(ready.stderr)")
        #expect(ready.stdout.contains("each of the store's 2 clients has a recipient"), "\(ready.stdout)")
    }

    @Test("An SMTP host that does not resolve is found before cron does (68), without --connect")
    func unresolvableHost() throws {
        let fixture = try DigestFixture()
        try fixture.writeConfig("mail:\n  from: altitude@acme.example\n  to: maya@acme.example\n  smtp: {host: no-such-host.invalid}\n")
        let outcome = try fixture.store.run(["config", "check"])
        #expect(outcome.status == 68)
        #expect(outcome.stderr.contains("cannot find the mail server no-such-host.invalid: the name does not resolve"), "\(outcome.stderr)")
    }

    @Test("--connect: STARTTLS and the login are tried as sending would, and nothing is sent; without it the server is not contacted")
    func connectAcceptsCredentials() throws {
        let fixture = try DigestFixture()
        let server = try SMTPServer(.starttls, in: fixture.store, auth: ("maya", "s3cret"))
        let password = try fixture.store.write("s3cret\n", to: "smtp-password")
        chmod(password, 0o600)
        try fixture.useSMTP(server, security: "starttls", extra: ["ca-file: \(server.caFile)", "username: maya", "password-file: \(password)"])
        let checked = try fixture.store.run(["config", "check", "--connect"])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.contains("127.0.0.1:\(server.port) answers and takes STARTTLS; it accepts the user name and password "
                                        + "for maya; nothing was sent"), "\(checked.stdout)")
        #expect(!checked.stdout.contains("s3cret"))
        #expect(server.messages.isEmpty)

        try Data("wr0ng\n".utf8).write(to: URL(fileURLWithPath: password))
        let refused = try fixture.store.run(["config", "check", "--connect"])
        #expect(refused.status == 77)
        #expect(refused.stderr.contains("refused the user name and password for maya (535)"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("wr0ng"))
        let offline = try fixture.store.run(["config", "check"])
        #expect(offline.status == 0, "without --connect the password is only read, not tried: \(offline.stderr)")
        #expect(server.messages.isEmpty)
    }

    @Test("--connect: a server without STARTTLS where security requires it (76), one that never greets (75); no connection without it")
    func connectFailures() throws {
        let fixture = try DigestFixture()
        let plain = try SMTPServer(.plain, in: fixture.store)
        try fixture.useSMTP(plain, security: "starttls")
        let clear = try fixture.store.run(["config", "check", "--connect"])
        #expect(clear.status == 76)
        #expect(clear.stderr.contains("does not offer STARTTLS, and security is starttls"), "\(clear.stderr)")

        let silent = try SMTPServer(.stall, at: .greeting, in: fixture.store)
        try fixture.useSMTP(silent, security: "none", extra: ["timeout: 2"])
        #expect(try fixture.store.run(["config", "check"]).status == 0)
        #expect(silent.stages.isEmpty, "config check without --connect does not connect")
        let mute = try fixture.store.run(["config", "check", "--connect"])
        #expect(mute.status == 75)
        #expect(mute.stderr.contains("took the connection but did not greet within 2 s (mail.smtp.timeout): try again later"),
                "\(mute.stderr)")
    }

    @Test("config check --help explains --connect, with an example")
    func help() throws {
        let help = try AltitudeProcess.run(["config", "check", "--help"])
        #expect(help.stdout.contains("--connect"))
        #expect(help.stdout.contains("altitude config check --connect"))
    }
}
