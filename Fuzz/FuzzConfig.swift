// libFuzzer target: config.yaml's mail section (module AltitudeMail, MailSettings through NodeReader).
// Each input is a config file: mail settings, transports, recipients per client. A crash is a
// bug; ConfigErrors are the expected answer to bad input. The top level is read as
// AltitudeConfigLoader reads it (a mapping whose `mail:` goes to MailSettings); the loader
// itself lives in AltitudeWorkspace, which links SQLite and libical a harness does not need.
// Built outside the package by scripts/fuzz.sh (`make fuzz`); not part of `swift build`.
import AltitudeMail
import AltitudeYAML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = count == 0 || bytes == nil ? "" : String(decoding: UnsafeBufferPointer(start: bytes!, count: count), as: UTF8.self)
    var reader = NodeReader(file: "config.yaml")
    guard let root = reader.parse(text), let entries = reader.mapping(root, allowed: ["mail"], what: "config.yaml") else {
        return 0
    }
    if let mail = entries["mail"] {
        _ = MailSettings.parse(mail.value, reader: &reader)
    }
    _ = reader.errors.map(\.description)
    return 0
}
