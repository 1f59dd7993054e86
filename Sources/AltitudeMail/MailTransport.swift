import AltitudeModel
import CCurlTransfers
import Foundation

/// A message that could not be sent: what happened, in words for cron's mail,
/// and a code of its own for each kind of failure.
public struct MailFailure: AltitudeFailure, CustomStringConvertible {
    public var exitReason: ExitReason
    public var description: String

    public init(_ reason: ExitReason, _ message: String) {
        exitReason = reason
        description = message
    }
}

/// Hands a finished message to whatever delivers it.
public protocol MailTransport: Sendable {
    /// `sendmail` or `smtp host:port`: what the store records.
    var name: String { get }
    func send(_ message: [UInt8], from sender: MailAddress, to recipient: MailAddress) throws(MailFailure)
}

extension MailTransportSettings {
    /// The transport these settings describe.
    public func makeTransport(environment: [String: String]) -> any MailTransport {
        switch self {
        case .sendmail(let path): SendmailTransport(path: path)
        case .smtp(let settings): SMTPTransport(settings: settings, environment: environment)
        }
    }
}

/// SMTP through libcurl (loaded on first use, like feeds): STARTTLS or implicit
/// TLS with the certificate checked against the system's or the configured CAs.
public struct SMTPTransport: MailTransport {
    public var settings: SMTPSettings
    /// Where `password-env` is looked up.
    public var environment: [String: String]

    public init(settings: SMTPSettings, environment: [String: String]) {
        self.settings = settings
        self.environment = environment
    }

    public var name: String { "smtp \(settings.host):\(settings.port)" }

    public func send(_ message: [UInt8], from sender: MailAddress, to recipient: MailAddress) throws(MailFailure) {
        let password = try readPassword()
        let server = "the mail server \(settings.host):\(settings.port)"
        var result = altitude_mail_result()
        let security: altitude_mail_security = switch settings.security {
        case .starttls: ALTITUDE_MAIL_STARTTLS
        case .starttlsOptional: ALTITUDE_MAIL_STARTTLS_OPTIONAL
        case .tls: ALTITUDE_MAIL_IMPLICIT_TLS
        case .none: ALTITUDE_MAIL_PLAIN
        }
        let loginOptions = settings.authMethod.map { "AUTH=\($0.rawValue.uppercased())" }
        let error = settings.host.withCString { host in
            withOptionalCString(settings.caFile) { caFile in
                withOptionalCString(settings.username) { username in
                    withOptionalCString(password) { password in
                        withOptionalCString(loginOptions) { loginOptions in
                            var config = altitude_mail_server(host: host, port: settings.port, security: Int32(security.rawValue),
                                                              ca_file: caFile, username: username, password: password,
                                                              login_options: loginOptions, connect_timeout: settings.connectTimeout,
                                                              total_timeout: settings.timeout)
                            return message.withUnsafeBufferPointer { bytes in
                                bytes.withMemoryRebound(to: CChar.self) { chars in
                                    altitude_mail_send(&config, sender.address, recipient.address, chars.baseAddress, chars.count, &result)
                                }
                            }
                        }
                    }
                }
            }
        }
        let detail = withUnsafeBytes(of: result.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        switch altitude_mail_error(rawValue: UInt32(error)) {
        case ALTITUDE_MAIL_OK:
            return
        case ALTITUDE_MAIL_CONNECT:
            throw MailFailure(.mailServerUnreachable, "cannot connect to \(server): \(detail)")
        case ALTITUDE_MAIL_TIMEOUT:
            throw MailFailure(.temporaryFailure, "\(server) did not answer in time (\(settings.timeout) s): try again later")
        case ALTITUDE_MAIL_TLS:
            throw MailFailure(.tlsFailed, "the secure connection to \(server) failed: \(detail)"
                              + (settings.caFile == nil ? " (a private server's CA goes in mail.smtp.ca-file)" : ""))
        case ALTITUDE_MAIL_NO_STARTTLS:
            throw MailFailure(.tlsFailed, "\(server) does not offer STARTTLS, and security is starttls: nothing was sent in the clear")
        case ALTITUDE_MAIL_AUTH:
            throw MailFailure(.authenticationFailed, "\(server) refused the user name and password for \(settings.username ?? "(none)")")
        case ALTITUDE_MAIL_REJECTED:
            throw MailFailure(.recipientRejected, "\(server) refused to send from \(sender.address) to \(recipient.address)"
                              + (result.response_code > 0 ? " (\(result.response_code))" : ""))
        case ALTITUDE_MAIL_NO_LIBCURL:
            throw MailFailure(.unavailable, "cannot send through \(server): \(detail)")
        default:
            throw MailFailure(.unavailable, "sending through \(server) failed: \(detail)")
        }
    }

    /// The password from where the settings say, checked (set, readable, private); nil without one.
    public func readPassword() throws(MailFailure) -> String? {
        switch settings.password {
        case nil:
            return nil
        case .environment(let name):
            guard let value = environment[name], !value.isEmpty else {
                throw MailFailure(.configError, "mail.smtp.password-env names \(name), which is not set")
            }
            return value
        case .file(let path):
            // Like ssh with a private key: a password others can read is not used.
            var info = stat()
            if stat(path, &info) == 0, info.st_mode & 0o077 != 0 {
                throw MailFailure(.configError, "mail.smtp.password-file \(path) can be read by others: chmod 600 \(path)")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw MailFailure(.configError, "mail.smtp.password-file \(path) cannot be read")
            }
            // The first line, without its line break: editors add one.
            return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        }
    }
}

private func withOptionalCString<T>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> T) -> T {
    guard let text else { return body(nil) }
    return text.withCString { body($0) }
}

/// The local mailer: the message on `sendmail -t -oi`'s standard input (`-t`: the
/// recipients are the To header's; `-oi`: a line holding one dot does not end it).
public struct SendmailTransport: MailTransport {
    public var path: String

    public init(path: String) {
        self.path = path
    }

    public var name: String { "sendmail" }

    public func send(_ message: [UInt8], from sender: MailAddress, to recipient: MailAddress) throws(MailFailure) {
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
