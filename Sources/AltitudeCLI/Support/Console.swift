import AltitudeModel
import AltitudeReporters
import Foundation

/// Where output and diagnostics go: results on stdout, everything else on stderr.
struct Console {
    let environment: [String: String]

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    func style(for handle: FileHandle) -> TerminalStyle {
        let wantsColour = isatty(handle.fileDescriptor) != 0 && (environment["NO_COLOR"] ?? "").isEmpty
            && environment["TERM"] != "dumb"
        return TerminalStyle(enabled: wantsColour)
    }

    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func diagnose(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    func report(_ diagnostics: [Diagnostic], quiet: Bool) {
        guard !quiet, !diagnostics.isEmpty else { return }
        let style = style(for: .standardError)
        let lines = diagnostics.map { diagnostic in
            diagnostic.severity == .error ? style.red(diagnostic.description) : style.yellow(diagnostic.description)
        }
        diagnose(lines.joined(separator: "\n"))
    }
}
