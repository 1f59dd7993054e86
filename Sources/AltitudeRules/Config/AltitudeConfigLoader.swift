import AltitudeModel
import AltitudeYAML
import Foundation
import Yams

/// `config.yaml` (in `$XDG_CONFIG_HOME/altitude`): settings for running Altitude
/// unattended, today the `mail:` section the digest sends with. Read like the
/// profile: every problem with file, line and column, and nothing used while any remain.
public struct AltitudeConfig: Sendable, Hashable {
    /// Nil when the file has no `mail:` section.
    public var mail: MailSettings?

    public init(mail: MailSettings? = nil) {
        self.mail = mail
    }
}

public enum AltitudeConfigLoader {
    static let keys = ["mail"]
    static let mailKeys = ["from", "to", "clients", "message-id-domain", "sendmail", "smtp"]
    static let sendmailKeys = ["path"]
    static let smtpKeys = ["host", "port", "security", "username", "password-env", "password-file", "auth", "ca-file",
                           "connect-timeout", "timeout"]

    /// Reads the file; nil when there is none (a missing config is not an error until something needs it).
    public static func load(path: String) throws(ConfigErrors) -> AltitudeConfig? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigErrors([ConfigError(file: path, message: "cannot be read (permission denied?)")])
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    public static func parse(_ text: String, file: String) throws(ConfigErrors) -> AltitudeConfig {
        var reader = NodeReader(file: file)
        guard let root = reader.parse(text) else {
            if reader.errors.isEmpty { return AltitudeConfig() }  // an empty file: nothing set
            throw ConfigErrors(reader.errors)
        }
        guard let entries = reader.mapping(root, allowed: keys, what: "config.yaml") else { throw ConfigErrors(reader.errors) }
        let mail = entries["mail"].flatMap { mailSettings($0.value, reader: &reader) }
        guard reader.errors.isEmpty else { throw ConfigErrors(reader.errors) }
        return AltitudeConfig(mail: mail)
    }

    private static func mailSettings(_ node: Node, reader: inout NodeReader) -> MailSettings? {
        guard let entries = reader.mapping(node, allowed: mailKeys, what: "mail") else { return nil }
        var from: MailAddress?
        if let entry = entries["from"] {
            from = address(entry.value, what: "mail.from", reader: &reader)
        } else {
            reader.fail(at: node, "mail has no “from”", hint: "add `from: Altitude <altitude@example.com>`")
        }
        let recipients = entries["to"].map { addresses($0.value, what: "mail.to", reader: &reader) } ?? []
        var byClient: [String: [MailAddress]] = [:]
        if let entry = entries["clients"] {
            if case .mapping(let mapping) = entry.value {
                for (key, value) in mapping {
                    guard let name = reader.string(key, what: "a client name") else { continue }
                    byClient[name] = addresses(value, what: "the recipients of \(name)", reader: &reader)
                }
            } else {
                reader.fail(at: entry.value, "mail.clients should map client names to recipients", hint: "clients: {acme: [ceo@acme.example]}")
            }
        }
        var domain = from.map { String($0.address.split(separator: "@").last ?? "") } ?? ""
        if let entry = entries["message-id-domain"], let text = reader.string(entry.value, what: "mail.message-id-domain") {
            if MailAddress.isAddress("x@" + text) {
                domain = text
            } else {
                reader.fail(at: entry.value, "mail.message-id-domain should be a domain name such as altitude.example.com, not “\(text)”")
            }
        }
        var transport = MailTransportSettings.sendmail(path: MailTransportSettings.defaultSendmailPath)
        switch (entries["sendmail"], entries["smtp"]) {
        case (.some, .some(let smtp)):
            reader.fail(at: smtp.key, "mail has both “sendmail” and “smtp”", hint: "keep the one transport to send with")
        case (.some(let sendmail), nil):
            if let settings = reader.mapping(sendmail.value, allowed: sendmailKeys, what: "mail.sendmail"),
               let path = settings["path"].flatMap({ reader.string($0.value, what: "mail.sendmail.path") }) {
                transport = .sendmail(path: expandingHome(path))
            }
        case (nil, .some(let smtp)):
            if let settings = smtpSettings(smtp.value, reader: &reader) { transport = .smtp(settings) }
        case (nil, nil):
            break
        }
        guard let from else { return nil }
        return MailSettings(from: from, defaultRecipients: recipients, clientRecipients: byClient, messageIDDomain: domain,
                            transport: transport)
    }

