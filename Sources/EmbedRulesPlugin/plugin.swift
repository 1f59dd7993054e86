import Foundation
import PackagePlugin

/// Builds the shipped `Rules/*.yaml`, the function packs `Rules/packs/*.yaml` (and
/// `Rules/README.md`, the format's guide) into the AltitudeRules module, so the
/// `altitude` binary carries its default rules and their documentation and needs no
/// files beside it.
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "Rules")
        let packs = rules.appending(path: "packs")
        let top = try FileManager.default.contentsOfDirectory(at: rules, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" || $0.lastPathComponent == "README.md" }
        let packFiles = ((try? FileManager.default.contentsOfDirectory(at: packs, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "yaml" }
        let inputs = (top + packFiles).sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "ShippedRules.swift")
        return [
            .buildCommand(
                displayName: "Embedding Rules/ into \(target.name)",
                executable: try context.tool(named: "EmbedRulesTool").url,
                arguments: [output.path, rules.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
