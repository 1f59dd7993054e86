import AltitudeStore
import ArgumentParser
import Foundation

/// `--store` and `--client`: which store, and whose calendars in it.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The store. Default: $ALTITUDE_STORE, else $XDG_DATA_HOME/altitude/altitude.sqlite.",
                               valueName: "file"))
    var store: String?

    @Option(help: ArgumentHelp("Whose calendars: a coach keeps one client per leader.", valueName: "name"))
    var client = "me"

    func validate() throws {
        guard !client.isEmpty, client.count <= 100, !client.contains(where: { $0.isNewline || $0 == "/" }) else {
            throw ValidationError("a client name is a short name without / or line breaks")
        }
    }

    func path(environment: AltitudeEnvironment) -> String { store ?? environment.defaultStorePath }

    /// Opens (creating it privately if need be) the store, or exits 74 saying why.
    func open(environment: AltitudeEnvironment, console: Console) throws -> Store {
        do {
            return try Store(path: path(environment: environment))
        } catch {
            console.diagnose("altitude: error: the store \(error)")
            throw ExitStatus.ioError
        }
    }

    /// Opens an existing store for reading; a missing one says how to make it.
    func openExisting(environment: AltitudeEnvironment, console: Console) throws -> Store {
        let path = path(environment: environment)
        guard FileManager.default.fileExists(atPath: path) else {
            console.diagnose("altitude: error: there is no store at \(path) yet: import a calendar first (altitude import FILE)")
            throw ExitStatus.noInput
        }
        return try open(environment: environment, console: console)
    }

    /// Runs `work` on the existing store; a store error is reported and exits 74.
    func withExisting<T>(environment: AltitudeEnvironment, console: Console, _ work: (Store) throws(StoreError) -> T) throws -> T {
        let store = try openExisting(environment: environment, console: console)
        do {
            return try work(store)
        } catch {
            console.diagnose("altitude: error: the store \(error)")
            throw ExitStatus.ioError
        }
    }
}
