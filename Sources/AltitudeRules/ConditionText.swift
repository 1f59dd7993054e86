extension Condition: CustomStringConvertible {
    /// The condition in the words of the rules format, on one line.
    public var description: String {
        switch self {
        case .all(let parts): "all of (" + parts.map(\.description).joined(separator: "; ") + ")"
        case .any(let parts): "any of (" + parts.map(\.description).joined(separator: "; ") + ")"
        case .not(let inner): "not (\(inner))"
        case .leaf(let leaf): leaf.condition.description
        }
    }
}
