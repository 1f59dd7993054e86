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
        var line = "altitude: \(result.instances.count) instances from \(events) events in \(result.files.count) file\(result.files.count == 1 ? "" : "s")"
        if skipped > 0 { line += "; \(skipped) event\(skipped == 1 ? "" : "s") skipped (see warnings)" }
        let warnings = result.diagnostics.count
        if warnings > 0 { line += "; \(warnings) warning\(warnings == 1 ? "" : "s")" }
        console.diagnose(line)
    }
}
