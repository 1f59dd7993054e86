import AltitudeModel
import AltitudeYAML
import Foundation
import Yams

/// `title: ['\bQBR\b', 'quarterly business review']`: a text of the meeting matches
/// at least one of the patterns. One kind for the five text fields: they differ
/// only in the text they read.
struct TextCondition: ConditionKind {
    static let keys = TextField.allCases.map(\.rawValue)

    static let exampleFields = TextField.allCases.map { field in
        ExampleField(key: field.rawValue) { node, meeting, reader in
            switch field {
            case .title: meeting.title = reader.string(node, what: field.rawValue) ?? ""
            case .description: meeting.description = reader.string(node, what: field.rawValue) ?? ""
            case .location: meeting.location = reader.string(node, what: field.rawValue) ?? ""
            case .calendar: meeting.calendar = reader.string(node, what: field.rawValue)
            case .categories: meeting.categories = reader.strings(node, what: field.rawValue) ?? []
            }
        }
    }

    static let documentation = ConditionDocumentation(
        holdsWhen: "the text matches any of the patterns", written: [#"title: ['\bQBR\b', 'quarterly business review']"#])

    static let examples = [
        ConditionExample(when: #"title: ['\bQBR\b', 'quarterly business review']"#,
                         match: ["{title: Acme QBR}", "{title: Quarterly Business Review — Acme}"],
                         noMatch: ["{title: QBRs planning}"]),
        ConditionExample(when: #"description: ['zoom\.us/j/']"#,
                         match: ["{title: Sync, description: 'Join: https://zoom.us/j/123'}"], noMatch: ["{title: Sync}"]),
        ConditionExample(when: #"location: ['\bwar room\b']"#,
                         match: ["{title: Checkout errors, location: War Room 3}"],
                         noMatch: ["{title: Checkout errors, location: Boardroom}"]),
        ConditionExample(when: "calendar: ['^personal$']",
                         match: ["{title: Dentist, calendar: Personal}"], noMatch: ["{title: Dentist, calendar: Personal work}"]),
        // Each category is matched on its own: `^travel$` matches the second of two.
        ConditionExample(when: "categories: ['^travel$']",
                         match: ["{title: Flight to Lisbon, categories: [Blue, Travel]}"],
                         noMatch: ["{title: Flight to Lisbon, categories: [Travel plans]}"]),
    ]

    let field: TextField
    let patterns: [TextPattern]
    /// Where each pattern sits in the program's table for the field (`Program.patterns`):
    /// a text's matches are one row of that table. Set by `compiled(in:)`.
    private(set) var slots: [Int] = []

    static func parse(_ key: String, _ node: Node, reader: inout NodeReader) -> TextCondition? {
        guard let field = TextField(rawValue: key), let sources = reader.strings(node, what: key) else { return nil }
        return TextCondition(field: field, patterns: sources.map(TextPattern.init))
    }

    /// Compiles every pattern (what matching would do on first use), reporting the first that does not compile.
    func checkCompiles(at node: Node, reader: inout NodeReader) -> Bool {
        guard let broken = patterns.first(where: { !$0.compiles() }) else { return true }
        reader.fail(at: node, "“\(broken.source)” is not a pattern that compiles",
                    hint: "patterns are regular expressions: escape ( ) [ ] + * ? with \\ (in single quotes)")
        return false
    }

    /// Each pattern is added to the field's table once, however many rules use it.
    func compiled(in program: inout Program) -> TextCondition {
        var compiled = self
        compiled.slots = patterns.map { pattern in
            if let index = program.patternSlots[field]?[pattern.source] { return index }
            program.patterns[field, default: []].append(pattern)
            let index = program.patterns[field, default: []].count - 1
            program.patternSlots[field, default: [:]][pattern.source] = index
            return index
        }
        return compiled
    }

    func holds(_ features: Classifier.Features, texts: [Classifier.TextTable]) -> Bool {
        let id = Int(features[field])
        guard id >= 0 else { return false }
        let row = texts[field.slot].matches[id]
        return slots.contains { row[$0] }
    }

    var description: String { "\(field.rawValue) ~ " + patterns.map { "'\($0.source)'" }.joined(separator: " | ") }

    func explanation(holds: Bool, in context: ExplanationContext) -> String {
        let value = field.shown(in: context.instance)
        let shown = value.isEmpty ? "empty" : "“\(value.prefix(80))”"
        if holds {
            let row = context.texts[field.slot].matches[Int(context.features[field])]
            let matched = zip(patterns, slots).filter { row[$0.1] }.map { "“\($0.0.source)”" }
            return "the \(field.noun) \(shown) matches \(matched.joined(separator: " and "))"
        }
        let list = context.detailed ? ": " + patterns.map { "“\($0.source)”" }.joined(separator: ", ") : ""
        let count = patterns.count == 1 ? "does not match its pattern" : "matches none of its \(patterns.count) patterns"
        return "the \(field.noun) \(shown) \(count)\(list)"
    }
}

/// The texts of a meeting that patterns are matched against.
public enum TextField: String, Sendable, CaseIterable, Hashable {
    case title, description, location, calendar, categories

    /// How explanations name the field.
    var noun: String {
        switch self {
        case .title: "title"
        case .description: "description"
        case .location: "location"
        case .calendar: "calendar name"
        case .categories: "categories"
        }
    }

    /// The field's text as an explanation quotes it, on one line.
    func shown(in instance: MeetingInstance) -> String {
        switch self {
        case .title: instance.title
        case .description: instance.description.replacingOccurrences(of: "\n", with: " ")
        case .location: instance.location
        case .calendar: instance.calendarName ?? ""
        case .categories: instance.categories.joined(separator: ", ")
        }
    }
}
