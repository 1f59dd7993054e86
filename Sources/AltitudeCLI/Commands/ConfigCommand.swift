import AltitudeModel
import AltitudeWorkspace
import ArgumentParser

/// `altitude config`: the settings for unattended runs, in config.yaml.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check config.yaml, the settings the digest sends mail with.",
        discussion: """
        config.yaml lives in $XDG_CONFIG_HOME/altitude (default ~/.config/altitude). \
        Its `mail:` section has from, to, clients (recipients per client), \
        message-id-domain, and one transport: \(Workspace.mailTransportSynopsis).

        Examples:
          altitude config check
          altitude config check --file ./config.yaml
        """,
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check config.yaml: every error with file:line:column, and that the SMTP password can be read (exit 78).",
            discussion: """
            Examples:
              altitude config check
            """)

        @Option(help: ArgumentHelp("The file to check. Default: $XDG_CONFIG_HOME/altitude/config.yaml.", valueName: "file"))
        var file: String?

        func run() throws {
            let check = try Workspace.current().checkConfig(path: file)
            var summary = "\(check.path): ok"
            if let mail = check.mail {
                summary += "; mail from \(mail.from.address) by \(mail.transport)"
                if !mail.defaultRecipients.isEmpty { summary += " to \(mail.defaultRecipients.map(\.address).joined(separator: ", "))" }
                if !mail.clients.isEmpty { summary += "; clients with their own recipients: \(mail.clients.joined(separator: ", "))" }
            } else {
                summary += "; no mail settings (the digest needs them to send)"
            }
            try StandardOutput().write { $0.write(summary + "\n") }
        }
    }
}
