import AltitudeModel
import AltitudeReporters
import AltitudeWorkspace
import Foundation

/// Diagnostics on stderr, and the styling results get: colour only on a
/// terminal, and never when NO_COLOR is set (no-color.org).
struct Console {
    let environment: [String: String]

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    var wantsColour: Bool { (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb" }

    var stderrStyle: TerminalStyle { TerminalStyle(enabled: isatty(STDERR_FILENO) != 0 && wantsColour) }

    func style(for destination: any OutputDestination) -> TerminalStyle {
        TerminalStyle(enabled: destination.isTerminal && wantsColour)
    }

    /// Writes to stderr, with every control character and bidi override in the text made
    /// visible first (`\e`, `U+202E`): the one door calendar text takes to the terminal in a
    /// warning or an error. Line breaks are kept: a failure may have several lines.
    func diagnose(_ text: String) {
        write(text.visibleControlCharacters())
    }

    /// Writes to stderr with the system call: a closed stderr loses the text, never the run.
    /// Only text already made visible, and styled by us, comes here.
    private func write(_ text: String) {
        _ = DescriptorWriter.writeAll(STDERR_FILENO, text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Warnings about the input, one line each (a line break quoted from the input shows as `\n`).
    func report(_ diagnostics: [Diagnostic], quiet: Bool) {
        guard !quiet, !diagnostics.isEmpty else { return }
        let style = stderrStyle
        let lines = diagnostics.map { diagnostic in
            let text = diagnostic.description.visibleControlCharacters(keepingLineBreaks: false)
            return diagnostic.severity == .error ? style.red(text) : style.yellow(text)
        }
        write(lines.joined(separator: "\n"))
    }

    /// A warning that matters more than `--quiet`: in colour on a terminal.
    func warn(_ text: String) {
        write(stderrStyle.yellow(text.visibleControlCharacters(keepingLineBreaks: false)))
    }

    /// One line on stderr after the output: what was read from files and what was left out.
    func summarize(_ read: FilesRead?, quiet: Bool) {
        guard let read, !quiet else { return }
        var line = "altitude: \(Self.counted(read.instances, "instance")) from \(Self.counted(read.events, "event")) in \(Self.counted(read.files, "file"))"
        if read.skippedEvents > 0 { line += "; \(Self.counted(read.skippedEvents, "event")) skipped (see warnings)" }
        if read.warnings > 0 { line += "; \(Self.counted(read.warnings, "warning"))" }
        diagnose(line)
    }

    /// "1 event", "2 events".
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count.formatted()) \(noun)\(count == 1 ? "" : "s")"
    }
}
