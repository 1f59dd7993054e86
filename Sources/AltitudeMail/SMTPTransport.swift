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

    /// The password readable and private, the host found; with `connecting`, a session
    /// that is greeted, secured and logged in as sending would be, then ended before
    /// MAIL FROM: nothing is sent.
    public func check(connecting: Bool, environment: [String: String]) throws(MailFailure) -> [String] {
        let password = try readPassword(environment: environment)
        var checked = password == nil ? [] : ["the password can be read and is private"]
        try resolveHost()
        checked.append("\(host) resolves")
        guard connecting else { return checked }
        let session = SMTPSession.run(self, password: password) { server, result in altitude_smtp_check(&server, &result) }
        guard session.error == ALTITUDE_SMTP_OK else { throw failure(of: session) }
        checked.append("\(host):\(port) answers" + (session.secured ? (security == .tls ? " over TLS" : " and takes STARTTLS") : " (no TLS)"))
        if let username, session.loggedIn { checked.append("it accepts the user name and password for \(username)") }
        checked.append("nothing was sent")
        return checked
    }

    public func send(_ message: [UInt8], from sender: MailAddress, to recipient: MailAddress,
                     environment: [String: String]) throws(MailFailure) {
        let password = try readPassword(environment: environment)
        let session = SMTPSession.run(self, password: password) { server, result in
            message.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    altitude_smtp_send(&server, sender.address, recipient.address, chars.baseAddress, chars.count, &result)
                }
            }
        }
        guard session.error == ALTITUDE_SMTP_OK else { throw failure(of: session, envelope: (sender, recipient)) }
    }

    /// The host's addresses looked up now, as sending will: a name that does not resolve fails here.
    func resolveHost() throws(MailFailure) {
        var addresses: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, nil, &addresses)
        if let addresses { freeaddrinfo(addresses) }
        guard status == 0 else { throw unresolvable }
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
