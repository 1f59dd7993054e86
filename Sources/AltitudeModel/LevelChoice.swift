/// What a label says a meeting is: a level — by name (`manager`) or relative to
/// the leader (`self-1`) — or not meeting time at all. Read from what a user types
/// (`--level`, the label prompt), then checked against the rules' ladder once
/// the rules are known (a name must be on it, a relative level must land on it).
public enum LevelChoice: Sendable, Hashable, CustomStringConvertible {
    /// A ladder level's name, or `self`, `self-1`, `self+1` …, lower case.
    case level(String)
    /// Not meeting time (personal, travel …).
    case exclude

    /// `exclude`, or a level as a word (letters, digits, `-`, `+`); nil for anything else.
    public init?(text: String) {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if value == "exclude" {
            self = .exclude
            return
        }
        guard let first = value.unicodeScalars.first, first.properties.isAlphabetic,
              value.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "+" || $0 == "_" })
        else { return nil }
        self = .level(value)
    }

    /// Why `text` is not a level choice, in words a user can act on.
    public static func problem(with text: String) -> String {
        "“\(text)” is not a level: give a ladder level (ic, manager …), self, self-1, self+1 …, or exclude"
    }

    /// The offset from the leader's own level, for `self`, `self-1`, `self+2`; nil for a name.
    public var relativeOffset: Int? {
        guard case .level(let value) = self, value.hasPrefix("self") else { return nil }
        let rest = value.dropFirst(4)
        if rest.isEmpty { return 0 }
        guard rest.first == "+" || rest.first == "-", let offset = Int(rest) else { return nil }
        return offset
    }

    public var description: String {
        switch self {
        case .level(let level): level
        case .exclude: "exclude"
        }
    }
}
