import AltitudeModel
import AltitudeYAML
import Foundation
import Testing
@testable import AltitudeMail

/// Every transport carries its keys, its reading and its documentation; these tests
/// hold each registered transport to them, and the README to the transports.
@Suite("Mail transports")
struct MailTransportRegistryTests {
    /// Each transport by its key.
    static let keys = MailTransportRegistry.transports.map { $0.key }

    static func transport(_ key: String) throws -> any MailTransport.Type {
        try #require(MailTransportRegistry.transports.first { $0.key == key })
    }

    @Test("Every transport has keys of its own, and `config --help` lists them", arguments: keys)
    func keysAndSynopsis(key: String) throws {
        let transport = try Self.transport(key)
        #expect(!transport.keys.isEmpty)
        #expect(Set(transport.keys).count == transport.keys.count, "\(transport.keys)")
        #expect(transport.synopsis.hasPrefix("\(key) {"), "\(transport.synopsis)")
        for name in transport.keys { #expect(transport.synopsis.contains(name), "\(key)'s synopsis names \(name)") }
    }

    @Test("Every transport's reading rejects an unknown key at its file:line:column, with the key meant", arguments: keys)
    func unknownKeyRejected(key: String) throws {
        let transport = try Self.transport(key)
        let known = try #require(transport.keys.first)
        let misspelt = String(known.dropLast()) + "x"
        let read = Self.read("mail:\n  from: altitude@example.com\n  \(key):\n    \(misspelt): 1\n")
        #expect(read.settings == nil)
        #expect(read.errors.contains("config.yaml:4:5: error: unknown key “\(misspelt)” in mail.\(key)\n    hint: did you mean “\(known)”?"),
                "\(read.errors)")
    }

    @Test("Every transport and each of its keys is in the README's config.yaml section", arguments: keys)
    func documentedInReadme(key: String) throws {
        let transport = try Self.transport(key)
        let section = try Self.readmeDigestSection()
        #expect(section.contains("\(key):"), "the README shows how `\(key):` is written")
        for name in transport.keys { #expect(section.contains("\(name):"), "the README shows `\(key)`'s `\(name):`") }
    }

    @Test("Transports' keys and mail's own keys are all different")
    func keysAreUnique() {
        let keys = MailSettings.keys
        #expect(Set(keys).count == keys.count, "\(keys)")
    }

    @Test("mail names at most one transport: two are an error at the second; none is sendmail where mailers put it")
    func exactlyOneTransport() throws {
        let both = Self.read("mail:\n  from: altitude@example.com\n  sendmail: {path: /usr/sbin/sendmail}\n  smtp: {host: smtp.example.com}\n")
        #expect(both.settings == nil)
        #expect(both.errors == ["config.yaml:4:3: error: mail has both “sendmail” and “smtp”\n    hint: keep the one transport to send with"])

        let none = Self.read("mail:\n  from: altitude@example.com\n")
        let fallback = try #require(none.settings?.transport as? SendmailTransport)
        #expect(fallback.path == "/usr/sbin/sendmail" && none.errors.isEmpty)
    }

    @Test("The README's config.yaml example reads without an error, as SMTP")
    func readmeExampleReads() throws {
        let section = try Self.readmeDigestSection()
        let example = try #require(section.components(separatedBy: "```yaml\n").dropFirst().first { $0.hasPrefix("mail:") })
        let read = Self.read(String(example.prefix { $0 != "`" }))
        #expect(read.errors.isEmpty, "\(read.errors)")
        let smtp = try #require(read.settings?.transport as? SMTPTransport)
        #expect(smtp.host == "smtp.gmail.com" && smtp.port == 587 && smtp.security == .starttls)
    }

    // MARK: - Support

    /// config.yaml's `mail:` section read, and every error as `file:line:column: error: …`.
    static func read(_ text: String) -> (settings: MailSettings?, errors: [String]) {
        var reader = NodeReader(file: "config.yaml")
        guard let root = reader.parse(text), let entries = reader.mapping(root, allowed: ["mail"], what: "config.yaml"),
              let mail = entries["mail"]
        else { return (nil, reader.errors.map(\.description)) }
        let settings = MailSettings.parse(mail.value, reader: &reader)
        return (reader.errors.isEmpty ? settings : nil, reader.errors.map(\.description))
    }

    /// The README's "Weekly digest" section, where config.yaml is documented.
    static func readmeDigestSection() throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: "\n### Weekly digest"), "README.md has a Weekly digest section")
        let end = text.range(of: "\n### ", range: start.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
        return String(text[start.upperBound..<end])
    }
}
