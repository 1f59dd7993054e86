import AltitudeModel
import AltitudeReporters
import AltitudeRules
import ArgumentParser
import Foundation

/// `altitude rules`: see, check and test the classification rules in every layer.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, show, check and test the classification and insight rules.",
        discussion: """
        Rules come in layers, later ones winning: the rules Altitude ships, then the \
        user's rules directory ($XDG_CONFIG_HOME/altitude/rules/*.yaml), then the \
        client's ($XDG_CONFIG_HOME/altitude/clients/NAME/rules/*.yaml, with --client), \
        then any --rules FILE. Rules/README.md explains the format.

        Examples:
          altitude rules list
          altitude rules show team-ceremonies
          altitude rules check my-rules.yaml --profile profile.yaml
          altitude rules test
        """,
        subcommands: [List.self, Show.self, Check.self, Test.self]
    )

    /// Loads the layers (with extra files as the last), or prints every error and exits 78.
    static func load(_ options: ClassificationOptions, client: String = "me", extra: [String] = [],
                     console: Console) throws -> RuleSet {
        do {
            return try RuleSet.load(try options.layers(environment: .current(), client: client, extra: extra))
        } catch {
            console.diagnose(error.description)
            throw ExitStatus.configError
        }
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

        func run() throws {
            let console = Console()
            let rules = try RulesCommand.load(classification, client: storeOptions.client, console: console)
            let output = TextOutput(handle: .standardOutput)
            RuleListReport(ruleSet: rules, style: console.style(for: .standardOutput)).writeList(format: format, to: output)
            output.flush()
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one rule: why, when, its level and its examples.",
            discussion: """
            Examples:
              altitude rules show one-on-one-direct
            """)

        @Argument(help: ArgumentHelp("The rule's id.", valueName: "id")) var id: String
        @OptionGroup var classification: ClassificationOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let console = Console()
            let rules = try RulesCommand.load(classification, client: storeOptions.client, console: console)
            if rules.rule(id) == nil, let insight = rules.insight(id) {
                let output = TextOutput(handle: .standardOutput)
                RuleListReport(ruleSet: rules, style: console.style(for: .standardOutput)).writeDetail(insight, to: output)
                output.flush()
                return
            }
            guard let rule = rules.rule(id) else {
                let suggestion = (rules.rules.map(\.id) + rules.insights.map(\.id)).min { Self.distance($0, id) < Self.distance($1, id) }
                console.diagnose("altitude: error: there is no rule “\(id)”" + (suggestion.map { "; did you mean “\($0)”?" } ?? ""))
                if let origin = rules.disabled[id] { console.diagnose("  (“\(id)” is disabled by \(origin))") }
                throw ExitCode.validationFailure
            }
            let output = TextOutput(handle: .standardOutput)
            RuleListReport(ruleSet: rules, style: console.style(for: .standardOutput)).writeDetail(rule, to: output)
            output.flush()
        }

        static func distance(_ a: String, _ b: String) -> Int {
            Set(a).symmetricDifference(Set(b)).count + abs(a.count - b.count)
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
            let environment = AltitudeEnvironment.current()
            var errors: [ConfigError] = []
            var ruleSet: RuleSet?
            do {
                ruleSet = try RuleSet.load(try classification.layers(environment: environment, client: storeOptions.client, extra: files))
            } catch {
                errors += error.errors
            }
            let store = FileManager.default.fileExists(atPath: storeOptions.path(environment: environment))
                ? try? storeOptions.open(environment: environment, console: console) : nil
            let profile = try classification.profileText(environment: environment, store: store, client: storeOptions.client,
                                                          console: console)
            if let ruleSet, let profile {
                do {
                    _ = try ProfileLoader.parse(profile.text, file: profile.origin, ladder: ruleSet.ladder)
                } catch {
                    errors += error.errors
                }
            }
            guard errors.isEmpty, let ruleSet else {
                console.diagnose(ConfigErrors(errors).description)
                console.diagnose("altitude: \(errors.count) error\(errors.count == 1 ? "" : "s"): nothing is classified until they are fixed")
                throw ExitStatus.configError
            }
            let checked = profile.map { ", profile \($0.origin)" } ?? ""
            console.write("ok: \(ruleSet.rules.count) rules, \(ruleSet.insights.count) insights, ladder \(ruleSet.ladder.names.joined(separator: " < "))\(checked)\n")
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
            let rules = try RulesCommand.load(classification, client: storeOptions.client, extra: files, console: console)
            let report = ExampleRunner.run(rules)
            let insights = InsightExampleRunner.run(rules)
            for failure in report.failures { console.diagnose("✗ \(failure)") }
            for failure in insights.failures { console.diagnose("✗ \(failure)") }
            let failed = report.failures.count + insights.failures.count
            let summary = "\(report.examples + insights.examples) examples in \(rules.rules.count) rules and \(rules.insights.count) insights: \(failed) failed"
            if failed == 0 {
                console.write("✓ \(summary)\n")
            } else {
                console.diagnose(summary)
                throw ExitStatus.checkFailed
            }
        }
    }
}
