/// Whose calendars: one client per leader a coach works with, and `me` for the
/// user's own. A name is a directory name under the config directory (the
/// client's rules) and one line of output, so it is short, has no `/` and no line break.
public struct ClientName: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let name: String

    /// The user's own calendar: the client every command means without `--client`.
    public static let me = ClientName(checked: "me")

    /// The name, when it is one: 1–100 characters, no `/`, no line break, not `.` or `..`.
    public init?(text: String) {
        guard !text.isEmpty, text.count <= 100, !text.contains(where: { $0.isNewline || $0 == "/" }), text != "..", text != "." else {
            return nil
        }
        name = text
    }

    /// A name already checked (the store's, the constant `me`).
    public init(checked name: String) {
        self.name = name
    }

    /// Why `text` is not a client's name.
    public static func problem(with text: String) -> String {
        "“\(text)” is not a client name: a client name is a short name without / or line breaks"
    }

    public var isMe: Bool { self == .me }
    public var description: String { name }

    public static func < (lhs: ClientName, rhs: ClientName) -> Bool { lhs.name < rhs.name }
}
