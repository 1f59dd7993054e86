import AltitudeModel
import AltitudeRules
import AltitudeWorkspace
import Foundation
import Testing

/// What `altitude label` offers first, in-process: what a label would narrow the calendar's
/// weekly ranges most with, not the most unclassified hours.
@Suite("What label offers first")
struct LabelQueueTests {
    /// A director without an org chart; her directs are Ana, Ben and Cara.
    static let profile = ScratchWorkspace.fixtures.appendingPathComponent("labels/director_without_org_chart.yaml").path

    /// Week 2026-W10 holds ten hours: an unclassified hour, four hours with directs and a colleague
    /// that only who was there decided (at altitude), five of a standup its topic decided (below);
    /// 2026-W11 holds one unclassified hour and nothing else.
    static let calendar = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../AltitudeImporterTests/Fixtures/unclassified_hour_in_a_light_week.ics").standardizedFileURL.path

    func candidates(_ queue: LabelQueue) throws -> [LabelCandidate] {
        let scratch = try ScratchWorkspace()
        let days = DayWindow(from: CivilDate(iso: "2026-03-02"), to: CivilDate(iso: "2026-03-16"))
        let calendar = try scratch.workspace.loadCalendar(CalendarQuery(sources: [Self.calendar], days: days),
                                                          for: LeaderSelection(profileFile: Self.profile), requireProfile: true)
        return try calendar.labelCandidates(queue, limit: 10, now: scratch.workspace.now)
    }

    @Test("Ordered by how much each label would narrow the ranges: hours × the width of their evidence, over their week's hours")
    func byNarrowing() throws {
        let offered = try candidates(.narrowing)
        // The light week's hour narrows its week's range most; the four structure-only hours come next (four hours
        // of a wide rate); the standup's five hours, its topic surest, still come before the other unclassified hour
        // (the shipped calibration holds an unclassified hour between half and wholly below: half open).
        #expect(offered.map(\.title) == ["Vendor onboarding", "Catch up", "Payments standup", "Query tuning session"])
        #expect(offered.map(\.classification.relation) == [.unclassified, .at, .below, .unclassified])
        #expect(offered[1].classification.evidence == .structure && offered[2].classification.evidence == .topic)
        // Each as its hours make it, in points of the mean range of the calendar's two weeks.
        let weekHours: [String: Double] = ["Vendor onboarding": 1, "Catch up": 10, "Query tuning session": 10, "Payments standup": 10]
        for candidate in offered {
            let hours = candidate.hours + candidate.bookedHours
            let expected = 100 * hours * Calibration.shipped.uncertainty(of: candidate.classification) / (weekHours[candidate.title] ?? .nan) / 2
            #expect(abs(candidate.narrowing - expected) < 1e-9, "\(candidate.title): \(candidate.narrowing) against \(expected)")
        }
        #expect(offered.map(\.narrowing) == offered.map(\.narrowing).sorted(by: >))
        #expect(Calibration.shipped.uncertainty(of: Classification(relation: .below, level: "ic", rule: "x", evidence: .label)) == 0)
    }

    @Test("--review keeps its list by level, the most hours at each level, structure-only first")
    func review() throws {
        let offered = try candidates(.review)
        #expect(offered.map(\.title) == ["Catch up", "Payments standup"])
    }
}
