import AltitudeYAML
import Yams

/// Inclusive bounds on a whole number, either end open: how `attendees` and
/// `duration` are written (`2`, `{min: 3}`, `{min: 15m, max: 1h30m}`).
struct Bounds: Sendable, Hashable {
    var min: Int?
    var max: Int?

    func contains(_ value: Int) -> Bool { value >= (min ?? 0) && value <= (max ?? .max) }

    /// Both ends divided by `divisor` (seconds shown as minutes).
    func divided(by divisor: Int) -> Bounds { Bounds(min: min.map { $0 / divisor }, max: max.map { $0 / divisor }) }

    /// For `rules show`: `3–12`, `≥ 3`.
    var text: String {
        switch (min, max) {
        case let (low?, high?) where low == high: "\(low)"
        case let (low?, high?): "\(low)–\(high)"
        case let (low?, nil): "≥ \(low)"
        case let (nil, high?): "≤ \(high)"
        default: "any"
        }
    }

    /// For explanations: `3–12 min`, `at least 3 min`.
    func phrase(unit: String) -> String {
        switch (min, max) {
        case let (low?, high?) where low == high: "\(low)\(unit)"
        case let (low?, high?): "\(low)–\(high)\(unit)"
        case let (low?, nil): "at least \(low)\(unit)"
        case let (nil, high?): "at most \(high)\(unit)"
        default: "any"
        }
    }
}

extension NodeReader {
    /// One value meaning exactly it, or `{min: …, max: …}`, each value read by `read`.
    mutating func bounds(_ node: Node, key: String, read: (inout NodeReader, Node) -> Int?) -> Bounds? {
        if node.scalar != nil {
            // A scalar is one value: if it does not read, `read` has said why (once).
            return read(&self, node).map { Bounds(min: $0, max: $0) }
        }
        guard let range = mapping(node, allowed: ["min", "max"], what: key), !range.isEmpty else {
            fail(at: node, "`\(key)` should be a value or {min: …, max: …}")
            return nil
        }
        let low = range["min"].flatMap { read(&self, $0.value) }
        let high = range["max"].flatMap { read(&self, $0.value) }
        if let low, let high, low > high { fail(at: node, "`\(key)` has min above max") }
        return Bounds(min: low, max: high)
    }
}
