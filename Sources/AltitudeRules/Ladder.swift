/// The levels of work, lowest first. Names and order come from `Rules/ladder.yaml`
/// (or a later layer's), so an organisation can use its own.
public struct Ladder: Sendable, Hashable {
    public struct Level: Sendable, Hashable {
        public var name: String
        public var description: String
        public var examples: [String]
    }

    public var levels: [Level]

    public init(levels: [Level]) {
        self.levels = levels
    }

    public var names: [String] { levels.map(\.name) }

    public func index(of name: String) -> Int? { levels.firstIndex { $0.name == name } }
}

/// A rule's level: a level on the ladder, or one relative to the leader's own
/// (`self`, `self-1`, `self+1`): a 1:1 with a direct report is at altitude for
/// anyone who has direct reports.
public enum LevelSpec: Sendable, Hashable, CustomStringConvertible {
    case absolute(String)
    case relative(Int)

    public var description: String {
        switch self {
        case .absolute(let name): name
        case .relative(0): "self"
        case .relative(let offset): offset > 0 ? "self+\(offset)" : "self\(offset)"
        }
    }

    /// The ladder level this means for a leader at `leaderIndex` (clamped to the ladder).
    func resolve(on ladder: Ladder, leaderIndex: Int) -> Int {
        switch self {
        case .absolute(let name): ladder.index(of: name) ?? leaderIndex
        case .relative(let offset): min(max(leaderIndex + offset, 0), ladder.levels.count - 1)
        }
    }

    /// Parses `ic`, `self`, `self-1`, `self+2`; nil when malformed.
    public init?(parsing text: String) {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard value.hasPrefix("self") else {
            self = .absolute(text.trimmingCharacters(in: .whitespaces))
            return
        }
        let rest = value.dropFirst(4)
        if rest.isEmpty {
            self = .relative(0)
        } else if let offset = Int(rest), rest.first == "+" || rest.first == "-" {
            self = .relative(offset)
        } else {
            return nil
        }
    }
}
