import AltitudeModel
import AltitudeReporters
import AltitudeWorkspace
import ArgumentParser

/// `altitude sessions`: the coaching sessions held with a client.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "Record and list coaching sessions with a client.",
        discussion: """
        Reports, trends and the portfolio say how the below share moved since the last \
        session: the 4-week mean before the session's week against the reported week's.

        Examples:
          altitude sessions add --client acme --date 2026-10-12 --note "delegation plan"
          altitude sessions list --client acme
        """,
        subcommands: [SessionsAddCommand.self, SessionsListCommand.self]
    )
}

struct SessionsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Record a session with a client.")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: ArgumentHelp("The day of the session (YYYY-MM-DD). Default: today.", valueName: "date"), transform: CivilDate.parse) var date: CivilDate?
    @Option(help: ArgumentHelp("What the session was about.", valueName: "text")) var note: String?

    func run() throws {
        let session = try storeOptions.workspace().addSession(client: storeOptions.client, date: date, note: note)
        try StandardOutput().write { $0.write("Recorded a session with \(storeOptions.client) on \(session.date).\n") }
    }
}

struct SessionsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List a client's sessions, the latest first.")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Output format: text, csv or json.") var format: EventListFormat = .text
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let sessions = try storeOptions.workspace().sessions(client: storeOptions.client)
        try outputOptions.write("the sessions", console: Console()) { SessionListReport().write(sessions, format: format, to: $0) }
    }
}
