import Foundation
import Testing
@testable import AltitudeRules

@Suite("Pattern shortcut")
struct RequiredTextTests {
    @Test("The required text is the literal every match must contain, or one of a few", arguments: [
        ("\\bstand[- ]?ups?\\b", ["stand"]),
        ("\\b(code|pr|design) reviews?\\b", [" review"]),
        ("(?-i)\\b[A-Z]{3} ?(→|->) ?[A-Z]{3}\\b", nil),
        ("\\bOOO\\b", ["ooo"]),
        ("standup|stand-up", ["standup", "stand-up"]),
        ("\\b(stand-?up|daily sync)\\b", ["daily sync", "stand"]),
        ("\\b(1:1|one[- ]on[- ]one|1on1)\\b", ["1:1", "one", "1on1"]),
        ("\\b(manager|EM|team lead|lead)\\b", ["manager", "em", "team lead", "lead"]),
        ("\\bsev ?[0-2]\\b", ["sev"]),
        ("colou?r scheme", ["r scheme"]),
        ("\\bfundrais", ["fundrais"]),
        ("\\bQBR\\b", ["qbr"]),
        ("a+bcd", ["bcd"]),
        ("\\bM ?& ?A\\b", nil),
        ("\\b(op|cap)ex\\b", ["op", "cap"]),
        ("\\bp[01]\\b", nil),
        ("\\bFY ?\\d{2,4}\\b.*\\b(plan|budget)\\b", ["plan", "budget"]),
        ("(?-i)\\bC[A-Z]{1,2}O\\b", nil),
        ("\\d{3}-report", ["-report"]),
        ("(?<!advisory )\\bboard\\b(?!\\s*(games?|room)\\b)", ["board"]),
        ("\\bexec(utive)? (team|staff)\\b", ["exec"]),
        ("\\b(offsite|retreat)?\\s*agenda", ["agenda"]),
        ("(?x) board \\s meeting", nil),
        ("(?:quarterly|annual) (plan|review)", ["quarterly", "annual"]),
        ("\\bcafé\\b", ["caf"]),
        ("\\b(ok|no) go\\b", [" go"]),
        ("unbalanced)", nil),
    ] as [(String, [String]?)])
    func extraction(pattern: String, required: [String]?) {
        #expect(RequiredText.alternatives(in: pattern).map(Set.init) == required.map(Set.init))
    }

    /// The shortcut may only say "no" when the regular expression says "no".
    @Test("The shortcut never turns away a text the pattern matches")
    func neverRejectsAMatch() throws {
        var titles = Set<String>()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for path in ["SampleData/vp-google.ics", "SampleData/vp-outlook.ics", "Tests/Evaluation/calendar.ics", "Tests/Holdout/fulfillment-director/calendar.ics", "Tests/Holdout/head-of-finance/calendar.ics", "Tests/Holdout/vp-marketing/calendar.ics"] {
            guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else { continue }
            for line in text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n") where line.hasPrefix("SUMMARY") {
                titles.insert(String(line.drop { $0 != ":" }.dropFirst()))
            }
        }
        for rule in Shipped.rules.rules { titles.formUnion(rule.matchExamples.map(\.title) + rule.noMatchExamples.map(\.title)) }
        #expect(titles.count > 500)
        var disagreements: [String] = []
        for pattern in Self.shippedPatterns {
            for title in titles {
                let truth = pattern.expression?.firstMatch(in: title, range: NSRange(title.startIndex..., in: title)) != nil
                if pattern.matches(title) != truth { disagreements.append("\(pattern.source) on “\(title)”") }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// Behind the README's figure (today all but 7 of 220 patterns have a shortcut):
    /// the regular expression runs only for texts that contain a pattern's literal.
    @Test("At least 95% of the shipped patterns have a literal shortcut")
    func shippedPatternsHaveShortcuts() {
        let patterns = Self.shippedPatterns
        let without = patterns.filter { $0.requiredText == nil }.map(\.source)
        #expect(without.count * 20 <= patterns.count, "\(without.count) of \(patterns.count) without: \(without)")
    }

    /// Shipped patterns are compiled on first use, not when the rules load (a user's
    /// are checked then): this test is what refuses a shipped one that does not compile.
    @Test("Every pattern of the shipped rules and of every pack compiles")
    func shippedPatternsCompile() throws {
        let everything = try RuleSet.load([RuleLayer.shipped] + RuleLayer.packs.sorted().compactMap(RuleLayer.pack))
        let patterns = Self.patterns(in: everything)
        #expect(patterns.count > 800)
        let broken = patterns.filter { !$0.compiles() }.map(\.source)
        #expect(broken.isEmpty, "\(broken)")
    }

    static var shippedPatterns: [TextPattern] { patterns(in: Shipped.rules) }

    static func patterns(in rules: RuleSet) -> [TextPattern] {
        var patterns: [TextPattern] = []
        func collect(_ condition: Condition) {
            switch condition {
            case .all(let parts), .any(let parts): parts.forEach(collect)
            case .not(let inner): collect(inner)
            case .leaf(let leaf): patterns += (leaf.condition as? TextCondition)?.patterns ?? []
            }
        }
        rules.rules.forEach { collect($0.when) }
        return patterns
    }
}
