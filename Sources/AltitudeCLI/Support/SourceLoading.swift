import AltitudeImporter
import AltitudeModel
import ArgumentParser

/// Reading the SOURCE arguments every analysis command takes, with the same
/// errors and summary everywhere.
enum SourceLoading {
    static func read(_ paths: [String], with importer: CalendarImporter, console: Console) throws -> ImportResult {
        do {
            let sources = try paths.map { path throws(InputError) in try CalendarSource.load(path) }
            return try importer.read(sources)
        } catch {
            console.diagnose("altitude: error: \(error)")
            throw error.message.hasPrefix("no such file") || error.message.hasPrefix("cannot be read")
                ? ExitStatus.noInput : ExitStatus.dataError
        }
    }

    /// One line on stderr: what was read and what was left out.
    static func summarize(_ result: ImportResult, console: Console, quiet: Bool) {
        guard !quiet else { return }
        let events = result.files.reduce(0) { $0 + $1.events }
        let skipped = result.files.reduce(0) { $0 + $1.skipped }
        var line = "altitude: \(counted(result.instances.count, "instance")) from \(counted(events, "event")) in \(counted(result.files.count, "file"))"
        if skipped > 0 { line += "; \(counted(skipped, "event")) skipped (see warnings)" }
        if !result.diagnostics.isEmpty { line += "; \(counted(result.diagnostics.count, "warning"))" }
        console.diagnose(line)
    }

    /// "1 event", "2 events".
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count.formatted()) \(noun)\(count == 1 ? "" : "s")"
    }
}
