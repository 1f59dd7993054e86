import AltitudeModel
import AltitudeYAML
import CCurlTransfers
import Foundation
import Yams

/// `smtp: {host, port, security, …}`: SMTP through libcurl (loaded on first use, like
/// feeds), STARTTLS or implicit TLS with the certificate checked against the system's
/// or the configured CAs, AUTH with a password read from a file or a variable.
public struct SMTPTransport: MailTransport {
    public enum Security: String, Sendable, CaseIterable {
        /// STARTTLS, and refuse to send without it.
        case starttls
        /// STARTTLS when the server offers it, else in the clear.
        case starttlsOptional = "starttls-optional"
        /// TLS from the first byte (SMTPS, port 465).
        case tls
        case none
    }

    public enum AuthMethod: String, Sendable, CaseIterable {
        case plain, login
    }

    /// Where the password is read from when sending: never the command line, never the store.
    public enum PasswordSource: Sendable, Hashable {
        case environment(String)
        case file(String)
    }

    public static let key = "smtp"
    public static let keys = ["host", "port", "security", "username", "password-env", "password-file", "auth", "ca-file",
                              "connect-timeout", "timeout"]
    public static var synopsis: String {
        "smtp {host, port, security: \(Security.allCases.map(\.rawValue).joined(separator: " | ")), username, password-env "
            + "or password-file, auth: \(AuthMethod.allCases.map(\.rawValue).joined(separator: " | ")), ca-file, connect-timeout, timeout}"
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: PasswordSource?
    /// Nil: the server's preference.
    public var authMethod: AuthMethod?
    /// A CA bundle for a private server; nil: the system's.
    public var caFile: String?
    public var connectTimeout: Int
    public var timeout: Int

    public init(host: String, port: Int, security: Security, username: String? = nil, password: PasswordSource? = nil,
                authMethod: AuthMethod? = nil, caFile: String? = nil, connectTimeout: Int = 20, timeout: Int = 60) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.authMethod = authMethod
        self.caFile = caFile
        self.connectTimeout = connectTimeout
        self.timeout = timeout
    }

    /// 465 for implicit TLS, else the submission port.
    public static func defaultPort(for security: Security) -> Int { security == .tls ? 465 : 587 }

    public var name: String { "smtp \(host):\(port)" }

    public static func parse(_ node: Node, reader: inout NodeReader) -> SMTPTransport? {
        guard let entries = reader.mapping(node, allowed: keys, what: section) else { return nil }
        guard let hostNode = entries["host"]?.value else {
            reader.fail(at: node, "\(section) has no “host”", hint: "add `host: smtp.example.com`")
            return nil
        }
        guard let host = reader.string(hostNode, what: "\(section).host") else { return nil }
        if host.isEmpty || host.contains(where: { $0.isWhitespace || "/:@".contains($0) }) {
            reader.fail(at: hostNode, "\(section).host should be a host name or address, not “\(host)”")
        }
        let security = entries["security"].flatMap {
            reader.choice($0.value, what: "\(section).security", from: Security.allCases.map { ($0.rawValue, $0) })
        } ?? .starttls
        let port = entries["port"].flatMap { reader.integer($0.value, what: "\(section).port", in: 1...65535) }
            ?? defaultPort(for: security)
        let username = entries["username"].flatMap { reader.string($0.value, what: "\(section).username") }
        var password: PasswordSource?
        switch (entries["password-env"], entries["password-file"]) {
        case (.some, .some(let file)):
            reader.fail(at: file.key, "\(section) has both “password-env” and “password-file”", hint: "keep one")
        case (.some(let variable), nil):
            password = reader.string(variable.value, what: "\(section).password-env").map { .environment($0) }
        case (nil, .some(let file)):
            password = reader.string(file.value, what: "\(section).password-file").map { .file(expandingHome($0)) }
        case (nil, nil):
            break
        }
        if username != nil, password == nil {
            reader.fail(at: node, "\(section) has a username but no password",
                        hint: "add `password-file: ~/.config/altitude/smtp-password` or `password-env: ALTITUDE_SMTP_PASSWORD`")
        }
        if username == nil, let entry = entries["password-env"] ?? entries["password-file"] {
            reader.fail(at: entry.key, "\(section) has a password but no username", hint: "add `username: …`")
        }
        let auth = entries["auth"].flatMap {
            reader.choice($0.value, what: "\(section).auth", from: AuthMethod.allCases.map { ($0.rawValue, $0) })
        }
        let caFile = entries["ca-file"].flatMap { reader.string($0.value, what: "\(section).ca-file") }.map(expandingHome)
        if let caFile, let node = entries["ca-file"]?.value, !FileManager.default.isReadableFile(atPath: caFile) {
            reader.fail(at: node, "\(section).ca-file \(caFile) cannot be read")
        }
        let connectTimeout = entries["connect-timeout"].flatMap { reader.integer($0.value, what: "\(section).connect-timeout", in: 1...600) }
            ?? 20
        let timeout = entries["timeout"].flatMap { reader.integer($0.value, what: "\(section).timeout", in: 1...3600) } ?? 60
        return SMTPTransport(host: host, port: port, security: security, username: username, password: password, authMethod: auth,
                             caFile: caFile, connectTimeout: connectTimeout, timeout: timeout)
    }

