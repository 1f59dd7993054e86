import AltitudeModel
import AltitudeReporters
import AltitudeWorkspace
import ArgumentParser
import Foundation

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
          altitude sessions list                     (every client's)
        """,
        subcommands: [SessionsAddCommand.self, SessionsListCommand.self]
    )
}

struct SessionsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Record a session with a client.")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: ArgumentHelp("The day of the session (YYYY-MM-DD). Default: today.", valueName: "date"), transform: CivilDate.parse) var date: CivilDate?
    @Option(help: ArgumentHelp("What the session was about.", valueName: "text")) var note: String?
    @Flag(help: "Record a session dated after today without asking.") var yes = false

    func run() throws {
        let workspace = try storeOptions.workspace()
        var future = yes
        // A date after today is questioned: asked on a terminal, refused off one unless --yes.
        if let date, date > workspace.today, !yes, isatty(STDIN_FILENO) != 0 {
            Console().diagnose("\(date) is after today (\(workspace.today)): record a session that has not happened yet? [y/N] ")
            guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
                throw Failure(.checkFailed, "nothing recorded", isError: false)
            }
            future = true
        }
        let session = try workspace.addSession(client: storeOptions.client, date: date, note: note, future: future)
        try StandardOutput().write { $0.write("Recorded a session with \(storeOptions.client) on \(session.date).\n") }
    }
}

struct SessionsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list",
                                                    abstract: "List a client's sessions (every client's without --client), the latest first.")

    @OptionGroup var store: StoreLocationOption
    @Option(help: ArgumentHelp("Whose sessions. (default: every client's, each line naming its client)", valueName: "name"),
            transform: ClientName.parse)
    var client: ClientName?
    @Option(help: "Output format: text, csv or json.") var format: EventListFormat = .text
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let workspace = try store.workspace()
        if let client {
            let sessions = try workspace.sessions(client: client)
            try outputOptions.write("the sessions", console: Console()) { SessionListReport().write(sessions, format: format, to: $0) }
        } else {
            let sessions = try workspace.allSessions()
            try outputOptions.write("the sessions", console: Console()) { SessionListReport().write(sessions, format: format, to: $0) }
        }
    }
}
