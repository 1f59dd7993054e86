import AltitudeReporters
import AltitudeWorkspace
import ArgumentParser
import Foundation

/// `altitude portfolio`: every client of a coach, who needs attention first.
struct PortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "Review every client at once: one row each, who needs attention first.",
        discussion: """
        Each row: level, weeks since the promotion and the transition phase, last \
        week's below share, the 4-week mean, the slope, the gap to the target, the \
        change since the last session, the top flag, the unclassified share and \
        when the data was last imported (stale data is called out). Clients are \
        analysed in parallel; one client's error is shown in its row.

        Order: \(PortfolioOrder.rule)

        The HTML page (--format html -o FILE) is self-contained (inline CSS and SVG, \
        no scripts, nothing fetched) and links to each client's full HTML report, \
        written beside it as FILE-STEM-CLIENT.html.

        Examples:
          altitude portfolio
          altitude portfolio --week 2026-W47 --weeks 26 --format json
          altitude portfolio --format html -o ~/coaching/portfolio.html
        """
    )

    @OptionGroup var store: StoreLocationOption
    @OptionGroup var weekOptions: WeekOptions
    @Option(help: "Output format: text, json, csv or html.") var format: ReportFormat = .text
    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var redaction: RedactionOption

    func validate() throws {
        if format == .html, outputOptions.output == nil {
            throw ValidationError("--format html writes the page and each client's report beside it: give -o FILE")
        }
    }

    func run() throws {
        let console = Console()
        let workspace = try store.workspace()
        let rows = try workspace.portfolio(week: weekOptions.week, weeks: weekOptions.weeks, redact: redaction.redact)
        var reportFiles: [String: String] = [:]
        if format == .html, let path = outputOptions.output {
            reportFiles = try workspace.writeClientReports(of: rows, besidePortfolio: path)
        }
        let formatter = format.portfolioFormatter(zone: workspace.systemTimeZone, reportFiles: reportFiles)
        try outputOptions.write("the \(format.rawValue) portfolio", console: console) {
            formatter.write(rows, order: PortfolioOrder.rule, to: $0)
        }
    }
}
