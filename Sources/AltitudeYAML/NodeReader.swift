import AltitudeModel
import Foundation
import Yams

/// Reads a YAML document into values, collecting every problem with its line and
/// column instead of stopping at the first, so `rules check` can list them all.
/// Rules, profiles and config.yaml's sections (the mail settings among them) are
/// read with it, so every file reports its problems the same way.
public struct NodeReader {
    public let file: String
    public private(set) var errors: [ConfigError] = []

    public init(file: String) {
        self.file = file
    }

    /// The document's root, or nil (with the problem recorded) when it is not YAML.
    public mutating func parse(_ text: String) -> Node? {
        do {
            // Every scalar is read as text and interpreted here (see `bool`, `integer`):
            // the basic resolver skips Yams's regular-expression tag guessing, which
            // cost more than the rest of loading the rules.
            return try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            record(error)
        } catch {
            fail(at: nil, "cannot be read as YAML: \(error)")
        }
        return nil
    }

    private mutating func record(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) — " } ?? ""
            errors.append(ConfigError(file: file, line: mark.line, column: mark.column, message: "not valid YAML: \(detail)\(problem)",
                                      hint: "check the indentation and the quoting around this place"))
        case .reader(let problem, _, _, _):
            fail(at: nil, "not valid YAML text: \(problem)")
        default:
            fail(at: nil, "not valid YAML: \(error)")
        }
    }

    /// A problem found in another file the document names (a profile's org chart).
    public mutating func record(_ error: ConfigError) { errors.append(error) }

    public mutating func fail(at node: Node?, _ message: String, hint: String? = nil) {
        errors.append(ConfigError(file: file, line: node?.mark?.line, column: node?.mark?.column, message: message, hint: hint))
    }

    /// A mapping's entries by key, in order. Unknown keys and repeated keys are
    /// reported (with the nearest known key as a hint); they are left out.
    public mutating func mapping(_ node: Node, allowed: [String], what: String) -> [String: (key: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            fail(at: node, "\(what) should be a mapping of keys to values")
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                fail(at: key, "\(what) has a key that is not a plain name")
                continue
            }
            guard allowed.contains(name) else {
                let hint = Spelling.suggestion(for: name, among: allowed).map { "did you mean “\($0)”?" }
                    ?? "known keys: \(allowed.joined(separator: ", "))"
                fail(at: key, "unknown key “\(name)” in \(what)", hint: hint)
                continue
            }
            if entries[name] != nil {
                fail(at: key, "“\(name)” appears twice in \(what)")
                continue
            }
            entries[name] = (key, value)
        }
        return entries
    }

    public mutating func string(_ node: Node, what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            fail(at: node, "\(what) should be a single value, not a list or mapping")
            return nil
        }
        return scalar.string
    }

    /// One value or a list of values.
    public mutating func strings(_ node: Node, what: String) -> [String]? {
        switch node {
        case .scalar(let scalar):
            return [scalar.string]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard let value = string(item, what: "each entry of \(what)") else { return nil }
                values.append(value)
            }
            return values
        default:
            fail(at: node, "\(what) should be a value or a list of values")
            return nil
        }
    }

    public mutating func bool(_ node: Node, what: String) -> Bool? {
        guard let text = string(node, what: what) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            fail(at: node, "\(what) should be true or false, not “\(text)”")
            return nil
        }
    }

    public mutating func integer(_ node: Node, what: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(node, what: what) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            fail(at: node, "\(what) should be a whole number from \(range.lowerBound) to \(range.upperBound), not “\(text)”")
            return nil
        }
        return value
    }

    /// `YYYY-MM-DD`.
    public mutating func date(_ node: Node, what: String) -> CivilDate? {
        guard let text = string(node, what: what) else { return nil }
        guard let date = CivilDate(iso: text) else {
            fail(at: node, "\(what) should be a date written YYYY-MM-DD, not “\(text)”")
            return nil
        }
        return date
    }

    /// `HH:MM`, as minutes after midnight (24:00 allowed as an end).
    public mutating func clock(_ node: Node, what: String) -> Int? {
        guard let text = string(node, what: what) else { return nil }
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]), parts[1].count == 2,
              (0...24).contains(hours), (0...59).contains(minutes), hours * 60 + minutes <= 24 * 60
        else {
            fail(at: node, "\(what) should be a time written HH:MM (for example \"08:30\"), not “\(text)”",
                 hint: "quote times in YAML: start: \"08:30\"")
            return nil
        }
        return hours * 60 + minutes
    }

    /// A duration such as `30m`, `1h`, `1h30m`, `90m`, in seconds.
    public mutating func duration(_ node: Node, what: String) -> Int? {
        guard let text = string(node, what: what) else { return nil }
        guard let seconds = TimeLength.seconds(in: text) else {
            fail(at: node, "\(what) should be a length such as 30m, 1h or 1h30m, not “\(text)”")
            return nil
        }
        return seconds
    }

    /// A value from a fixed set, reported with a suggestion when it is not one of them.
    public mutating func choice<T>(_ node: Node, what: String, from options: [(name: String, value: T)]) -> T? {
        guard let text = string(node, what: what) else { return nil }
        return choice(named: text, at: node, what: what, from: options)
    }

    /// Each value of a value-or-list node, from a fixed set.
    public mutating func choices<T>(_ node: Node, what: String, from options: [(name: String, value: T)]) -> [T]? {
        guard let names = strings(node, what: what) else { return nil }
        let values = names.compactMap { choice(named: $0, at: node, what: what, from: options) }
        return values.count == names.count ? values : nil
    }

    public mutating func choice<T>(named text: String, at node: Node, what: String, from options: [(name: String, value: T)]) -> T? {
        if let match = options.first(where: { $0.name == text.lowercased() }) { return match.value }
        let names = options.map(\.name)
        let hint = Spelling.suggestion(for: text, among: names).map { "did you mean “\($0)”?" } ?? "one of: \(names.joined(separator: ", "))"
        fail(at: node, "“\(text)” is not a valid \(what)", hint: hint)
        return nil
    }
}
