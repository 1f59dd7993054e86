import Foundation

/// Buffered UTF-8 output: flushed to a file handle as it fills (so a long
/// listing never sits whole in memory), or collected for tests and files.
public final class TextOutput {
    private var buffer: [UInt8] = []
    private let handle: FileHandle?
    private let flushThreshold = 1 << 16

    /// Writes to `handle` (standard output, a file) as the buffer fills.
    public init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(flushThreshold + 4096)
    }

    /// Collects everything; read it with `text`.
    public init() {
        handle = nil
    }

    public func write(_ text: String) {
        // withUTF8 copies a small (inline) string's bytes in one go; its utf8 view would go byte by byte.
        var text = text
        text.withUTF8 { write($0) }
    }

    /// UTF-8 bytes, as they are.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if let handle, buffer.count >= flushThreshold { flush(to: handle) }
    }

    /// Sends what is buffered; call when done.
    public func flush() {
        if let handle { flush(to: handle) }
    }

    /// Everything written, for a collecting output.
    public var text: String { String(decoding: buffer, as: UTF8.self) }

    private func flush(to handle: FileHandle) {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
