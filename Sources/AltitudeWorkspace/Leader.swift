import AltitudeModel
import AltitudeRules
import AltitudeStore
import Foundation

/// Whose analysis, and with what: a client (`me` for the leader's own), the
/// profile file when one is named (else the client's stored profile, else the
/// default file), and rules files layered on top of every other layer.
public struct LeaderSelection: Sendable, Hashable {
    public var client: ClientName
    public var profileFile: String?
    public var ruleFiles: [String]

    public init(client: ClientName = .me, profileFile: String? = nil, ruleFiles: [String] = []) {
        self.client = client
        self.profileFile = profileFile
        self.ruleFiles = ruleFiles
    }
}

/// A leader ready to analyse: their profile checked against the ladder of the
/// rules they are classified with.
public struct LeaderContext: Sendable {
    public var client: ClientName
    public var profile: LeaderProfile
    public var rules: RuleSet
    /// The profile as written, and where it came from (a file, or the store).
    public var profileText: String
    public var profileOrigin: String

    public func makeClassifier() -> Classifier { Classifier(rules: rules, profile: profile) }

    /// What the store keeps of this profile: its text and, when it names one, its org chart.
    var storedProfile: StoredProfile { StoredProfile(text: profileText, orgChart: profile.orgChart?.csv) }
}

/// A profile as written, where it came from, and how to read the files it names
/// (its org chart): beside the profile file, or as the store keeps them for a client.
public struct ProfileSource: Sendable {
    public var text: String
    public var origin: String
    public var files: ProfileLoader.FileReader

    public func parse(ladder: Ladder?) throws(ConfigErrors) -> LeaderProfile {
        try ProfileLoader.parse(text, file: origin, ladder: ladder, files: files)
    }
}

/// A profile read, and its rules still loading on another thread, so compiling
/// them overlaps reading the calendar (whose floating times need the profile's zone).
struct PendingLeader {
    var client: ClientName
    /// Read without the ladder: its level is checked in `finish`.
    var profile: LeaderProfile
    var source: ProfileSource
    var rules: Background<Result<RuleSet, ConfigErrors>>

    /// Waits for the rules and checks the profile's level against their ladder.
    func finish() throws(ConfigErrors) -> LeaderContext {
        let rules = try rules.value.get()
        if rules.ladder.index(of: profile.level) == nil {
            _ = try source.parse(ladder: rules.ladder)  // throws: the level, with its line and a hint
        }
        return LeaderContext(client: client, profile: profile, rules: rules, profileText: source.text, profileOrigin: source.origin)
    }
}

extension Workspace {
    /// The rule layers in order: shipped < the packs of the profile's functions (the
    /// first named last, so its rules are tried first) < the user's rules directory <
    /// the client's rules directory (`me` has one too, for its labels) < the selection's rules files < `extra`.
    public func ruleLayers(for leader: LeaderSelection, functions: [String],
                           extra: [String] = []) throws(ConfigErrors) -> [RuleLayer] {
        var layers = [RuleLayer.shipped] + functions.reversed().compactMap(RuleLayer.pack)
        layers.append(try RuleLayer.directory(userRulesDirectory, name: "user"))
        // The leader's own layer: a client's rules, and the labels given for this leader (`me` too).
        layers.append(try RuleLayer.directory(clientRulesDirectory(leader.client), name: "client \(leader.client)"))
        let files = leader.ruleFiles + extra
        if !files.isEmpty {
            var loaded: [RuleLayer.File] = []
            for file in files { loaded.append(try RuleLayer.read(file)) }
            layers.append(RuleLayer(name: "--rules", files: loaded))
        }
        return layers
    }

    /// The profile and where it comes from: the named file, else the client's stored
    /// profile, else (for `me`) the default file; nil when there is none.
    public func profileSource(for leader: LeaderSelection, store: Store?) throws -> ProfileSource? {
        if let file = leader.profileFile {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw Failure(.noInput, "\(file): no such profile (`altitude init` writes one)")
            }
            return ProfileSource(text: String(decoding: data, as: UTF8.self), origin: file, files: ProfileLoader.filesBeside(file))
        }
        if let store, let stored = try store.profile(client: leader.client.name) {
            let chart = stored.orgChart.map { (text: $0, origin: "the org chart stored for \(leader.client)") }
            return ProfileSource(text: stored.text, origin: "the profile stored for \(leader.client)", files: { _ in chart })
        }
        if leader.client.isMe, let data = FileManager.default.contents(atPath: defaultProfilePath) {
            return ProfileSource(text: String(decoding: data, as: UTF8.self), origin: defaultProfilePath,
                                 files: ProfileLoader.filesBeside(defaultProfilePath))
        }
        return nil
    }

    /// The leader's profile and rules, checked; nil when there is no profile and none is required.
    public func leader(_ selection: LeaderSelection, store: Store?, requireProfile: Bool) throws -> LeaderContext? {
        try beginLeader(selection, store: store, requireProfile: requireProfile)?.finish()
    }

    /// Reads the profile now and starts loading the rules in the background.
    func beginLeader(_ selection: LeaderSelection, store: Store?, requireProfile: Bool,
                     rulesInBackground: Bool = true) throws -> PendingLeader? {
        guard let source = try profileSource(for: selection, store: store) else {
            guard requireProfile else { return nil }
            let hint = selection.client.isMe
                ? "give --profile FILE, or create \(defaultProfilePath) with `altitude init`"
                : "give --profile FILE (`altitude import … --client \(selection.client) --profile FILE` stores it)"
            throw Failure(.configError, "no profile for \(selection.client): \(hint)")
        }
        let profile = try source.parse(ladder: nil)
        let layers = try ruleLayers(for: selection, functions: profile.functions)
        let load: @Sendable () -> Result<RuleSet, ConfigErrors> = { Result { () throws(ConfigErrors) in try RuleSet.load(layers) } }
        return PendingLeader(client: selection.client, profile: profile, source: source,
                             rules: rulesInBackground ? Background(load) : Background(computedNow: load))
    }
}
