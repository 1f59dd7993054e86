import AltitudeRules
import ArgumentParser
import Foundation

/// `altitude init`: a commented profile to start from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented profile.yaml to fill in.",
        discussion: """
        Writes the template to $XDG_CONFIG_HOME/altitude/profile.yaml (where every \
        command looks for it), or to --output. The file is private to you (0600). An \
        existing profile is kept unless --force.

        Examples:
          altitude init
          altitude init --output client-profile.yaml
        """
    )

    @Option(help: ArgumentHelp("Where to write it.", valueName: "file")) var output: String?
    @Flag(help: "Replace an existing file.") var force = false

    func run() throws {
        let console = Console()
        let environment = AltitudeEnvironment.current()
        let path = output ?? environment.defaultProfilePath
        if FileManager.default.fileExists(atPath: path), !force {
            console.diagnose("altitude: \(path) already exists; keeping it (--force replaces it)")
            throw ExitStatus.cannotCreate
        }
        do {
            try PrivateFile.write(ProfileLoader.template, to: path)
        } catch {
            console.diagnose("altitude: error: cannot write \(path): \(error.localizedDescription)")
            throw ExitStatus.cannotCreate
        }
        console.write("Wrote \(path). Fill in your details, then check it with `altitude rules check --profile \(path)`.\n")
    }
}
