import Foundation
import Testing

/// A label keeps the category of the rule it overrides only when it confirms that rule's level.
@Suite("Label categories")
struct LabelCategoryTests {
    static let calendar = AltitudeProcess.fixture("series_reaching_back_before_single_events.ics")

    static func label(_ level: String, in store: TestStore) throws -> String {
        let outcome = try store.run(["label", "Payments standup", "--level", level, Self.calendar, "--profile", ReportCommandTests.profile,
                                     "--quiet"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return try String(contentsOfFile: store.directory.appendingPathComponent("config/altitude/clients/me/rules/labels.yaml").path,
                          encoding: .utf8)
    }

    @Test("Moved to another level or out of meeting time, a standup is no longer “team-execution”: its category is “labelled”")
    func anotherLevel() throws {
        for level in ["ic", "exclude"] {
            let labels = try Self.label(level, in: TestStore())
            #expect(labels.contains("category: labelled") && !labels.contains("team-execution"), "\(labels)")
        }
    }

    @Test("A label that confirms the rule's level keeps its category")
    func sameLevel() throws {
        #expect(try Self.label("manager", in: TestStore()).contains("category: team-execution"))
    }
}
