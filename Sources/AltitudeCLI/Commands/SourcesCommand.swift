import AltitudeModel
import AltitudeReporters
import AltitudeWorkspace
import ArgumentParser

/// `altitude sources`: what the store holds for a client.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the calendars imported for a client, with when and what they held.",
        discussion: """
        Feed addresses are shown with their secret parts hidden.

        Examples:
          altitude sources
          altitude sources --client acme --format json
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Output format: text, csv or json.") var format: EventListFormat = .text
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let workspace = try storeOptions.workspace()
        let sources = try workspace.sources(client: storeOptions.client)
        let report = SourceListReport(zone: workspace.systemTimeZone)
        try outputOptions.write("the sources", console: Console()) { report.write(sources, client: storeOptions.client.name, format: format, to: $0) }
    }
}

/// `altitude forget`: remove a source and what it said.
struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Remove an imported calendar (and its meetings) from the store.",
        discussion: """
        SOURCE is the number `altitude sources` shows, the file path, or the feed address.

        Examples:
          altitude forget 2
          altitude forget ~/Downloads/old-export.ics --client acme
        """
    )

    @Argument(help: ArgumentHelp("The source: its number, path or address.", valueName: "source")) var source: String
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let workspace = try storeOptions.workspace()
        let forgotten = try workspace.forget(source, client: storeOptions.client)
        try StandardOutput().write {
            $0.write("Forgot \(forgotten.name) (\(forgotten.instances.formatted()) instances) for \(storeOptions.client).\n")
        }
    }
}
