import Foundation

// Writes a Swift file holding each given file's name (relative to the rules
// directory, `packs/finance.yaml`) and text:
//   EmbedRulesTool OUTPUT.swift RULES-DIRECTORY Rules/a.yaml Rules/packs/b.yaml Rules/README.md …
// Texts go in raw string literals with enough `#` that no text can end them early.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2, let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbedRulesTool OUTPUT.swift RULES-DIRECTORY FILE...\n".utf8))
    exit(64)
}
let directory = URL(fileURLWithPath: Array(arguments)[1]).standardizedFileURL.path + "/"
var source = "// Generated from Rules/ by the EmbedRules build plugin at build time: edit the YAML, not this.\n"
source += "enum ShippedRules {\n    static let files: [(name: String, text: String)] = [\n"
for path in arguments.dropFirst(2) {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let name = absolute.hasPrefix(directory) ? String(absolute.dropFirst(directory.count)) : URL(fileURLWithPath: path).lastPathComponent
    source += "        (\"\(name)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
source += "    ]\n}\n"
try source.write(toFile: output, atomically: true, encoding: .utf8)
