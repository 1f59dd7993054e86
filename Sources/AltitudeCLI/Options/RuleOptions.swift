import AltitudeModel
import AltitudeRules
import AltitudeStore
import ArgumentParser
import Foundation

/// The rules and the leader's profile a command classifies with.
struct Classifying {
    var rules: RuleSet
    var profile: LeaderProfile
    /// The profile as written, and where it came from (a file, or the store).
    var profileText: String
    var profileOrigin: String
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

    /// The layers in order: shipped < the user's rules directory < the client's
    /// rules directory < `--rules` files.
    func layers(environment: AltitudeEnvironment, client: String? = nil, extra: [String] = []) throws(ConfigErrors) -> [RuleLayer] {
        var layers = [RuleLayer.shipped, try RuleLayer.directory(environment.userRulesDirectory, name: "user")]
        if let client, client != "me" {
            layers.append(try RuleLayer.directory(environment.clientRulesDirectory(client), name: "client \(client)"))
        }
        let files = ruleFiles + extra
        if !files.isEmpty {
            var loaded: [RuleLayer.File] = []
            for file in files { loaded.append(try RuleLayer.read(file)) }
            layers.append(RuleLayer(name: "--rules", files: loaded))
        }
        return layers
    }

    /// The profile's text and where it comes from: `--profile`, else the client's
    /// stored profile, else (for `me`) the default file; nil when there is none.
    func profileText(environment: AltitudeEnvironment, store: Store?, client: String,
                     console: Console) throws -> (text: String, origin: String)? {
        if let profile {
            guard let data = FileManager.default.contents(atPath: profile) else {
                console.diagnose("altitude: error: \(profile): no such profile (`altitude init` writes one)")
                throw ExitStatus.configError
            }
            return (String(decoding: data, as: UTF8.self), profile)
        }
        if let store, let text = try? store.profile(client: client) { return (text, "the profile stored for \(client)") }
        if client == "me", let data = FileManager.default.contents(atPath: environment.defaultProfilePath) {
            return (String(decoding: data, as: UTF8.self), environment.defaultProfilePath)
        }
        return nil
    }

    /// Loads the profile and the rules to classify with, reporting every problem
    /// (exit 78). Nil when there is no profile and none is required.
    func load(environment: AltitudeEnvironment, console: Console, store: Store? = nil, client: String = "me",
              requireProfile: Bool) throws -> Classifying? {
        try begin(environment: environment, console: console, store: store, client: client, requireProfile: requireProfile)?
            .finish(console: console)
    }

    /// Reads the profile now (its zone and addresses are needed to read a calendar)
    /// and starts loading the rules in the background, so that compiling them
    /// overlaps reading the calendar. Nil when there is no profile and none is required.
    func begin(environment: AltitudeEnvironment, console: Console, store: Store? = nil, client: String = "me",
               requireProfile: Bool) throws -> PendingClassifying? {
        guard let (text, origin) = try profileText(environment: environment, store: store, client: client, console: console) else {
            if requireProfile {
                let hint = client == "me"
                    ? "give --profile FILE, or create \(environment.defaultProfilePath) with `altitude init`"
                    : "give --profile FILE (`altitude import … --client \(client) --profile FILE` stores it)"
                console.diagnose("altitude: error: no profile for \(client): \(hint)")
                throw ExitStatus.configError
            }
            return nil
        }
        do {
            let layers = try layers(environment: environment, client: client)
            let profile = try ProfileLoader.parse(text, file: origin, ladder: nil)
            return PendingClassifying(profile: profile, profileText: text, profileOrigin: origin,
                                      rules: Background { Result { () throws(ConfigErrors) in try RuleSet.load(layers) } })
        } catch {
            console.diagnose(error.description)
            throw ExitStatus.configError
        }
    }
}

/// A profile read, and its rules still loading.
struct PendingClassifying {
    /// Read without the ladder: its level is checked in `finish`.
    var profile: LeaderProfile
    var profileText: String
    var profileOrigin: String
    var rules: Background<Result<RuleSet, ConfigErrors>>

    /// Waits for the rules and checks the profile's level against their ladder (exit 78 on a problem).
    func finish(console: Console) throws -> Classifying {
        do {
            let rules = try rules.value.get()
            let profile = try ProfileLoader.parse(profileText, file: profileOrigin, ladder: rules.ladder)
            return Classifying(rules: rules, profile: profile, profileText: profileText, profileOrigin: profileOrigin)
        } catch {
            console.diagnose(error.description)
            throw ExitStatus.configError
        }
    }
}
