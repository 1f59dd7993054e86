import Foundation

// Writes a Swift file holding each given file's name and text:
//   EmbedRulesTool OUTPUT.swift Rules/a.yaml Rules/b.yaml Rules/README.md …
// Texts go in raw string literals with enough `#` that no text can end them early.
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbedRulesTool OUTPUT.swift FILE...\n".utf8))
    exit(64)
}
var source = "// Generated from Rules/ by the EmbedRules build plugin at build time: edit the YAML, not this.\n"
source += "enum ShippedRules {\n    static let files: [(name: String, text: String)] = [\n"
for path in arguments.dropFirst() {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    let name = URL(fileURLWithPath: path).lastPathComponent
    source += "        (\"\(name)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
source += "    ]\n}\n"
try source.write(toFile: output, atomically: true, encoding: .utf8)
