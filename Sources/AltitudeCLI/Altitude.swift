import AltitudeModel
import ArgumentParser
import Foundation

/// The `altitude` command: a registry of subcommands, each a small type.
public struct Altitude: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "altitude",
        abstract: "See how much of a leader's week sits below their altitude.",
        discussion: """
        Altitude reads calendar exports (.ics), classifies every meeting by the level of \
        work it belongs to, and shows where the week went against the leader's own level.

        Examples:
          altitude report export.ics --profile profile.yaml
          altitude trends export.ics --profile profile.yaml --weeks 26
          altitude events export.ics --from 2026-01-05 --to 2026-02-02
          altitude events export.ics --format csv > instances.csv
          cat export.ics | altitude events - --timezone Europe/Berlin

        Exit codes: 0 success; 1 a check failed; 64 usage error; 65 bad input data; \
        66 input missing; 67 mail sender, recipient or message refused; 68 mail server \
        unreachable; 69 feed unavailable; 70 internal error; 71 sendmail failed; \
        73 cannot create output; 74 I/O error; 75 feed or mail server temporarily \
        failing; 76 mail TLS failed; 77 mail login refused; 78 profile, rules, \
        config.yaml or commitments.yaml error; 130 interrupted (an import: nothing \
        imported; a digest: what was sent is recorded, the next run sends the rest).
        """,
        version: "0.1.0",
        subcommands: [ImportCommand.self, SourcesCommand.self, ForgetCommand.self, ClientsCommand.self, SessionsCommand.self,
                      PortfolioCommand.self, WhatIfCommand.self, EventsCommand.self, ExplainCommand.self, LabelCommand.self, ReportCommand.self,
                      TrendsCommand.self,
                      DigestCommand.self, RulesCommand.self, ConfigCommand.self, InitCommand.self, RRuleCommand.self]
    )

    public init() {}

    /// Runs the command line. An `AltitudeFailure` prints its diagnostic and
    /// exits with its own code: the one place errors become exit codes.
    public static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as any AltitudeFailure {
            Console().diagnose(failure.diagnostic)
            Foundation.exit(failure.exitReason.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}
