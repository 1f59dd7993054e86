import Testing
@testable import AltitudeRules

/// Every condition kind carries its documentation and examples; these tests hold
/// each kind to them, and `Rules/README.md` to the kinds.
@Suite("Condition kinds")
struct ConditionRegistryTests {
    /// Each kind by its first key.
    static let kinds = ConditionRegistry.kinds.compactMap { $0.keys.first }

    static func kind(_ key: String) throws -> any ConditionKind.Type {
        try #require(ConditionRegistry.kind(for: key))
    }

    @Test("Every registered kind has keys, documentation and examples with meetings on both sides", arguments: kinds)
    func documented(key: String) throws {
        let kind = try Self.kind(key)
        #expect(!kind.keys.isEmpty)
        #expect(!kind.documentation.holdsWhen.isEmpty, "\(kind) says when it holds")
        #expect(!kind.documentation.written.isEmpty, "\(kind) shows how it is written")
        #expect(!kind.examples.isEmpty, "\(kind) has examples of its own")
        for example in kind.examples {
            #expect(!example.match.isEmpty && !example.noMatch.isEmpty, "\(kind) `\(example.when)`: a meeting it matches and one it does not")
        }
    }

    @Test("Each kind's examples hold: the condition matches its match meetings and none of its no-match meetings", arguments: kinds)
    func examples(key: String) throws {
        let kind = try Self.kind(key)
        for example in kind.examples {
            let rule = try Self.rule(when: example.when, match: example.match, noMatch: example.noMatch)
            #expect(rule.kinds.allSatisfy { $0 == ObjectIdentifier(kind) }, "`\(example.when)` is an example of \(kind) alone")
            let report = ExampleRunner.run(rule.rule, in: rule.set)
            #expect(report.examples == example.match.count + example.noMatch.count)
            #expect(report.failures.isEmpty, "\(report.failures.map(\.description).joined(separator: "\n"))")
        }
    }

    @Test("Every way the documentation writes a kind reads as that kind", arguments: kinds)
    func documentationParses(key: String) throws {
        let kind = try Self.kind(key)
        for written in kind.documentation.written {
            let rule = try Self.rule(when: written)
            #expect(rule.kinds == [ObjectIdentifier(kind)], "`\(written)`")
        }
    }

    @Test("Each key, and each example key, belongs to one kind")
    func keysAreUnique() {
        let keys = ["all", "any", "not"] + ConditionRegistry.keys
        #expect(Set(keys).count == keys.count, "\(keys)")
        let exampleKeys = ConditionRegistry.exampleFields.map(\.key)
        #expect(Set(exampleKeys).count == exampleKeys.count, "\(exampleKeys)")
        #expect(ExampleMeeting.keys == exampleKeys)
    }

    @Test("Rules/README.md's conditions table is the kinds' documentation, row for row")
    func readmeConditionsTable() throws {
        let rows = try rulesReadmeTable(headedBy: "| key | holds when | example |")
        let documented = ConditionRegistry.kinds.map { kind in
            "| \(Self.code(kind.keys)) | \(kind.documentation.holdsWhen) | \(Self.code(kind.documentation.written)) |"
        }
        #expect(rows == documented)
        for key in ConditionRegistry.keys { #expect(rows.contains { $0.contains("`\(key)`") }, "\(key)") }
    }

    @Test("Rules/README.md's table of example keys names every key an example can use")
    func readmeExampleKeys() throws {
        let rows = try rulesReadmeTable(headedBy: "| key | meaning |")
        for key in ExampleMeeting.keys { #expect(rows.contains { $0.hasPrefix("| ") && $0.contains("`\(key)`") }, "\(key)") }
    }

    @Test("recurring: rules show lists the frequencies it asks for, and explain says how often a meeting repeats")
    func recurringFrequencyInWords() throws {
        let rule = try Self.rule(when: "recurring: [yearly, monthly]")
        #expect(rule.rule.when.description == "recurring: monthly | yearly")
        #expect(try Self.rule(when: "recurring: false").rule.when.description == "recurring: false")

        var classifier = Classifier(rules: rule.set, profile: ExampleWorld.profile(ladder: rule.set.ladder))
        var meeting = ExampleMeeting()
        meeting.title = "Business review"
        meeting.recurring = true
        #expect(classifier.check(rule.rule, against: ExampleWorld.instance(meeting)) == (false, "it repeats (how often is not known)"))
        meeting.frequency = .monthly
        #expect(classifier.check(rule.rule, against: ExampleWorld.instance(meeting)) == (true, "it repeats monthly"))
        meeting.recurring = false
        meeting.frequency = nil
        #expect(classifier.check(rule.rule, against: ExampleWorld.instance(meeting)) == (false, "it is a one-off"))
    }

    @Test("series: rules show lists the UIDs; explain names the meeting's series; only a rule naming one makes the classifier read it")
    func seriesInWords() throws {
        let rule = try Self.rule(when: "series: [a@example.com, b@example.com]")
        #expect(rule.rule.when.description == "series a@example.com | b@example.com")
        var classifier = Classifier(rules: rule.set, profile: ExampleWorld.profile(ladder: rule.set.ladder))
        #expect(classifier.program.needs.contains(.series))
        var meeting = ExampleMeeting()
        meeting.title = "Sync"
        meeting.series = "b@example.com"
        #expect(classifier.check(rule.rule, against: ExampleWorld.instance(meeting)) == (true, "it is an occurrence of the series b@example.com"))
        meeting.series = "c@example.com"
        #expect(classifier.check(rule.rule, against: ExampleWorld.instance(meeting))
            == (false, "it is of the series c@example.com, not one of the 2 named"))
        // Without a rule that names a series, every meeting's series is left unread: signatures are as before.
        let plain = try Self.rule(when: "recurring: true")
        #expect(!Classifier(rules: plain.set, profile: ExampleWorld.profile(ladder: plain.set.ladder)).program.needs.contains(.series))
    }

    // MARK: - Support

    /// A rule set of one rule with this condition and examples, on a one-level ladder:
    /// nothing else can take its meetings first.
    static func rule(when: String, match: [String] = [], noMatch: [String] = []) throws
        -> (set: RuleSet, rule: Rule, kinds: [ObjectIdentifier]) {
        var text = "ladder:\n  - {level: ic}\nrules:\n  - id: example\n    description: An example.\n    when: {\(when)}\n    level: ic\n"
        text += "    examples:\n      match: [\(match.joined(separator: ", "))]\n      no-match: [\(noMatch.joined(separator: ", "))]\n"
        let file = RuleLayer.File(path: "example.yaml", text: text)
        let set = try RuleSet.load([RuleLayer(name: "example", files: [file])])
        let rule = try #require(set.rule("example"))
        return (set, rule, leafKinds(rule.when))
    }

    static func leafKinds(_ condition: Condition) -> [ObjectIdentifier] {
        switch condition {
        case .all(let parts), .any(let parts): parts.flatMap(leafKinds)
        case .not(let inner): leafKinds(inner)
        case .leaf(let leaf): [ObjectIdentifier(type(of: leaf.condition))]
        }
    }

    static func code(_ texts: [String]) -> String { texts.map { "`\($0)`" }.joined(separator: ", ") }
}
