import AltitudeModel
import AltitudeReporters
import AltitudeWorkspace
import ArgumentParser
import Foundation

/// `--store`: which store, for commands about the whole store (`clients`).
struct StoreLocationOption: ParsableArguments {
    @Option(help: ArgumentHelp("The store. Default: $ALTITUDE_STORE, else $XDG_DATA_HOME/altitude/altitude.sqlite.",
                               valueName: "file"))
    var store: String?

    /// The workspace this run works in: the environment's, with this store.
    func workspace() throws -> Workspace {
        try Workspace.current(store: store)
    }
}

/// `--store` and `--client`: which store, and whose calendars in it.
struct StoreOptions: ParsableArguments {
    @OptionGroup var location: StoreLocationOption

    @Option(help: ArgumentHelp("Whose calendars: a coach keeps one client per leader. (default: me, your own)", valueName: "name"),
            transform: ClientName.parse)
    var client: ClientName = .me

    func workspace() throws -> Workspace {
        try location.workspace()
    }
}

/// `--profile` and `--rules`: who the calendar belongs to, and the rules on top
/// of the shipped ones.
struct ClassificationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("""
        The leader's profile.yaml. Default: the client's stored profile, else (for me) \
        $XDG_CONFIG_HOME/altitude/profile.yaml when it exists.
        """, valueName: "file"))
    var profile: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp("A rules file layered on top of the others (repeatable).", valueName: "file"))
    var ruleFiles: [String] = []

    func selection(client: ClientName) -> LeaderSelection {
        LeaderSelection(client: client, profileFile: profile, ruleFiles: ruleFiles)
    }
}

/// `--from` / `--to`: the window of days to look at.
struct WindowOptions: ParsableArguments {
    @Option(help: ArgumentHelp("First day to include (YYYY-MM-DD). Default: the calendar's first instance.", valueName: "date"), transform: CivilDate.parse)
    var from: CivilDate?

    @Option(help: ArgumentHelp("Day to stop before (YYYY-MM-DD, exclusive). Default: 26 weeks after today.", valueName: "date"), transform: CivilDate.parse)
    var to: CivilDate?

    func validate() throws {
        if let from, let to, to <= from {
            throw ValidationError("--to (\(to)) must be after --from (\(from)); --to is exclusive.")
        }
    }

    var days: DayWindow { DayWindow(from: from, to: to) }
}

/// `--timezone`: the zone floating times and dates are read in, and times shown in.
struct TimeZoneOption: ParsableArguments {
    @Option(name: .customLong("timezone"),
            help: ArgumentHelp("IANA time zone for floating times, dates and display (e.g. Europe/Berlin). Default: the profile's, else the system's.",
                               valueName: "zone"))
    var name: String?

    func validate() throws {
        if let name, ZoneRules(ianaIdentifier: name) == nil {
            throw ValidationError("unknown time zone “\(name)”: use an IANA name such as Europe/Berlin or America/New_York.")
        }
    }

    /// The chosen zone, or nil to use the profile's (else the system's).
    var zone: ZoneRules? { name.flatMap { ZoneRules(ianaIdentifier: $0) } }
}

/// `--quiet`: keep warnings off stderr.
struct DiagnosticOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: "Do not print warnings about the input (errors still print).")
    var quiet = false
}

/// `-o/--output`: where the result goes. One option for every command that writes.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (created private, 0600) instead of standard output.",
                                                      valueName: "file"))
    var output: String?

    var destination: any OutputDestination {
        output.map { PrivateFileOutput(path: $0) } ?? StandardOutput()
    }

    /// Renders `what` ("the html report") to the destination; says where it went
    /// when that is not the screen.
    func write(_ what: String, console: Console, _ render: (TextOutput) -> Void) throws {
        let destination = destination
        try destination.write(render)
        if let receipt = destination.receipt(for: what) { console.diagnose(receipt) }
    }
}

/// `--redact`: take the client's own text out of the output (see `Redactor`).
struct RedactionOption: ParsableArguments {
    @Flag(help: """
        Replace titles with category and pseudonym, people with their relation and a pseudonym; drop descriptions, \
        locations and organiser names. Pseudonyms are stable for a client (keyed by a secret kept in the store).
        """)
    var redact = false
}
