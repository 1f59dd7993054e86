import Foundation

/// Buffered UTF-8 output: sent to a sink as it fills (so a long listing never
/// sits whole in memory), or collected for tests, files and messages. Formatters
/// write without checking; the first failure of the sink (a full disk, a closed
/// pipe) is kept, later output dropped, and `finish()` throws it.
public final class TextOutput {
    /// Takes bytes, all of them, or throws.
    public typealias Sink = (UnsafeRawBufferPointer) throws -> Void

    private var buffer: [UInt8] = []
    private let sink: Sink?
    private let flushThreshold = 1 << 16
    private var failure: (any Error)?

    /// Sends to `sink` as the buffer fills.
    public init(sink: @escaping Sink) {
        self.sink = sink
        buffer.reserveCapacity(flushThreshold + 4096)
    }

    /// Collects everything; read it with `text` or `bytes`.
    public init() {
        sink = nil
    }

    public func write(_ text: String) {
        // withUTF8 copies a small (inline) string's bytes in one go; its utf8 view would go byte by byte.
        var text = text
        text.withUTF8 { write($0) }
    }

    /// UTF-8 bytes, as they are.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
        if sink != nil, buffer.count >= flushThreshold { send() }
    }

    /// Sends what is buffered; throws the sink's first failure, if there was one.
    public func finish() throws {
        if sink != nil { send() }
        if let failure { throw failure }
    }

    /// Ends the output with `error`: later output is dropped and `finish()` throws it
    /// (a formatter that cannot produce what was asked for says so, instead of writing less).
    public func fail(_ error: any Error) {
        if failure == nil { failure = error }
    }

    /// Everything written, for a collecting output.
    public var text: String { String(decoding: buffer, as: UTF8.self) }
    public var bytes: [UInt8] { buffer }

    private func send() {
        guard let sink, failure == nil, !buffer.isEmpty else { return }
        do {
            try buffer.withUnsafeBytes { try sink($0) }
        } catch {
            failure = error
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
