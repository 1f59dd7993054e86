import Foundation

/// A mailbox: an address and, optionally, a display name. In the model, not the mail
/// target: the CLI reads `--to`, the reporters write it into the digest's headers,
/// and the workspace picks recipients, none of them sending anything.
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
