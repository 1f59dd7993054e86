import Testing
@testable import AltitudeRules

/// The shipped insight rules' examples are their documentation and their tests: one test per rule.
@Suite("Insight rules")
struct InsightRuleTests {
    static let ids = Shipped.rules.insights.map(\.id)

    @Test("Each shipped insight's examples hold", arguments: ids)
    func examples(id: String) throws {
        let rule = try #require(Shipped.rules.insight(id))
        #expect(!rule.fireExamples.isEmpty, "every shipped insight shows a week it fires on")
        #expect(!rule.quietExamples.isEmpty, "every shipped insight shows a week it stays quiet on")
        #expect(!rule.description.isEmpty && !rule.advice.isEmpty)
        let report = InsightExampleRunner.run(rule)
        #expect(report.failures.isEmpty, "\(report.failures.map(\.description).joined(separator: "\n"))")
    }

    @Test("The shipped insights cover the patterns the altitude model names")
    func coverage() {
        for id in ["firefighting", "detail-reviews", "doing-not-deciding", "thin-investment-in-directs", "no-peer-time",
                   "meeting-overload", "below-altitude-rising"] {
            #expect(Shipped.rules.insight(id) != nil, "\(id)")
        }
        // An ordinary week raises no flag: the defaults the examples start from are quiet.
        for rule in Shipped.rules.insights { #expect(rule.fires(on: InsightExample.ordinaryWeek) == nil, "\(rule.id)") }
    }

    @Test("Every figure is documented, in the README's table of figures, and has a value in an ordinary week")
    func metricsDocumented() throws {
        let table = try rulesReadmeTable(headedBy: "| figure | what it is |")
        for metric in InsightMetric.allCases {
            #expect(!metric.documentation.isEmpty, "\(metric)")
            #expect(table.contains { $0.contains("`\(metric.rawValue)`") }, "\(metric.rawValue)")
            let value = InsightExample.ordinaryWeek[metric]
            #expect(value.isFinite && value >= 0 && (metric.unit != .share || value <= 1), "\(metric.rawValue) \(value)")
        }
    }

    @Test("Week figures are built from a value for every metric: none is left to a default")
    func figuresAreComplete() {
        var asked: [InsightMetric] = []
        let figures = WeekFigures(categoryHours: [:]) { metric in
            asked.append(metric)
            return Double(asked.count)
        }
        #expect(asked == InsightMetric.allCases)
        #expect(InsightMetric.allCases.enumerated().allSatisfy { figures[$1] == Double($0 + 1) })
    }

    @Test("A later layer replaces an insight by id, disables one, or adds its own")
    func layers() throws {
        let text = """
            insights:
              - id: firefighting
                description: In our company two hours of incidents a week is already a pattern.
                advice: Two hours in incident rooms — ask why.
                when: {category-hours: {firefighting: {min: 2}}}
              - id: no-peer-time
                disable: true
              - id: customer-drought
                description: A week without customers loses the outside view.
                advice: No customer time this week.
                when: {category-hours: {customers: 0}, meeting-hours: {min: 10}}
                examples:
                  fires: [{meeting-hours: 20}]
                  quiet: [{category-hours: {customers: 2}}]
            """
        let rules = try RuleSet.loading(["mine.yaml": text]).get()
        #expect(rules.insights.count == Shipped.rules.insights.count)
        #expect(rules.insights.firstIndex { $0.id == "firefighting" } == Shipped.rules.insights.firstIndex { $0.id == "firefighting" })
        #expect(rules.insight("firefighting")?.origin.layer == "--rules")
        #expect(rules.insight("no-peer-time") == nil)
        #expect(rules.insights.last?.id == "customer-drought")
        #expect(InsightExampleRunner.run(rules).failures.isEmpty)
        var week = InsightExample.ordinaryWeek
        week.categoryHours["firefighting"] = 2.5
        #expect(rules.insight("firefighting")?.fires(on: week) == ["hours in “firefighting” 2.5 h (≥ 2 h)"])
    }

    @Test("Mistakes are reported with file, line, column and a hint", arguments: [
        ("when: {below-shares: {min: 30%}}", "mine.yaml:5:12: error: unknown key “below-shares” in `when`", "below-share"),
        ("when: {below-share: {min: 130}}", "mine.yaml:5:31: error: below-share min is a share: write 30% or 0.3, not “130”", nil),
        ("when: {focus-hours: {min: 5, under: 3}}", "mine.yaml:5:25: error: `focus-hours` can never hold", nil),
        ("when: {meeting-hours: lots}", "mine.yaml:5:27: error: meeting-hours should be hours such as 3, 1.5 or 1h30m, not “lots”", nil),
    ])
    func errors(when: String, message: String, hint: String?) {
        let text = """
            insights:
              - id: mine
                description: A test.
                advice: Do something.
                \(when)
            """
        let messages = RuleSet.loading(["mine.yaml": text]).messages
        #expect(messages.count == 1 && messages[0].hasPrefix(message), "\(messages)")
        if let hint { #expect(messages.contains { $0.contains("did you mean “\(hint)”") }, "\(messages)") }
    }

    @Test("A user's insight on a category no rule gives is reported, with the nearest category")
    func unknownCategory() {
        let text = """
            insights:
              - id: fires
                description: Fires.
                advice: Fewer fires.
                when: {category-hours: {firefighter: {min: 1}}}
            """
        #expect(RuleSet.loading(["mine.yaml": text]).messages == [
            "mine.yaml:2: error: insight “fires” tests the category “firefighter”, which no classification rule gives\n"
                + "    hint: did you mean “firefighting”?",
        ])
        // Turning off the rule that gives a category leaves the shipped insight on it loadable.
        #expect((try? RuleSet.loading(["off.yaml": "rules:\n  - id: incident-response\n    disable: true\n"]).get()) != nil)
    }

    @Test("A failing example says what did not hold")
    func failingExample() throws {
        let text = """
            insights:
              - id: long-weeks
                description: Long weeks.
                advice: Shorter weeks.
                when: {meeting-hours: {min: 40}}
                examples:
                  fires: [{meeting-hours: 30}]
            """
        let rules = try RuleSet.loading(["mine.yaml": text]).get()
        let failures = InsightExampleRunner.run(rules).failures
        #expect(failures.map(\.description) == ["mine.yaml:7: insight “long-weeks”: should fire on this week, but meeting hours ≥ 40 h (it is 30 h) does not hold"])
    }
}