    public func checkSecret(environment: [String: String]) throws(MailFailure) {
        _ = try readPassword(environment: environment)
    }

    public func send(_ message: [UInt8], from sender: MailAddress, to recipient: MailAddress,
                     environment: [String: String]) throws(MailFailure) {
        let password = try readPassword(environment: environment)
        let server = "the mail server \(host):\(port)"
        var result = altitude_mail_result()
        let security: altitude_mail_security = switch self.security {
        case .starttls: ALTITUDE_MAIL_STARTTLS
        case .starttlsOptional: ALTITUDE_MAIL_STARTTLS_OPTIONAL
        case .tls: ALTITUDE_MAIL_IMPLICIT_TLS
        case .none: ALTITUDE_MAIL_PLAIN
        }
        let loginOptions = authMethod.map { "AUTH=\($0.rawValue.uppercased())" }
        let error = host.withCString { host in
            withOptionalCString(caFile) { caFile in
                withOptionalCString(username) { username in
                    withOptionalCString(password) { password in
                        withOptionalCString(loginOptions) { loginOptions in
                            var config = altitude_mail_server(host: host, port: port, security: Int32(security.rawValue),
                                                              ca_file: caFile, username: username, password: password,
                                                              login_options: loginOptions, connect_timeout: connectTimeout,
                                                              total_timeout: timeout)
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
            throw MailFailure(.temporaryFailure, "\(server) did not answer in time (\(timeout) s): try again later")
        case ALTITUDE_MAIL_TLS:
            throw MailFailure(.tlsFailed, "the secure connection to \(server) failed: \(detail)"
                              + (caFile == nil ? " (a private server's CA goes in mail.smtp.ca-file)" : ""))
        case ALTITUDE_MAIL_NO_STARTTLS:
            throw MailFailure(.tlsFailed, "\(server) does not offer STARTTLS, and security is starttls: nothing was sent in the clear")
        case ALTITUDE_MAIL_AUTH:
            throw MailFailure(.authenticationFailed, "\(server) refused the user name and password for \(username ?? "(none)")")
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
    func readPassword(environment: [String: String]) throws(MailFailure) -> String? {
        switch password {
        case nil:
            return nil
        case .environment(let name):
            guard let value = environment[name], !value.isEmpty else {
                throw MailFailure(.configError, "\(Self.section).password-env names \(name), which is not set")
            }
            return value
        case .file(let path):
            // Like ssh with a private key: a password others can read is not used.
            var info = stat()
            if stat(path, &info) == 0, info.st_mode & 0o077 != 0 {
                throw MailFailure(.configError, "\(Self.section).password-file \(path) can be read by others: chmod 600 \(path)")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw MailFailure(.configError, "\(Self.section).password-file \(path) cannot be read")
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
