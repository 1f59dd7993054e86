import Foundation

/// Where digests come from, go to, and how they are sent: the `mail:` section of
/// `config.yaml`, checked. Plain values: the password is only where to find it.
public struct MailSettings: Sendable, Hashable {
    public var from: MailAddress
    /// Recipients for any client without its own list.
    public var defaultRecipients: [MailAddress]
    /// Recipients by client name.
    public var clientRecipients: [String: [MailAddress]]
    /// The right-hand side of every Message-ID: stable, so threads and filters keep working.
    public var messageIDDomain: String
    public var transport: MailTransportSettings

    public init(from: MailAddress, defaultRecipients: [MailAddress] = [], clientRecipients: [String: [MailAddress]] = [:],
                messageIDDomain: String, transport: MailTransportSettings) {
        self.from = from
        self.defaultRecipients = defaultRecipients
        self.clientRecipients = clientRecipients
        self.messageIDDomain = messageIDDomain
        self.transport = transport
    }

    public func recipients(client: String) -> [MailAddress] {
        clientRecipients[client] ?? defaultRecipients
    }
}

public enum MailTransportSettings: Sendable, Hashable {
    /// Pipe the message to `path -t -oi`.
    case sendmail(path: String)
    case smtp(SMTPSettings)

    public static let defaultSendmailPath = "/usr/sbin/sendmail"

    /// `sendmail` or `smtp host:port`, for the store and messages.
    public var name: String {
        switch self {
        case .sendmail: "sendmail"
        case .smtp(let smtp): "smtp \(smtp.host):\(smtp.port)"
        }
    }
}

public struct SMTPSettings: Sendable, Hashable {
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
}

/// A mailbox: an address and, optionally, a display name.
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    public var name: String?
    public var address: String

    public init(name: String? = nil, address: String) {
        self.name = name
        self.address = address
    }

    /// `Name <addr@host>` or `addr@host`; nil when it is not one address.
    public init?(parsing text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let open = text.lastIndex(of: "<"), text.hasSuffix(">") {
            var name = text[..<open].trimmingCharacters(in: .whitespaces)
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
            let address = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            guard Self.isAddress(address), !name.contains(where: { $0.isNewline || $0 == "\"" || $0 == "<" || $0 == ">" })
            else { return nil }
            self.init(name: name.isEmpty ? nil : name, address: address)
        } else {
            guard Self.isAddress(text) else { return nil }
            self.init(address: text)
        }
    }

    /// One `local@domain`, ASCII, nothing a header or an SMTP command could be split on.
    public static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              text.utf8.count <= 254 else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 32 && $0.value < 127 && !"<>()[]\\,;:\"".unicodeScalars.contains($0) }
    }

    public var description: String { name.map { "\($0) <\(address)>" } ?? address }
}
