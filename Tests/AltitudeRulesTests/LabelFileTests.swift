import AltitudeModel
import Foundation
import Testing
@testable import AltitudeRules

@Suite("Label file")
struct LabelFileTests {
    static let profile = LeaderProfile(name: "L", email: "leader@example.com", level: "director", timeZone: .utc,
                                       organization: ["example.com"], directs: ["direct1@example.com"])

    /// A meeting as `altitude label` writes it down, with these people besides the leader.
    static func example(_ title: String, series: String = "u", people: [String] = []) -> ExampleMeeting.Written {
        ExampleMeeting.Written(
            MeetingInstance(uid: series, recurrenceID: nil, start: Date(timeIntervalSince1970: 0), end: Date(timeIntervalSince1970: 1800),
                            allDay: nil, title: title, location: "", description: "", organizer: Participant(email: "leader@example.com"),
                            attendees: (["leader@example.com"] + people).map { Attendee(email: $0, status: .accepted) }, myResponse: .organizer,
                            status: .confirmed, transparency: .opaque, categories: [], isRecurring: false, calendarName: nil),
            profile: profile)
    }

    static let day = CivilDate(year: 2026, month: 12, day: 1)!

    /// The file as the rules read it, in the leader's layer after the shipped rules.
    static func rules(_ file: LabelFile) throws -> RuleSet {
        try RuleSet.load([RuleLayer.shipped, RuleLayer(name: "client me", files: [.init(path: "labels.yaml", text: try file.text())])])
    }

    @Test("A target is labelled once (a title any case); titles that differ only in punctuation get ids of their own")
    func ids() throws {
        var file = LabelFile()
        let first = file.set(.oneOffs(title: "Budget: Q1", company: nil), title: "Budget: Q1", outcome: .level("vp"), category: nil,
                             example: Self.example("Budget: Q1"), on: Self.day, orgChart: false)
        let second = file.set(.oneOffs(title: "Budget Q1", company: nil), title: "Budget Q1", outcome: .level("manager"), category: "budget",
                              example: Self.example("Budget Q1"), on: Self.day, orgChart: false)
        let again = file.set(.oneOffs(title: "budget: q1", company: nil), title: "budget: q1", outcome: .exclude, category: nil,
                             example: Self.example("budget: q1"), on: Self.day, orgChart: false)
        #expect(!first.replaced && !second.replaced && again.replaced, "only the same target again replaces a label")
        #expect(again.id == "label-budget-q1")
        #expect(file.entries.map(\.id) == ["label-budget-q1", "label-budget-q1-2"])
        #expect(file.entries.map(\.category) == ["labelled", "budget"])
        #expect(file.entries[0].exclude == true && file.entries[0].level == nil)
        // What is written reads back the same, and as rules the whole title matches, whatever its case.
        let reread = try LabelFile.parse(try file.text(), file: "labels.yaml")
        #expect(reread.entries == file.entries)
        let rules = try Self.rules(file)
        let label = try #require(rules.rule("label-budget-q1-2"))
        #expect(label.isLabel && ExampleRunner.run(label, in: rules).failures.isEmpty)
    }

    @Test("Each target writes the condition that names its meetings and no others, narrowest first; each example reaches its label")
    func targets() throws {
        var file = LabelFile()
        file.set(.oneOffs(title: "Sync", company: nil), title: "Sync", outcome: .level("ic"), category: nil,
                 example: Self.example("Sync"), on: Self.day, orgChart: true)
        file.set(.oneOffs(title: "Sync", company: [.directs, .others]), title: "Sync", outcome: .level("manager"), category: nil,
                 example: Self.example("Sync", people: ["direct1@example.com", "colleague@example.com"]), on: Self.day, orgChart: true)
        file.set(.series(["sync-1@example.com", "sync-2@example.com"]), title: "Sync", outcome: .level("director"), category: nil,
                 example: Self.example("Sync", series: "sync-2@example.com", people: ["direct1@example.com"]), on: Self.day, orgChart: true)
        file.set(.oneOffs(title: "Sync", company: []), title: "Sync", outcome: .exclude, category: nil,
                 example: Self.example("Sync"), on: Self.day, orgChart: true)
        #expect(file.entries.map(\.id) == ["label-sync-2", "label-sync-with-directs-others", "label-sync-with-nobody", "label-sync"])
        let series = file.entries[0]
        #expect(series.when == .init(series: ["sync-1@example.com", "sync-2@example.com"]))
        #expect(series.examples.match.first?.series == "sync-2@example.com", "a series' example names its series")
        let mixed = file.entries[1]
        #expect(mixed.when.title == [#"^\s*Sync\s*$"#] && mixed.when.recurring == false)
        // Exactly your directs and other colleagues: both there, nobody else — and, with an org chart, nobody
        // it places deeper or elsewhere (whom `others` also names).
        #expect(mixed.when.onlyWith == ["directs", "others"] && mixed.when.all == [.init(with: "directs"), .init(with: "others")])
        #expect(mixed.when.without == ["deeper", "elsewhere"])
        #expect(mixed.examples.match.first?.series == nil, "a one-off's example is its own")
        #expect(file.entries[2].when.onlySelf == true && file.entries[3].when.onlyWith == nil)
        let text = try file.text()
        #expect(text.contains("only-with:") && text.contains("- with: directs") && text.contains("only-self: true"), "\(text)")

        let rules = try Self.rules(file)
        for entry in file.entries {
            let rule = try #require(rules.rule(entry.id))
            let report = ExampleRunner.run(rule, in: rules)
            #expect(report.failures.isEmpty, "\(report.failures.map(\.description))")
        }
        // Labelled again, the series keeps its id and its place: it is replaced, not added.
        let again = file.set(.series(["sync-2@example.com", "sync-1@example.com"]), title: "Sync", outcome: .level("ic"), category: nil,
                             example: Self.example("Sync", series: "sync-1@example.com"), on: Self.day, orgChart: true)
        #expect(again == ("label-sync-2", true) && file.entries.count == 4 && file.entries[0].level == "ic")
    }

    @Test("A labels.yaml written before labels had targets (a whole title alone) still reads, applies, and is kept beside new labels")
    func titleOnlyFile() throws {
        let old = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../AltitudeCLITests/Reports/labels/labels_title_only_before_targets.yaml"), encoding: .utf8)
        var file = try LabelFile.parse(old, file: "labels.yaml")
        #expect(file.entries.map(\.id) == ["label-budget-review"] && file.entries[0].when.series == nil)
        file.set(.series(["budget@example.com"]), title: "Budget review", outcome: .level("vp"), category: nil,
                 example: Self.example("Budget review", series: "budget@example.com"), on: Self.day, orgChart: false)
        // The series label comes first: its meetings are the series', the old label keeps the rest of that title.
        #expect(file.entries.map(\.id) == ["label-budget-review-2", "label-budget-review"])
        let rules = try Self.rules(file)
        var classifier = Classifier(rules: rules, profile: Self.profile)
        func decided(series: String) -> String? {
            var meeting = ExampleMeeting()
            meeting.title = "Budget review"
            meeting.with = [.directs]
            meeting.series = series
            return classifier.classify(ExampleWorld.instance(meeting)).rule
        }
        #expect(decided(series: "budget@example.com") == "label-budget-review-2")
        #expect(decided(series: "another@example.com") == "label-budget-review", "the title-only label still applies")
        #expect(ExampleRunner.run(rules).failures.filter(\.rule.isLabel).isEmpty)
    }
}
