import AltitudeModel
import AltitudeReporters
import AltitudeRules
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

    /// The rules of every layer, with `extra` files as the last.
    static func load(_ options: ClassificationOptions, _ storeOptions: StoreOptions, extra: [String] = []) throws -> RuleSet {
        try storeOptions.workspace().ruleSet(for: options.selection(client: storeOptions.client), extra: extra)
    }

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
            let report = RuleListReport(ruleSet: try RulesCommand.load(classification, storeOptions),
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
            let rules = try RulesCommand.load(classification, storeOptions)
            guard rules.rule(id) != nil || rules.insight(id) != nil else {
                let suggestion = Spelling.suggestion(for: id, among: rules.rules.map(\.id) + rules.insights.map(\.id))
                var message = "there is no rule “\(id)”" + (suggestion.map { "; did you mean “\($0)”?" } ?? "")
                if let origin = rules.disabled[id] { message += "\n  (“\(id)” is disabled by \(origin))" }
                throw Failure(.usage, message)
            }
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
            let console = Console()
            let workspace = try storeOptions.workspace()
            let selection = classification.selection(client: storeOptions.client)
            var errors: [ConfigError] = []
            var ruleSet: RuleSet?
            do {
                ruleSet = try workspace.ruleSet(for: selection, extra: files)
            } catch {
                errors += error.errors
            }
            let profile = try workspace.profileSource(for: selection, store: workspace.storeIfPresent())
            if let ruleSet, let profile {
                do {
                    let leader = try profile.parse(ladder: ruleSet.ladder)
                    errors += ruleSet.levelsOffTheLadder(for: leader)
                } catch {
                    errors += error.errors
                }
            }
            // In line order within each file, as an editor lists them.
            errors.sort { ($0.file, $0.line ?? 0, $0.column ?? 0) < ($1.file, $1.line ?? 0, $1.column ?? 0) }
            guard errors.isEmpty, let ruleSet else {
                console.diagnose(ConfigErrors(errors).description)
                throw Failure(.configError, "\(errors.count) error\(errors.count == 1 ? "" : "s"): nothing is classified until they are fixed",
                              isError: false)
            }
            let checked = profile.map { ", profile \($0.origin)" } ?? ""
            try StandardOutput().write {
                $0.write("ok: \(ruleSet.rules.count) rules, \(ruleSet.insights.count) insights, ladder \(ruleSet.ladder.names.joined(separator: " < "))\(checked)\n")
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
            let rules = try RulesCommand.load(classification, storeOptions, extra: files)
            let report = ExampleRunner.run(rules)
            let insights = InsightExampleRunner.run(rules)
            for failure in report.failures { console.diagnose("✗ \(failure)") }
            for failure in insights.failures { console.diagnose("✗ \(failure)") }
            let failed = report.failures.count + insights.failures.count
            let summary = "\(report.examples + insights.examples) examples in \(rules.rules.count) rules and \(rules.insights.count) insights: \(failed) failed"
            guard failed == 0 else { throw Failure(.checkFailed, summary, isError: false) }
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
            try outputOptions.write("the rules guide", console: Console()) { $0.write(RuleLayer.guide) }
        }
    }
}
