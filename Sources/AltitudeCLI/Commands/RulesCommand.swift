import AltitudeModel
import AltitudeReporters
import AltitudeWorkspace
import ArgumentParser

/// `altitude rules`: see, check and test the classification rules in every layer.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, show, check and test the classification and insight rules.",
        discussion: """
        Rules come in layers, later ones winning: the rules Altitude ships, then the \
        user's rules directory ($XDG_CONFIG_HOME/altitude/rules/*.yaml), then the \
        client's ($XDG_CONFIG_HOME/altitude/clients/NAME/rules/*.yaml, with --client), \
        then any --rules FILE. `altitude rules doc` prints the format's guide.

        Examples:
          altitude rules list
          altitude rules show team-ceremonies
          altitude rules check my-rules.yaml --profile profile.yaml
          altitude rules test
          altitude rules doc | less
        """,
        subcommands: [List.self, Show.self, Check.self, Test.self, Doc.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the rules in the order they are tried.",
            discussion: """
            Examples:
              altitude rules list
              altitude rules list --format csv --rules my-rules.yaml
            """)

        @OptionGroup var classification: ClassificationOptions
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Output format: text, csv or json.") var format: EventListFormat = .text
        @OptionGroup var outputOptions: OutputOptions

        func run() throws {
            let console = Console()
            let rules = try storeOptions.workspace().ruleSet(for: classification.selection(client: storeOptions.client))
            let report = RuleListReport(ruleSet: rules,
                                        style: console.style(for: outputOptions.destination))
            try outputOptions.write("the rules", console: console) { report.writeList(format: format, to: $0) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one rule: why, when, its level and its examples.",
            discussion: """
            Examples:
              altitude rules show one-on-one-direct
              altitude rules show firefighting --format json
            """)

        @Argument(help: ArgumentHelp("The rule's id.", valueName: "id")) var id: String
        @OptionGroup var classification: ClassificationOptions
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Output format: text or json.") var format: ExplanationFormat = .text
        @OptionGroup var outputOptions: OutputOptions

        func run() throws {
            let console = Console()
            let rules = try storeOptions.workspace().ruleSet(for: classification.selection(client: storeOptions.client), showing: id)
            let report = RuleListReport(ruleSet: rules, style: format == .text ? console.style(for: outputOptions.destination) : .plain)
            try outputOptions.write("the rule", console: console) { report.writeDetail(id: id, format: format, to: $0) }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check rules files (and a profile) for errors, with file:line:column and a hint.",
            discussion: """
            Checks every layer, plus the FILEs given, and the profile when one is given or \
            found. Reports every problem; exits 78 when there is any.

            Examples:
              altitude rules check
              altitude rules check my-rules.yaml --profile profile.yaml
            """)

        @Argument(help: ArgumentHelp("More rules files to check, as the last layer.", valueName: "file")) var files: [String] = []
        @OptionGroup var classification: ClassificationOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let workspace = try storeOptions.workspace()
            let check = try workspace.checkRules(for: classification.selection(client: storeOptions.client), extra: files)
            let checked = check.profileOrigin.map { ", profile \($0)" } ?? ""
            try StandardOutput().write {
                $0.write("ok: \(check.rules) rules, \(check.insights) insights, ladder \(check.ladder.joined(separator: " < "))\(checked)\n")
            }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's examples in every layer.",
            discussion: """
            Each `match` example must match its rule and reach it (no earlier rule may \
            take it first); each `no-match` example must not match.

            Examples:
              altitude rules test
              altitude rules test my-rules.yaml
            """)

        @Argument(help: ArgumentHelp("More rules files, as the last layer.", valueName: "file")) var files: [String] = []
        @OptionGroup var classification: ClassificationOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let console = Console()
            let workspace = try storeOptions.workspace()
            let report = try workspace.testRules(for: classification.selection(client: storeOptions.client), extra: files)
            for failure in report.failures { console.diagnose("✗ \(failure)") }
            let summary = "\(report.examples) examples in \(report.rules) rules and \(report.insights) insights: \(report.failures.count) failed"
            guard report.failures.isEmpty else { throw Failure(.checkFailed, summary, isError: false) }
            try StandardOutput().write { $0.write("✓ \(summary)\n") }
        }
    }

    struct Doc: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the guide to the rules format: conditions, levels, layers, examples, insight rules.",
            discussion: """
            The same text as Rules/README.md in Altitude's sources, built into the binary.

            Examples:
              altitude rules doc | less
              altitude rules doc -o rules-guide.md
            """)

        @OptionGroup var outputOptions: OutputOptions

        func run() throws {
            try outputOptions.write("the rules guide", console: Console()) { $0.write(Workspace.rulesGuide) }
        }
    }
}
