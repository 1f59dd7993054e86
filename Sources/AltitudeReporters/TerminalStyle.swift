/// Colour for terminal output: ANSI on a TTY, nothing otherwise (or with NO_COLOR).
public struct TerminalStyle: Sendable {
    public let enabled: Bool

    public static let plain = TerminalStyle(enabled: false)

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
