import AltitudeMail
import AltitudeModel
import AltitudeYAML
import Foundation

/// `config.yaml` (in `$XDG_CONFIG_HOME/altitude`): settings for running Altitude
/// unattended, today the `mail:` section the digest sends with. Read like the
/// profile: every problem with file, line and column, and nothing used while any remain.
public struct AltitudeConfig: Sendable {
    /// Nil when the file has no `mail:` section.
    public var mail: MailSettings?

    public init(mail: MailSettings? = nil) {
        self.mail = mail
    }
}

/// Reads config.yaml's top level and hands each section to the module that owns it
/// (`mail:` to `MailSettings`), all through one `NodeReader`, so every problem of
/// every section is reported at once.
public enum AltitudeConfigLoader {
    static let keys = ["mail"]

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
        let mail = entries["mail"].flatMap { MailSettings.parse($0.value, reader: &reader) }
        guard reader.errors.isEmpty else { throw ConfigErrors(reader.errors) }
        return AltitudeConfig(mail: mail)
    }
}

/// What `config check` found: the file, and the mail settings in brief.
public struct ConfigCheck: Sendable {
    public struct Mail: Sendable {
        public var from: MailAddress
        /// `sendmail` or `smtp host:port`.
        public var transport: String
        public var defaultRecipients: [MailAddress]
        /// The clients with recipients of their own, by name.
        public var clients: [String]
        /// What was found ready for sending, one phrase each ("smtp.example.com resolves").
        public var checked: [String]
    }

    public var path: String
    /// Nil when config.yaml has no `mail:` section.
    public var mail: Mail?
}

extension Workspace {
    /// `config.yaml`, checked; an empty configuration when there is no file.
    public func loadConfig() throws(ConfigErrors) -> AltitudeConfig {
        try AltitudeConfigLoader.load(path: configFilePath) ?? AltitudeConfig()
    }

    /// `config check`: the file (`path`, else the workspace's) read with every error,
    /// then what its transport needs to send, checked before cron finds out (a
    /// password readable and private, a mailer that runs, a host that resolves; with
    /// `connect`, the server tried without sending). It fails as sending would, with
    /// the same exit code. The password itself goes nowhere.
    public func checkConfig(path: String? = nil, connect: Bool = false) throws -> ConfigCheck {
        let path = path ?? configFilePath
        guard let config = try AltitudeConfigLoader.load(path: path) else { throw Failure(.noInput, "\(path): no such file") }
        guard let mail = config.mail else { return ConfigCheck(path: path, mail: nil) }
        var checked = try mail.transport.check(connecting: connect, environment: environment)
        if let store = try storeIfPresent() {
            // What `digest --all` (cron's) would find: a client with nobody to send to fails it every week.
            let clients = try store.clients().map(\.name)
            let unaddressed = clients.filter { mail.recipients(client: $0).isEmpty }
            guard unaddressed.isEmpty else {
                throw Failure(.configError, "\(path): `altitude digest` would have no recipient for "
                              + unaddressed.joined(separator: ", ")
                              + ": add `to:` under `mail:` for every client, or `clients: {NAME: [ADDRESS]}` for each")
            }
            checked.append(clients.count == 1 ? "the store's client has a recipient" : "each of the store's \(clients.count) clients has a recipient")
        }
        return ConfigCheck(path: path, mail: ConfigCheck.Mail(from: mail.from, transport: mail.transport.name,
                                                              defaultRecipients: mail.defaultRecipients,
                                                              clients: mail.clientRecipients.keys.sorted(), checked: checked))
    }

    /// The transports `mail:` can name, in brief, for `config --help`.
    public static var mailTransportSynopsis: String { MailTransportRegistry.synopsis }
}
