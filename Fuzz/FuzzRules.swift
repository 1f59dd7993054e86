// libFuzzer target: the rules parser (module AltitudeRules). Each input is a user's rules
// file. One whose first line is `#shipped` is loaded after all the shipped rules, exactly as
// `--rules FILE` is (so its ids can replace, disable and be placed next to shipped rules);
// any other after the shipped ladder alone, which every rules file needs: the same parser,
// without re-reading 37 KB of shipped YAML on every run (about 25 times more runs a second).
// A crash is a bug; ConfigErrors are the expected answer to bad input.
// Built outside the package by scripts/fuzz.sh (`make fuzz`); not part of `swift build`.
import AltitudeRules
import Foundation

/// The shipped file that defines the ladder (`ladder:` at the start of a line).
private let shippedLadder: RuleLayer = {
    let files = RuleLayer.shipped.files.filter { $0.text.range(of: "(?m)^ladder:", options: .regularExpression) != nil }
    precondition(!files.isEmpty, "no shipped rules file defines the ladder")
    return RuleLayer(name: RuleLayer.shipped.name, files: files)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = count == 0 || bytes == nil ? "" : String(decoding: UnsafeBufferPointer(start: bytes!, count: count), as: UTF8.self)
    let base = text.hasPrefix("#shipped\n") ? RuleLayer.shipped : shippedLadder
    do {
        let rules = try RuleSet.load([base, RuleLayer(name: "fuzz", files: [.init(path: "fuzz.yaml", text: text)])])
        _ = rules.rules.count + rules.insights.count
    } catch {
        _ = error.description
    }
    return 0
}
