import AltitudeModel
import Foundation

/// One status line on stderr for work that can take a while (a slow feed, a large
/// file): shown only on a terminal, rewritten in place, cleared before any other
/// output, so logs and pipes never see it.
final class ProgressLine {
    private let enabled: Bool
    private var showing = false

    init(console: Console, quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) != 0 && console.environment["TERM"] != "dumb"
    }

    func show(_ status: String) {
        guard enabled else { return }
        write("\r\u{1B}[2K" + line(status))
        showing = true
    }

    func clear() {
        guard showing else { return }
        write("\r\u{1B}[2K")
        showing = false
    }

    /// The status names files and feeds, which are input too: their control characters are shown, not obeyed.
    private func line(_ status: String) -> String { "altitude: \(status.visibleControlCharacters(keepingLineBreaks: false))…" }

    /// Until `endInterruptible()`, Ctrl-C (or SIGTERM, SIGHUP) clears the status line and says `outcome`
    /// ("nothing was imported: the store is as it was") before the run ends with 130, instead of
    /// leaving the line on the screen and the user guessing what was kept.
    func beginInterruptible(outcome: String) {
        let text = (enabled ? "\r\u{1B}[2K" : "") + "altitude: interrupted: \(outcome)\n"
        Interruption.arm(saying: text)
    }

    func endInterruptible() {
        Interruption.disarm()
    }

    private func write(_ text: String) {
        _ = DescriptorWriter.writeAll(STDERR_FILENO, text)
    }
}
