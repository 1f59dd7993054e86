import AltitudeModel
import Foundation
import TestSupport
import Testing
@testable import AltitudeMail

/// `MailInterruption.request()`, called from a signal handler as the workspace's will
/// be, ends a send in progress at once and says so.
@Suite("Mail interruption")
struct MailInterruptionTests {
    @Test("A signal handler's interruption ends a send waiting for its confirmation within a second or two, as interrupted, not timed out")
    func interruptedSend() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("altitude-interruption-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let (server, port) = try LoopbackServer.start(try Python.executable(),
                                                      [LoopbackServer.script("faulty_smtp_server.py"), directory.path, "stall", "dot"],
                                                      failure: ServerDidNotStart())
        defer {
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
        // The interruption lasts for the process: this is the only test in this target that sends.
        signal(SIGUSR1) { _ in MailInterruption.request() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 1) { kill(getpid(), SIGUSR1) }
        let transport = SMTPTransport(host: "127.0.0.1", port: port, security: .none, timeout: 30)
        let started = ContinuousClock.now
        let failure: MailFailure
        do {
            try transport.send(Array("Subject: interrupted\r\n\r\nHello.\r\n".utf8), from: MailAddress(address: "altitude@example.com"),
                               to: MailAddress(address: "maya@example.com"), environment: [:])
            Issue.record("a server that never confirms the message cannot have it sent")
            return
        } catch {
            failure = error
        }
        #expect(ContinuousClock.now - started < .seconds(4), "the interruption, not the 30 s timeout, ended it")
        #expect(failure.description == "sending through the mail server 127.0.0.1:\(port) was interrupted waiting for it to confirm "
                + "the message: it may still be delivered", "\(failure.description)")
        #expect(failure.exitReason == .temporaryFailure)
    }

    struct ServerDidNotStart: Error {}
}
