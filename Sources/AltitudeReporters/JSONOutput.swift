import AltitudeModel
import Foundation

extension TextOutput {
    /// How every JSON output is written: pretty, keys sorted (a stable schema reads
    /// the same from run to run), slashes left alone. A value that cannot be
    /// encoded (a figure that is not a number) fails the output — `finish()` throws
    /// it as an internal error — rather than writing a document that is not the one asked for.
    public func writeJSON(_ value: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            write(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
        } catch {
            fail(Failure(.internalError, "the JSON could not be written (\(error)): please report this"))
        }
    }
}
