// libFuzzer target: the profile parser (module AltitudeRules). Each input is a profile.yaml,
// parsed without a ladder (as before the rules are loaded) and with the shipped one. A crash
// is a bug; ConfigErrors are the expected answer to bad input.
// Built outside the package by scripts/fuzz.sh (`make fuzz`); not part of `swift build`.
import AltitudeRules
import Foundation

/// The shipped ladder, loaded once.
private let shippedLadder = try! RuleSet.load([RuleLayer.shipped]).ladder

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProfile(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = count == 0 || bytes == nil ? "" : String(decoding: UnsafeBufferPointer(start: bytes!, count: count), as: UTF8.self)
    for ladder in [nil, shippedLadder] {
        do {
            _ = try ProfileLoader.parse(text, file: "fuzz.yaml", ladder: ladder)
        } catch {
            _ = error.description
        }
    }
    return 0
}
