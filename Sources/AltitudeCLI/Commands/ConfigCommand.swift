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
          altitude config check --connect                # and log in to the SMTP server, sending nothing
          altitude config check --file ./config.yaml
        """,
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check config.yaml and what sending needs: every error with file:line:column (exit 78), then the transport.",
            discussion: """
            After the file, what the digest needs to send is checked, and a problem \
            exits with the code the digest would: the SMTP password can be read and is \
            private (78), the SMTP host resolves (68), the sendmail program exists and \
            can be run (71), every client in the store has a recipient (78). With --connect, the SMTP server is tried as a send would \
            try it — it answers in time (75), offers STARTTLS where security requires it \
            (76), accepts the user name and password (77) — and left before anything is \
            sent.

            Examples:
              altitude config check
              altitude config check --connect
              altitude config check --file ./config.yaml --connect
            """)

        @Option(help: ArgumentHelp("The file to check. Default: $XDG_CONFIG_HOME/altitude/config.yaml.", valueName: "file"))
        var file: String?

        @Flag(help: "Also connect to the SMTP server and log in, sending nothing.")
        var connect = false

        func run() throws {
            let check = try Workspace.current().checkConfig(path: file, connect: connect)
            var summary = "\(check.path): ok"
            if let mail = check.mail {
                summary += "; mail from \(mail.from.address) by \(mail.transport)"
                if !mail.defaultRecipients.isEmpty { summary += " to \(mail.defaultRecipients.map(\.address).joined(separator: ", "))" }
                if !mail.clients.isEmpty { summary += "; clients with their own recipients: \(mail.clients.joined(separator: ", "))" }
                summary += "\nchecked: \(mail.checked.joined(separator: "; "))"
            } else {
                summary += "; no mail settings (the digest needs them to send)"
            }
            try StandardOutput().write { $0.write(summary + "\n") }
        }
    }
}
