import AltitudeModel
import AltitudeReporters
import AltitudeWorkspace
import ArgumentParser
import Foundation

/// `altitude clients`: a coach's clients — list (the default), add, show, edit, remove.
struct ClientsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clients",
        abstract: "Keep a coach's clients: list (the default), add, show, edit, remove.",
        discussion: """
        Examples:
          altitude clients
          altitude clients --format json
          altitude clients add acme --profile acme.yaml --source acme-export.ics
          altitude clients show acme
          altitude clients show acme --profile      (the stored profile.yaml)
          altitude clients edit acme --profile acme.yaml
          altitude clients remove acme --yes
        """,
        subcommands: [ClientsListCommand.self, ClientsAddCommand.self, ClientsShowCommand.self, ClientsEditCommand.self,
                      ClientsRemoveCommand.self],
        defaultSubcommand: ClientsListCommand.self
    )
}

/// The client a subcommand is about, checked like `--client`.
struct ClientArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The client's name.", valueName: "name"), transform: ClientName.parse) var name: ClientName
}

struct ClientsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the clients in the store.")

    @OptionGroup var store: StoreLocationOption
    @Option(help: "Output format: text, csv or json.") var format: EventListFormat = .text
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let clients = try store.workspace().clients()
        try outputOptions.write("the clients", console: Console()) { ClientListReport().write(clients, format: format, to: $0) }
    }
}

struct ClientsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a client: its profile, checked against its rules, and its calendars, stored together.",
        discussion: """
        A client's own rules go in $XDG_CONFIG_HOME/altitude/clients/NAME/rules/.

        Example:
          altitude clients add acme --profile acme.yaml --source export.ics --source "$ACME_FEED"
        """
    )

    @OptionGroup var client: ClientArgument
    @Option(help: ArgumentHelp("The client's profile.yaml.", valueName: "file")) var profile: String
    @Option(name: .customLong("source"), help: ArgumentHelp("A calendar file or feed address to import (repeatable).", valueName: "file|url"))
    var sources: [String] = []
    @OptionGroup var store: StoreLocationOption
    @OptionGroup var diagnostics: DiagnosticOptions

    func run() throws {
        let console = Console()
        let progress = ProgressLine(console: console, quiet: diagnostics.quiet)
        defer { progress.clear() }
        progress.beginInterruptible(outcome: "\(client.name) was not added; the store is as it was")
        let outcome = try store.workspace().addClient(client.name, profileFile: profile, sources: sources, progress: progress.show)
        progress.endInterruptible()
        progress.clear()
        console.report(outcome.diagnostics, quiet: diagnostics.quiet)
        if let warning = outcome.ownerWarning { console.warn(warning) }
        try StandardOutput().write {
            ImportSummaryReport(zone: outcome.zone).write(outcome.reports, profile: outcome.profile, client: client.name.name, to: $0)
        }
    }
}

struct ClientsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a client: profile, sources and how fresh they are, rules layer, last sessions.")

    @OptionGroup var client: ClientArgument
    @Flag(help: "Print the stored profile as it was imported (its YAML), instead of the overview.") var profile = false
    @OptionGroup var store: StoreLocationOption
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let workspace = try store.workspace()
        if profile {
            let stored = try workspace.storedProfile(client.name)
            try outputOptions.write("the profile", console: Console()) { $0.write(stored.text.hasSuffix("\n") ? stored.text : stored.text + "\n") }
            return
        }
        let overview = try workspace.clientOverview(client.name)
        try outputOptions.write("the client", console: Console()) {
            ClientOverviewReport(zone: workspace.systemTimeZone).write(overview, to: $0)
        }
    }
}

struct ClientsEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Replace a client's stored profile with a file's.")

    @OptionGroup var client: ClientArgument
    @Option(help: ArgumentHelp("The client's profile.yaml.", valueName: "file")) var profile: String
    @OptionGroup var store: StoreLocationOption

    func run() throws {
        let outcome = try store.workspace().editClient(client.name, profileFile: profile)
        try StandardOutput().write {
            ImportSummaryReport(zone: outcome.zone).write(outcome.reports, profile: outcome.profile, client: client.name.name, to: $0)
        }
    }
}

struct ClientsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a client and every trace of it: sources, meetings, sessions.",
        discussion: """
        Asks first on a terminal; otherwise give --yes. The store's file is rewritten \
        (VACUUM) so none of the client's meeting text is left in it. The client's rules \
        directory is left as it is.
        """
    )

    @OptionGroup var client: ClientArgument
    @Flag(help: "Remove without asking.") var yes = false
    @OptionGroup var store: StoreLocationOption

    func run() throws {
        if !yes {
            guard isatty(STDIN_FILENO) != 0 else {
                throw Failure(.usage, "removing \(client.name) cannot be undone: give --yes to confirm")
            }
            Console().diagnose("Remove \(client.name) with all its sources, meetings and sessions? [y/N] ")
            guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
                throw Failure(.checkFailed, "nothing removed", isError: false)
            }
        }
        let removal = try store.workspace().removeClient(client.name)
        try StandardOutput().write {
            $0.write("Removed \(client.name): \(Console.counted(removal.sources, "source")), \(Console.counted(removal.instances, "instance")), "
                     + "\(Console.counted(removal.sessions, "session")).\n")
        }
    }
}
