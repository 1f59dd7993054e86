import AltitudeModel
import AltitudeYAML
import Yams

/// Where digests come from, go to, and how they are sent: the `mail:` section of
/// `config.yaml`, checked. Plain values: a password is only where to find it.
public struct MailSettings: Sendable {
    public var from: MailAddress
    /// Recipients for any client without its own list.
    public var defaultRecipients: [MailAddress]
    /// Recipients by client name.
    public var clientRecipients: [String: [MailAddress]]
    /// The right-hand side of every Message-ID: stable, so threads and filters keep working.
    public var messageIDDomain: String
    /// The one transport `mail:` names (`MailTransportRegistry`), or the machine's mailer.
    public var transport: any MailTransport

    public init(from: MailAddress, defaultRecipients: [MailAddress] = [], clientRecipients: [String: [MailAddress]] = [:],
                messageIDDomain: String, transport: any MailTransport = MailTransportRegistry.fallback) {
        self.from = from
        self.defaultRecipients = defaultRecipients
        self.clientRecipients = clientRecipients
        self.messageIDDomain = messageIDDomain
        self.transport = transport
    }

    public func recipients(client: String) -> [MailAddress] {
        clientRecipients[client] ?? defaultRecipients
    }

    /// The keys `mail:` holds: its own, then one per transport.
    static var keys: [String] { ["from", "to", "clients", "message-id-domain"] + MailTransportRegistry.keys }

    /// Reads the `mail:` section, reporting every problem to `reader` with its place;
    /// nil when it cannot be used.
    public static func parse(_ node: Node, reader: inout NodeReader) -> MailSettings? {
        guard let entries = reader.mapping(node, allowed: keys, what: "mail") else { return nil }
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
        let transport = MailTransportRegistry.transport(in: entries, reader: &reader)
        guard let from, let transport else { return nil }
        return MailSettings(from: from, defaultRecipients: recipients, clientRecipients: byClient, messageIDDomain: domain,
                            transport: transport)
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
}
