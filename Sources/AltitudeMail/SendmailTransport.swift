import AltitudeModel
import AltitudeYAML
import Foundation
import Yams

/// `sendmail: {path}`: the local mailer, the message on `sendmail -t -oi`'s standard
/// input (`-t`: the recipients are the To header's; `-oi`: a line holding one dot
/// does not end it). What sends when `mail:` names no transport.
public struct SendmailTransport: MailTransport {
    public static let key = "sendmail"
    public static let keys = ["path"]
    public static let synopsis = "sendmail {path}"
    /// Where mailers put it (Postfix, Exim, msmtp-mta, nullmailer).
    public static let defaultPath = "/usr/sbin/sendmail"

    public var path: String

    public init(path: String) {
        self.path = path
    }

    public var name: String { "sendmail" }

    public static func parse(_ node: Node, reader: inout NodeReader) -> SendmailTransport? {
        guard let entries = reader.mapping(node, allowed: keys, what: section) else { return nil }
        guard let entry = entries["path"] else { return SendmailTransport(path: defaultPath) }
        return reader.string(entry.value, what: "\(section).path").map { SendmailTransport(path: expandingHome($0)) }
    }

    /// No secret: the mailer has its own configuration.
    public func checkSecret(environment: [String: String]) throws(MailFailure) {}

    public func send(_ message: [UInt8], from sender: MailAddress, to recipient: MailAddress,
                     environment: [String: String]) throws(MailFailure) {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw MailFailure(.sendmailFailed, "\(path) is not a program that can be run: install a mailer or set mail.sendmail.path")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-t", "-oi", "-f", sender.address]
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        // Before run(): waitUntilExit can hang on some Linux Foundation builds.
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw MailFailure(.sendmailFailed, "\(path) could not be started: \(error.localizedDescription)")
        }
        nonisolated(unsafe) var complaint = Data()
        let reader = DispatchGroup()
        DispatchQueue.global().async(group: reader) { complaint = errors.fileHandleForReading.readDataToEndOfFile() }
        // A mailer that exits without reading everything closes the pipe: EPIPE, not a SIGPIPE that ends Altitude.
        signal(SIGPIPE, SIG_IGN)
        let written = (try? input.fileHandleForWriting.write(contentsOf: Data(message))) != nil
        try? input.fileHandleForWriting.close()
        finished.wait()
        reader.wait()
        let said = String(decoding: complaint, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationReason == .exit, process.terminationStatus == 0, written else {
            let how = process.terminationReason == .exit ? "exited with \(process.terminationStatus)" : "was killed"
            throw MailFailure(.sendmailFailed, "\(path) \(how)" + (written ? "" : " before reading the whole message")
                              + (said.isEmpty ? "" : ": \(said)"))
        }
    }
}
