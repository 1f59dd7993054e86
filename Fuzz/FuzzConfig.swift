// libFuzzer target: config.yaml (module AltitudeRules, AltitudeConfigLoader through NodeReader).
// Each input is a config file: mail settings, transports, recipients per client. A crash is a
// bug; ConfigErrors are the expected answer to bad input.
// Built outside the package by scripts/fuzz.sh (`make fuzz`); not part of `swift build`.
import AltitudeRules
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = count == 0 || bytes == nil ? "" : String(decoding: UnsafeBufferPointer(start: bytes!, count: count), as: UTF8.self)
    do {
        _ = try AltitudeConfigLoader.parse(text, file: "config.yaml")
    } catch {
        _ = error.description
    }
    return 0
}
