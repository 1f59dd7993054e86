import AltitudeModel
import AltitudeReporters
import AltitudeWorkspace
import ArgumentParser
import Foundation

/// `altitude sessions`: the coaching sessions held with a client, and what was agreed at them.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "Record and list coaching sessions with a client, and the commitments agreed at them.",
        discussion: """
        Reports, trends and the portfolio say how the below share moved since the last \
        session: the 4-week mean before the session's week against the reported week's. \
        Commitments agreed at a session (--commit, repeatable) are measured every week \
        after the session's week — kept, slipped, or not measurable — in report, trends, \
        the digest and the portfolio, until a later session ends them (--end NUMBER). A \
        title names the series it has in the calendar now: a series renamed later still \
        matches. A commitment is one of:
          stop: TITLE                 the leader not at the series' meetings
          hand-off: TITLE to PERSON   PERSON (an address or a name) there instead
          limit: CATEGORY=3h          at most 3 h a week of a category, level or
                                      rule (or category:, level:, rule:, title:TEXT)
          focus: 2x2h                 at least 2 free blocks of 2 h a week
          hold: 25%                   the week's below-altitude share at most 25%
        A TITLE may be uid:UID. Commitments can also be kept by hand in \
        $XDG_CONFIG_HOME/altitude/clients/NAME/commitments.yaml (see the README).

        Examples:
          altitude sessions add --client acme --date 2026-10-12 --note "delegation plan"
          altitude sessions add --client acme --date 2026-10-12 \\
              --commit "stop: Payments standup" \\
              --commit "hand-off: Architecture review board to Raj" \\
              --commit "limit: hiring=3h" --commit "focus: 2x2h" --commit "hold: 25%"
          altitude sessions add --client acme --date 2026-11-09 --end 2 \\
              --commit "hold: 20%"
          altitude sessions list --client acme
          altitude sessions list                     (every client's)
        """,
        subcommands: [SessionsAddCommand.self, SessionsListCommand.self]
    )
}

struct SessionsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Record a session with a client, and what was agreed at it.")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: ArgumentHelp("The day of the session (YYYY-MM-DD). Default: today.", valueName: "date"), transform: CivilDate.parse) var date: CivilDate?
    @Option(help: ArgumentHelp("What the session was about.", valueName: "text")) var note: String?
    @Option(name: .customLong("commit"),
            help: ArgumentHelp("A commitment agreed at it (repeatable): stop: TITLE, hand-off: TITLE to PERSON, limit: CATEGORY=3h, "
                               + "focus: 2x2h, hold: 25%.", valueName: "commitment"),
            transform: CommitmentTerms.parse)
    var commitments: [CommitmentTerms] = []
    @Option(name: .customLong("end"),
            help: ArgumentHelp("End the commitment with this number as of this session (repeatable).", valueName: "number"),
            transform: CommitmentNumber.parse)
    var ending: [CommitmentNumber] = []
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
        let receipt = try workspace.recordSession(client: storeOptions.client, date: date, note: note, commitments: commitments,
                                                  ending: ending.map(\.value), future: future)
        try StandardOutput().write { SessionReceiptReport().write(receipt, to: $0) }
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
