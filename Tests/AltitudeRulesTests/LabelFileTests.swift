import AltitudeModel
import Foundation
import Testing
@testable import AltitudeRules

@Suite("Label file")
struct LabelFileTests {
    static func example(_ title: String) -> ExampleMeeting.Written {
        ExampleMeeting.Written(
            MeetingInstance(uid: "u", recurrenceID: nil, start: Date(timeIntervalSince1970: 0), end: Date(timeIntervalSince1970: 1800),
                            allDay: nil, title: title, location: "", description: "", organizer: nil, attendees: [], myResponse: .organizer,
                            status: .confirmed, transparency: .opaque, categories: [], isRecurring: false, calendarName: nil),
            profile: LeaderProfile(name: "L", email: "l@x.example", level: "vp", timeZone: .utc))
    }

    @Test("A title is labelled once (any case); titles that differ only in punctuation get ids of their own")
    func ids() throws {
        var file = LabelFile()
        let day = try #require(CivilDate(year: 2026, month: 12, day: 1))
        let first = file.set(title: "Budget: Q1", outcome: .level("vp"), category: nil, example: Self.example("Budget: Q1"), on: day)
        let second = file.set(title: "Budget Q1", outcome: .level("manager"), category: "budget", example: Self.example("Budget Q1"), on: day)
        let again = file.set(title: "budget: q1", outcome: .exclude, category: nil, example: Self.example("budget: q1"), on: day)
        #expect(!first && !second && again, "only the same title again replaces a label")
        #expect(file.entries.map(\.id) == ["label-budget-q1", "label-budget-q1-2"])
        #expect(file.entries.map(\.category) == ["labelled", "budget"])
        #expect(file.entries[0].exclude == true && file.entries[0].level == nil)
        // What is written reads back the same, and as rules the whole title matches, whatever its case.
        let reread = try LabelFile.parse(try file.text(), file: "labels.yaml")
        #expect(reread.entries == file.entries)
        let rules = try RuleSet.load([RuleLayer.shipped, RuleLayer(name: "client me", files: [.init(path: "labels.yaml", text: try file.text())])])
        let label = try #require(rules.rule("label-budget-q1-2"))
        #expect(label.isLabel && ExampleRunner.run(label, in: rules).failures.isEmpty)
    }
}
