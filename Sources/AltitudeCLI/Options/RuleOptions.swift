import AltitudeModel
import AltitudeRules
import ArgumentParser
import Foundation

/// `--profile` and `--rules`: who the calendar belongs to, and the rules on top
/// of the shipped ones.
struct ClassificationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The leader's profile.yaml. Default: $XDG_CONFIG_HOME/altitude/profile.yaml when it exists.",
                               valueName: "file"))
    var profile: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp("A rules file layered on top of the others (repeatable).", valueName: "file"))
    var ruleFiles: [String] = []

    /// The layers in order: shipped < the user's rules directory < `--rules` files.
    func layers(environment: AltitudeEnvironment, extra: [String] = []) throws(ConfigErrors) -> [RuleLayer] {
        var layers = [RuleLayer.shipped, try RuleLayer.directory(environment.userRulesDirectory, name: "user")]
        let files = ruleFiles + extra
        if !files.isEmpty {
            var loaded: [RuleLayer.File] = []
            for file in files { loaded.append(try RuleLayer.read(file)) }
            layers.append(RuleLayer(name: "--rules", files: loaded))
        }
        return layers
    }

    /// The profile's path: the option, or the default when it exists; nil when neither.
    func profilePath(environment: AltitudeEnvironment) -> String? {
        if let profile { return profile }
        return FileManager.default.fileExists(atPath: environment.defaultProfilePath) ? environment.defaultProfilePath : nil
    }

    /// Loads the profile and the rules to classify with, reporting every problem
    /// (exit 78); nil when there is no profile and none is required.
    func load(environment: AltitudeEnvironment, console: Console, requireProfile: Bool) throws -> (RuleSet, LeaderProfile)? {
        guard let path = profilePath(environment: environment) else {
            if requireProfile {
                console.diagnose("""
                    altitude: error: no profile: give --profile FILE, or create \(environment.defaultProfilePath) \
                    with `altitude init`
                    """)
                throw ExitStatus.configError
            }
            return nil
        }
        do {
            let rules = try RuleSet.load(try layers(environment: environment))
            return (rules, try ProfileLoader.load(path: path, ladder: rules.ladder))
        } catch {
            console.diagnose(error.description)
            throw ExitStatus.configError
        }
    }
}
