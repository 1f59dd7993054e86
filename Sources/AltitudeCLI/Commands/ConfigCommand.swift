import AltitudeModel
import AltitudeRules
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
        message-id-domain, and one transport: sendmail {path} or smtp {host, port, \
        security: starttls | starttls-optional | tls | none, username, password-env \
        or password-file, auth: plain | login, ca-file, connect-timeout, timeout}.

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
            let workspace = try Workspace.current()
            let path = file ?? workspace.configFilePath
            guard let config = try AltitudeConfigLoader.load(path: path) else {
                throw Failure(.noInput, "\(path): no such file")
            }
            if let mail = config.mail { try workspace.checkMailPassword(mail) }
            var summary = "\(path): ok"
            if let mail = config.mail {
                summary += "; mail from \(mail.from.address) by \(mail.transport.name)"
                if !mail.defaultRecipients.isEmpty { summary += " to \(mail.defaultRecipients.map(\.address).joined(separator: ", "))" }
                if !mail.clientRecipients.isEmpty { summary += "; clients with their own recipients: \(mail.clientRecipients.keys.sorted().joined(separator: ", "))" }
            } else {
                summary += "; no mail settings (the digest needs them to send)"
            }
            try StandardOutput().write { $0.write(summary + "\n") }
        }
    }
}
