import AltitudeYAML
import Yams

/// Every way the digest can be sent. A new transport is a type conforming to
/// `MailTransport`, in a file of its own, and a line here; the rules that span them —
/// `mail:` names at most one, and none means the machine's own mailer — are here, once.
public enum MailTransportRegistry {
    /// In the order `mail:`'s known keys and `config --help` list them.
    public static let transports: [any MailTransport.Type] = [
        SendmailTransport.self,
        SMTPTransport.self,
    ]

    /// What sends when `mail:` names no transport: the machine's own mailer, where it usually is.
    public static let fallback: any MailTransport = SendmailTransport(path: SendmailTransport.defaultPath)

    /// The keys under `mail:` that choose a transport.
    static var keys: [String] { transports.map { $0.key } }

    /// The transports' sections in brief: `sendmail {path} or smtp {…}`.
    public static var synopsis: String {
        let synopses = transports.map { $0.synopsis }
        guard let last = synopses.last, synopses.count > 1 else { return synopses.joined() }
        return synopses.dropLast().joined(separator: ", ") + " or " + last
    }

    /// The one transport `mail:` (its `entries`, read) names, read from its section;
    /// the fallback when it names none; nil, with the problem recorded, when it
    /// names more than one or its section cannot be read.
    static func transport(in entries: [String: (key: Node, value: Node)], reader: inout NodeReader) -> (any MailTransport)? {
        let named = transports.compactMap { transport in entries[transport.key].map { (type: transport, entry: $0) } }
        switch named.count {
        case 0:
            return fallback
        case 1:
            return named[0].type.parse(named[0].entry.value, reader: &reader)
        default:
            let names = named.map { "“\($0.type.key)”" }
            let listed = names.count == 2 ? "both \(names[0]) and \(names[1])"
                : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
            reader.fail(at: named[named.count - 1].entry.key, "mail has \(listed)", hint: "keep the one transport to send with")
            return nil
        }
    }
}
