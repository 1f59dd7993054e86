import Foundation

/// A server script the tests start on loopback; it prints its port on its first line.
public enum LoopbackServer {
    public static func start(_ executable: URL, _ arguments: [String], failure: @autoclosure () -> any Error) throws -> (Process, Int) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            kill(process.processIdentifier, SIGKILL)
            throw failure()
        }
        return (process, port)
    }

    /// The repository's `Tests/Servers/NAME`, where the servers' scripts are.
    public static func script(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Servers/\(name)").path
    }
}

/// The test environment's Python (`scripts/setup.sh --test` makes it), which has aiosmtpd and trustme.
public enum Python {
    public struct Missing: Error, CustomStringConvertible {
        public var what: String
        public var description: String { "\(what): run scripts/setup.sh --test (make test does) to create .venv with aiosmtpd and trustme" }
    }

    public static func executable() throws -> URL {
        let python = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else { throw Missing(what: "no \(python.path)") }
        return python
    }
}
