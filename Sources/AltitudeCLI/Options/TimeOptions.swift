import AltitudeModel
import ArgumentParser
import Foundation

extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }
}

/// `--from` / `--to`: the window of days to look at.
struct WindowOptions: ParsableArguments {
    @Option(help: ArgumentHelp("First day to include (YYYY-MM-DD). Default: the calendar's first instance.", valueName: "date"))
    var from: CivilDate?

    @Option(help: ArgumentHelp("Day to stop before (YYYY-MM-DD, exclusive). Default: 26 weeks after today.", valueName: "date"))
    var to: CivilDate?

    func validate() throws {
        if let from, let to, to <= from {
            throw ValidationError("--to (\(to)) must be after --from (\(from)); --to is exclusive.")
        }
    }
}

/// `--timezone`: the zone floating times and dates are read in, and times shown in.
struct TimeZoneOption: ParsableArguments {
    @Option(name: .customLong("timezone"),
            help: ArgumentHelp("IANA time zone for floating times, dates and display (e.g. Europe/Berlin). Default: the system's.",
                               valueName: "zone"))
    var name: String?

    /// The chosen zone: the option, else `TZ`/the system's, else UTC.
    func resolve(environment: AltitudeEnvironment) throws -> ZoneRules {
        if let name {
            guard let zone = ZoneRules(ianaIdentifier: name) else {
                throw ValidationError("unknown time zone “\(name)”: use an IANA name such as Europe/Berlin or America/New_York.")
            }
            return zone
        }
        return environment.systemTimeZone
    }
}

/// What a run depends on from outside: the clock, the system zone and the XDG
/// directories, pinned in tests.
struct AltitudeEnvironment {
    var now: Date
    var systemTimeZone: ZoneRules
    /// `$XDG_CONFIG_HOME/altitude` (profile, user rules).
    var configDirectory: String
    /// `$XDG_DATA_HOME/altitude` (the store).
    var dataDirectory: String
    /// `ALTITUDE_STORE`, when set.
    var storeOverride: String?

    /// `ALTITUDE_NOW` (ISO 8601) pins "today" for reproducible runs.
    static func current(_ variables: [String: String] = ProcessInfo.processInfo.environment) -> AltitudeEnvironment {
        var now = Date()
        if let pinned = variables["ALTITUDE_NOW"], let date = ISO8601DateFormatter().date(from: pinned) { now = date }
        let zone = ZoneRules(ianaIdentifier: TimeZone.current.identifier) ?? .utc
        let home = variables["HOME"] ?? NSHomeDirectory()
        func xdg(_ name: String, _ fallback: String) -> String {
            let value = variables[name] ?? ""
            return (value.hasPrefix("/") ? value : home + "/" + fallback) + "/altitude"
        }
        return AltitudeEnvironment(now: now, systemTimeZone: zone, configDirectory: xdg("XDG_CONFIG_HOME", ".config"),
                                   dataDirectory: xdg("XDG_DATA_HOME", ".local/share"),
                                   storeOverride: variables["ALTITUDE_STORE"].flatMap { $0.isEmpty ? nil : $0 })
    }

    var defaultProfilePath: String { configDirectory + "/profile.yaml" }
    var userRulesDirectory: String { configDirectory + "/rules" }
    /// A client's own rules: `$XDG_CONFIG_HOME/altitude/clients/NAME/rules`.
    func clientRulesDirectory(_ client: String) -> String { configDirectory + "/clients/\(client)/rules" }
    /// `ALTITUDE_STORE`, else `$XDG_DATA_HOME/altitude/altitude.sqlite`.
    var defaultStorePath: String { storeOverride ?? dataDirectory + "/altitude.sqlite" }
}

/// `--quiet`: keep warnings off stderr.
struct DiagnosticOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: "Do not print warnings about the input (errors still print).")
    var quiet = false
}
