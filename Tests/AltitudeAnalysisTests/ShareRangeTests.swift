import AltitudeModel
import AltitudeRules
import Testing
import TestSupport
@testable import AltitudeAnalysis

@Suite("The range around a week's share")
struct ShareRangeTests {
    let calibration = Calibration(topic: .init(belowIsBelow: 0.9...1, otherIsBelow: 0...0.1),
                                  structure: .init(belowIsBelow: 0.5...1, otherIsBelow: 0...0.4), unclassifiedIsBelow: 0...1)

    func week(_ items: [(minutes: Int, relation: Relation, evidence: Evidence?)]) -> WeekMetrics {
        let world = World()
        var meetings: [(MeetingInstance, Classification)] = []
        for (index, item) in items.enumerated() {
            let level = item.relation == .below ? "manager" : item.relation == .at ? "vp" : item.relation == .above ? "executive" : nil
            meetings.append((world.meeting("2026-03-0\(index % 5 + 2) \(9 + index / 5):00", minutes: item.minutes, series: "m\(index)"),
                             Classification(relation: item.relation, level: level, rule: level == nil ? nil : "rule", evidence: item.evidence)))
        }
        return world.measure(meetings, from: "2026-W10", through: "2026-W10")[0]
    }

    @Test("Each hour counts as truly below at its evidence's low rate, then its high; unclassified hours either way; the share inside")
    func range() throws {
        // 2 h below by topic, 2 h at by structure, 1 h unclassified: share 50%.
        let metrics = week([(120, .below, .topic), (120, .at, .structure), (60, .unclassified, nil)])
        #expect(metrics.belowShare == 0.5)
        let range = try #require(metrics.belowShareRange(calibration))
        // Low: (2 × 0.9 + 2 × 0 + 1 × 0) / 5 = 36%; high: (2 × 1 + 2 × 0.4 + 1 × 1) / 5 = 76%.
        #expect(abs(range.lowerBound - 0.36) < 1e-9 && abs(range.upperBound - 0.76) < 1e-9)
        // Labels are the leader's own word: a week decided by labels alone is exactly its share.
        let labelled = week([(60, .below, .label), (180, .at, .label)])
        #expect(labelled.belowShareRange(calibration) == 0.25...0.25)
        // The share is always inside, even where every rate puts it off to one side.
        let sure = week([(60, .below, .topic)])
        #expect(sure.belowShareRange(calibration) == 0.9...1)
        #expect(week([(60, .unclassified, nil)]).belowShareRange(calibration) == nil, "no share, no range")
    }

    @Test("The shipped calibration reads, and every rate is a fraction pair low ≤ high")
    func shipped() throws {
        let shipped = Calibration.shipped
        #expect(shipped != Calibration(topic: .init(belowIsBelow: 0...1, otherIsBelow: 0...1),
                                       structure: .init(belowIsBelow: 0...1, otherIsBelow: 0...1), unclassifiedIsBelow: 0...1),
                "Rules/calibration.yaml did not load")
        #expect(shipped.rates(.label) == .exact)
        #expect(throws: ConfigErrors.self) {
            _ = try Calibration.parse("topic: {below-is-below: [0.9, 0.2], other-is-below: [0, 0.1]}\n"
                                      + "structure: {below-is-below: [0.5, 1], other-is-below: [0, 0.4]}\nunclassified-is-below: [0, 1]\n",
                                      file: "calibration.yaml")
        }
    }
}