    private static func smtpSettings(_ node: Node, reader: inout NodeReader) -> SMTPSettings? {
        guard let entries = reader.mapping(node, allowed: smtpKeys, what: "mail.smtp") else { return nil }
        guard let hostNode = entries["host"]?.value else {
            reader.fail(at: node, "mail.smtp has no “host”", hint: "add `host: smtp.example.com`")
            return nil
        }
        guard let host = reader.string(hostNode, what: "mail.smtp.host") else { return nil }
        if host.isEmpty || host.contains(where: { $0.isWhitespace || "/:@".contains($0) }) {
            reader.fail(at: hostNode, "mail.smtp.host should be a host name or address, not “\(host)”")
        }
        let security = entries["security"].flatMap {
            reader.choice($0.value, what: "mail.smtp.security", from: SMTPSettings.Security.allCases.map { ($0.rawValue, $0) })
        } ?? .starttls
        let port = entries["port"].flatMap { reader.integer($0.value, what: "mail.smtp.port", in: 1...65535) }
            ?? SMTPSettings.defaultPort(for: security)
        let username = entries["username"].flatMap { reader.string($0.value, what: "mail.smtp.username") }
        var password: SMTPSettings.PasswordSource?
        switch (entries["password-env"], entries["password-file"]) {
        case (.some, .some(let file)):
            reader.fail(at: file.key, "mail.smtp has both “password-env” and “password-file”", hint: "keep one")
        case (.some(let variable), nil):
            password = reader.string(variable.value, what: "mail.smtp.password-env").map { .environment($0) }
        case (nil, .some(let file)):
            password = reader.string(file.value, what: "mail.smtp.password-file").map { .file(expandingHome($0)) }
        case (nil, nil):
            break
        }
        if username != nil, password == nil {
            reader.fail(at: node, "mail.smtp has a username but no password",
                        hint: "add `password-file: ~/.config/altitude/smtp-password` or `password-env: ALTITUDE_SMTP_PASSWORD`")
        }
        if username == nil, let entry = entries["password-env"] ?? entries["password-file"] {
            reader.fail(at: entry.key, "mail.smtp has a password but no username", hint: "add `username: …`")
        }
        let auth = entries["auth"].flatMap {
            reader.choice($0.value, what: "mail.smtp.auth", from: SMTPSettings.AuthMethod.allCases.map { ($0.rawValue, $0) })
        }
        let caFile = entries["ca-file"].flatMap { reader.string($0.value, what: "mail.smtp.ca-file") }.map(expandingHome)
        if let caFile, let node = entries["ca-file"]?.value, !FileManager.default.isReadableFile(atPath: caFile) {
            reader.fail(at: node, "mail.smtp.ca-file \(caFile) cannot be read")
        }
        let connectTimeout = entries["connect-timeout"].flatMap { reader.integer($0.value, what: "mail.smtp.connect-timeout", in: 1...600) } ?? 20
        let timeout = entries["timeout"].flatMap { reader.integer($0.value, what: "mail.smtp.timeout", in: 1...3600) } ?? 60
        return SMTPSettings(host: host, port: port, security: security, username: username, password: password, authMethod: auth,
                            caFile: caFile, connectTimeout: connectTimeout, timeout: timeout)
    }

    private static func address(_ node: Node, what: String, reader: inout NodeReader) -> MailAddress? {
        guard let text = reader.string(node, what: what) else { return nil }
        guard let address = MailAddress(parsing: text) else {
            reader.fail(at: node, "\(what) should be an address such as maya@example.com or “Maya <maya@example.com>”, not “\(text)”")
            return nil
        }
        return address
    }

    private static func addresses(_ node: Node, what: String, reader: inout NodeReader) -> [MailAddress] {
        guard let texts = reader.strings(node, what: what) else { return [] }
        return texts.compactMap { text in
            guard let address = MailAddress(parsing: text) else {
                reader.fail(at: node, "\(what): “\(text)” is not an address such as maya@example.com")
                return nil
            }
            return address
        }
    }

    /// `~/…` is the user's home: config files are written by hand.
    private static func expandingHome(_ path: String) -> String {
        guard path.hasPrefix("~/") else { return path }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}
