import AltitudeModel
import AltitudeYAML
import CBoundProcess
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

    /// That the program is there and can be run. No secret (the mailer has its own
    /// configuration) and no server to try: the mailer delivers later, on its own.
    public func check(connecting: Bool, environment: [String: String]) throws(MailFailure) -> [String] {
        try checkProgram()
        return ["\(path) can be run"]
    }

    /// The mailer runs bound to this run (`altitude_spawn_bound`): killed with it, it
    /// cannot deliver a digest the store never recorded as sent; interrupted (SIGTERM),
    /// the run waits for it, so what it was handed is recorded either way.
    public func send(_ message: [UInt8], from sender: MailAddress, to recipient: MailAddress,
                     environment: [String: String]) throws(MailFailure) {
        try checkProgram()
        var input: Int32 = -1
        var errors: Int32 = -1
        let arguments = [path, "-t", "-oi", "-f", sender.address]
        let pointers = arguments.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        let child = altitude_spawn_bound(path, pointers, &input, &errors)
        guard child > 0 else {
            throw MailFailure(.sendmailFailed, "\(path) could not be started: \(String(cString: strerror(errno)))")
        }
        // Read while the message is written: a mailer that complains at length must not block on a full pipe.
        nonisolated(unsafe) var complaint: [UInt8] = []
        let reader = DispatchGroup()
        let complaints = errors
        DispatchQueue.global().async(group: reader) { complaint = Self.readToEnd(complaints) }
        // A mailer that exits without reading everything closes the pipe: EPIPE, not a SIGPIPE that ends Altitude.
        signal(SIGPIPE, SIG_IGN)
        let written = message.withUnsafeBytes { DescriptorWriter.writeAll(input, $0) } == nil
        close(input)
        let status = Self.wait(for: child)
        reader.wait()
        close(errors)
        let said = String(decoding: complaint, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let status, status == 0, written else {
            let how = status.map { "exited with \($0)" } ?? "was killed"
            throw MailFailure(.sendmailFailed, "\(path) \(how)" + (written ? "" : " before reading the whole message")
                              + (said.isEmpty ? "" : ": \(said)"))
        }
    }

    private static func readToEnd(_ descriptor: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return bytes }
            bytes += chunk[..<count]
        }
    }

    /// The child's exit status, or nil when a signal ended it.
    private static func wait(for child: pid_t) -> Int32? {
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            guard errno == EINTR else { return nil }
        }
        // WIFEXITED and WEXITSTATUS are macros Swift does not import.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
    }

    private func checkProgram() throws(MailFailure) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw MailFailure(.sendmailFailed, "\(path) does not exist: install a mailer (postfix, msmtp-mta, nullmailer…) "
                              + "or set mail.sendmail.path")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw MailFailure(.sendmailFailed, "\(path) is a directory, not a mailer: set mail.sendmail.path to the program (/usr/sbin/sendmail)")
        }
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw MailFailure(.sendmailFailed, "\(path) is not a program that can be run: install a mailer or set mail.sendmail.path")
        }
    }
}
