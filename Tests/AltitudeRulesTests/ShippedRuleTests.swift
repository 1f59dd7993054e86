import AltitudeModel
import Testing
@testable import AltitudeRules

/// The shipped rules' examples are their documentation and their tests: one test per rule.
@Suite("Shipped rules")
struct ShippedRuleTests {
    static let ids = Shipped.rules.rules.map(\.id)

    @Test("Each shipped rule's examples hold", arguments: ids)
    func examples(id: String) throws {
        let rule = try #require(Shipped.rules.rule(id))
        #expect(!rule.matchExamples.isEmpty, "every shipped rule shows at least one meeting it matches")
        #expect(!rule.noMatchExamples.isEmpty, "every shipped rule shows at least one meeting it does not match")
        #expect(!rule.description.isEmpty)
        let report = ExampleRunner.run(rule, in: Shipped.rules)
        #expect(report.failures.isEmpty, "\(report.failures.map(\.description).joined(separator: "\n"))")
    }

    @Test("The shipped ladder is ic < manager < director < vp < executive")
    func ladder() {
        #expect(Shipped.rules.ladder.names == ["ic", "manager", "director", "vp", "executive"])
        #expect(Shipped.rules.ladder.levels.allSatisfy { !$0.description.isEmpty && !$0.examples.isEmpty })
    }
}

/// Nine colleagues and no title to go by: too many for a small meeting the leader called,
/// and none of them called it, so no shipped rule knows what it is.
let unclassifiable = meeting("Mystery", with: (1...9).map { "colleague\($0)@lumen.example" })

@Suite("Classification")
struct ClassificationTests {
    @Test("Relative levels follow the leader: a 1:1 with a direct is at altitude for a VP and for a director")
    func relativeLevels() {
        let oneOnOne = meeting("Ana / Maya", with: ["ana@lumen.example"])
        var vp = Classifier(rules: Shipped.rules, profile: profile(level: "vp"))
        var director = Classifier(rules: Shipped.rules, profile: profile(level: "director"))
        // Who holds it says what it is (`evidence: topic` on the rule): not a guess from the crowd.
        #expect(vp.classify(oneOnOne) == Classification(relation: .at, level: "vp", category: "one-on-one", rule: "one-on-one-direct",
                                                         evidence: .topic))
        #expect(director.classify(oneOnOne).level == "director")
        #expect(director.classify(oneOnOne).relation == .at)
    }

    @Test("Absolute levels relate to the leader: a standup is below a VP, a board meeting above")
    func relations() {
        var classifier = Classifier(rules: Shipped.rules, profile: profile())
        #expect(classifier.classify(meeting("Payments standup", with: ["dev1@lumen.example", "dev2@lumen.example"])).relation == .below)
        #expect(classifier.classify(meeting("Q3 board meeting", with: ["cto@lumen.example", "chair@board.example"])).relation == .above)
        #expect(classifier.classify(meeting("Payments standup", with: ["dev1@lumen.example"], response: .declined)).relation == .excluded)
        #expect(classifier.classify(unclassifiable) == .unclassified)
    }

    @Test("The manager's forum is the level above; the owner's aliases count as the owner")
    func forumAndAliases() {
        var classifier = Classifier(rules: Shipped.rules, profile: profile())
        let forum = meeting("Pricing & packaging", with: ["cto@lumen.example", "lena@lumen.example", "m@lumen.example"])
        #expect(classifier.classify(forum).level == "executive")
    }

    @Test("Classifying a batch on several cores gives each instance the answer it gets alone, in order")
    func parallelBatchMatchesSingle() {
        var single = Classifier(rules: Shipped.rules, profile: profile())
        let shapes = [
            meeting("Payments standup", with: ["dev1@lumen.example", "dev2@lumen.example"]),
            meeting("Ana / Maya", with: ["ana@lumen.example"]),
            meeting("Q3 board meeting", with: ["cto@lumen.example", "chair@board.example"]),
            meeting("Mystery", with: ["x@lumen.example", "y@lumen.example", "z@lumen.example"]),
            meeting("Call", with: ["x@other.example"], hour: 19),
        ]
        // Enough instances that the batch is split between workers, in an order no slice repeats.
        let batch = (0..<9_000).map { shapes[($0 * 7 + $0 / 13) % shapes.count] }
        let expected = batch.map { single.classify($0) }
        let results = Classifier(rules: Shipped.rules, profile: profile()).classify(batch, parallelism: 4)
        #expect(results == expected)
        #expect(Set(results.map(\.rule)).count == 5)
    }

    @Test("A direct report who declined is not there: the meeting is not `with: directs`, alone or in a batch")
    func declinedDirectIsNotThere() throws {
        let text = "rules:\n  - id: with-directs\n    description: Directs.\n    when: {with: directs}\n    level: self\n"
        let rules = try RuleSet.loading(["directs.yaml": text]).get()
        var declined = meeting("Ana / Maya", with: ["ana@lumen.example", "dev1@lumen.example"])
        declined.attendees[1].status = .declined
        var accepted = declined
        accepted.attendees[1].status = .accepted
        var classifier = Classifier(rules: rules, profile: profile())
        #expect(classifier.classify(declined).rule != "with-directs")
        #expect(classifier.classify(accepted).rule == "with-directs")
        let step = classifier.explain(declined).steps.first { $0.rule.id == "with-directs" }
        #expect(step?.matched == false && step?.reason == "your direct reports are not there")
        let batch = Classifier(rules: rules, profile: profile()).classify([declined, accepted], parallelism: 1)
        #expect(batch.map { $0.rule == "with-directs" } == [false, true])
    }

    @Test("Outside working hours is read in the leader's zone")
    func workingHours() throws {
        let text = "rules:\n  - id: late\n    description: Late.\n    when: {outside-working-hours: true}\n    level: ic\n"
        let rules = try RuleSet.loading(["late.yaml": text]).get()
        var classifier = Classifier(rules: rules, profile: profile())
        #expect(classifier.classify(meeting("Call", with: ["x@other.example"], hour: 19)).rule == "late")
        #expect(classifier.classify(meeting("Call", with: ["x@other.example"], hour: 10)).rule != "late")
    }
}

@Suite("Explanations")
struct ExplanationTests {
    @Test("Explain tries rules in order until one matches, and says why each did not")
    func stepsAndReasons() throws {
        var classifier = Classifier(rules: Shipped.rules, profile: profile())
        let explanation = classifier.explain(meeting("Payments standup", with: ["dev1@lumen.example", "dev2@lumen.example"]))
        let last = try #require(explanation.steps.last)
        #expect(last.matched && last.rule.id == "team-ceremonies")
        #expect(last.reason.contains("“Payments standup” matches “\\bstand[- ]?ups?\\b”"))
        #expect(explanation.steps.dropLast().allSatisfy { !$0.matched })
        #expect(explanation.steps.first { $0.rule.id == "declined" }?.reason == "you accepted it")
        #expect(explanation.steps.first { $0.rule.id == "solo-time" }?.reason == "others are invited (other colleagues)")
        #expect(explanation.classification.relation == .below)
    }

    @Test("An unclassified meeting is explained through every rule")
    func unclassified() {
        var classifier = Classifier(rules: Shipped.rules, profile: profile())
        let explanation = classifier.explain(unclassifiable)
        #expect(explanation.steps.count == Shipped.rules.rules.count)
        #expect(explanation.classification == .unclassified)
    }
}
