import Foundation

/// Runs the built `altitude` binary, as a user or a script would.
struct AltitudeProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary SwiftPM built next to this test bundle.
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("altitude")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return repositoryRoot.appendingPathComponent(".build/debug/altitude")
    }()

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func fixture(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Tests/AltitudeImporterTests/Fixtures/\(name)").path
    }

    /// Runs a shell script with `$ALTITUDE` naming the binary: for what only a shell
    /// sets up (output to /dev/full, a closed standard output).
    static func shell(_ script: String, environment: [String: String] = [:]) throws -> Outcome {
        try run(["-c", script], environment: environment.merging(["ALTITUDE": binary.path]) { $1 },
                executable: URL(fileURLWithPath: "/bin/sh"))
    }

    /// Runs with a clean, pinned environment (no colour settings, a fixed "today").
    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                    timeout: TimeInterval = 120, executable: URL = binary) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var variables = ["PATH": "/usr/bin:/bin", "TZ": "UTC", "ALTITUDE_NOW": "2026-03-02T12:00:00Z", "HOME": NSTemporaryDirectory()]
        variables.merge(environment) { $1 }
        process.environment = variables
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        // Drain both pipes while the process runs, so a large output cannot block it.
        nonisolated(unsafe) var stdoutData = Data()
        nonisolated(unsafe) var stderrData = Data()
        let readers = DispatchGroup()
        DispatchQueue.global().async(group: readers) { stdoutData = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: readers) { stderrData = errors.fileHandleForReading.readDataToEndOfFile() }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)  // SIGTERM may be blocked in the mask the child inherits
            throw TimedOut(arguments: arguments)
        }
        readers.wait()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                       stderr: String(decoding: stderrData, as: UTF8.self))
    }

    struct TimedOut: Error {
        var arguments: [String]
    }
}
