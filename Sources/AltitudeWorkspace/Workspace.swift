import AltitudeModel
import AltitudeRules
import AltitudeStore
import Foundation

/// Where a run lives and what it depends on from outside: the clock, the system's
/// zone, the XDG directories and the store. Built once from the environment (or
/// pinned by tests), then handed to every operation, so nothing below reads the
/// environment itself. Its operations throw only `AltitudeFailure`s (a store,
/// input, rules or output error, or a `Failure` of the workflow), so the command
/// line maps every one to its exit code in one place.
public struct Workspace: Sendable {
    public var now: Date
    public var systemTimeZone: ZoneRules
    /// `$XDG_CONFIG_HOME/altitude` (profile, user and client rules).
    public var configDirectory: String
    /// The store's file: `--store`, else `ALTITUDE_STORE`, else `$XDG_DATA_HOME/altitude/altitude.sqlite`.
    public var storePath: String
    /// The variables a setting may name (the SMTP password's `password-env`).
    public var environment: [String: String]

    public init(now: Date, systemTimeZone: ZoneRules, configDirectory: String, storePath: String, environment: [String: String] = [:]) {
        self.now = now
        self.environment = environment
        self.systemTimeZone = systemTimeZone
        self.configDirectory = configDirectory
        self.storePath = storePath
    }

    /// The workspace the environment describes. `ALTITUDE_NOW` (ISO 8601) pins
    /// "today" for reproducible runs; one that does not parse is an error, not the real clock.
    public static func current(_ variables: [String: String] = ProcessInfo.processInfo.environment,
                               store: String? = nil) throws(Failure) -> Workspace {
        var now = Date()
        if let pinned = variables["ALTITUDE_NOW"], !pinned.isEmpty {
            guard let date = ISO8601DateFormatter().date(from: pinned) else {
                throw Failure(.usage, "ALTITUDE_NOW “\(pinned)” is not an ISO 8601 time such as 2026-11-21T09:00:00Z")
            }
            now = date
        }
        let zone = ZoneRules(ianaIdentifier: TimeZone.current.identifier) ?? .utc
        let home = variables["HOME"] ?? NSHomeDirectory()
        func xdg(_ name: String, _ fallback: String) -> String {
            let value = variables[name] ?? ""
            return (value.hasPrefix("/") ? value : home + "/" + fallback) + "/altitude"
        }
        let storeOverride = variables["ALTITUDE_STORE"].flatMap { $0.isEmpty ? nil : $0 }
        return Workspace(now: now, systemTimeZone: zone, configDirectory: xdg("XDG_CONFIG_HOME", ".config"),
                         storePath: store ?? storeOverride ?? xdg("XDG_DATA_HOME", ".local/share") + "/altitude.sqlite",
                         environment: variables)
    }

    public var defaultProfilePath: String { configDirectory + "/profile.yaml" }
    /// Settings for unattended runs (the digest's mail): `$XDG_CONFIG_HOME/altitude/config.yaml`.
    public var configFilePath: String { configDirectory + "/config.yaml" }
    public var userRulesDirectory: String { configDirectory + "/rules" }
    /// A client's own rules: `$XDG_CONFIG_HOME/altitude/clients/NAME/rules`.
    public func clientRulesDirectory(_ client: ClientName) -> String { configDirectory + "/clients/\(client.name)/rules" }

    // MARK: - The store

    /// Opens the store, creating it (privately) when there is none yet.
    public func openStore() throws(StoreError) -> Store {
        try Store(path: storePath)
    }

    /// Opens a store that must exist already: reading never creates one.
    public func openExistingStore() throws -> Store {
        guard FileManager.default.fileExists(atPath: storePath) else {
            throw Failure(.noInput, "there is no store at \(storePath) yet: import a calendar first (altitude import FILE)")
        }
        return try openStore()
    }

    /// The store when it exists, else nil (for commands that only look in it when there is one).
    /// A store that exists but cannot be opened (busy, damaged, unreadable) is an error, not "no store".
    public func storeIfPresent() throws(StoreError) -> Store? {
        FileManager.default.fileExists(atPath: storePath) ? try openStore() : nil
    }
}
