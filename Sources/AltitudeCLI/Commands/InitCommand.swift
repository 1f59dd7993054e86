import AltitudeModel
import AltitudeWorkspace
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
        let path = try output ?? Workspace.current().defaultProfilePath
        if FileManager.default.fileExists(atPath: path), !force {
            throw Failure(.cannotCreate, "\(path) already exists; keeping it (--force replaces it)", isError: false)
        }
        try PrivateFileOutput(path: path, createsDirectory: true).write(bytes: Array(Workspace.profileTemplate.utf8))
        try StandardOutput().write {
            $0.write("Wrote \(path). Fill in your details, then check it with `altitude rules check --profile \(path)`.\n")
        }
    }
}
