import AltitudeModel
import AltitudeWorkspace
import Foundation
import Testing

/// Commitments through the one pipeline: recorded with a session, read back with the
/// client's commitments.yaml by `Workspace.weeks`, and redacted there, before any formatter.
@Suite("The workspace: commitments and hand-offs in the pipeline")
struct BetweenSessionsWorkspaceTests {
    @Test("A session's commitments and commitments.yaml's reach the report's weeks together; redaction happens in the pipeline")
    func pipeline() throws {
        let scratch = try ScratchWorkspace()
        let workspace = scratch.workspace
        _ = try workspace.importSources(ImportRequest(sources: [ScratchWorkspace.calendar]),
                                        for: LeaderSelection(profileFile: ScratchWorkspace.profile))
        let receipt = try workspace.recordSession(client: .me, date: CivilDate(iso: "2026-02-04"), note: nil,
                                                  commitments: [.stop(.title("payments STANDUP")), .holdShare(0.4)])
        #expect(receipt.session.commitments.map(\.id) == ["#1", "#2"])
        #expect(receipt.series.first??.uids.count == 1 && receipt.series.last! == nil)
        let file = workspace.commitmentsFile(.me)
        try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: file).deletingLastPathComponent().path,
                                                withIntermediateDirectories: true)
        try Data("commitments:\n  - limit: firefighting\n    at-most: 2h\n    since: 2026-02-04\n".utf8).write(to: URL(fileURLWithPath: file))

        let calendar = try workspace.loadCalendar(CalendarQuery(), for: LeaderSelection(), requireProfile: true)
        let report = try workspace.weeks(of: calendar, WeeksChoice(weeks: .count(4)))
        let review = try #require(report.commitments)
        #expect(review.items.map(\.commitment.id) == ["#1", "#2", "commitments.yaml:2"])
        #expect(review.items.map { $0.weeks.map(\.outcome.rawValue) } == [
            ["slipped", "slipped", "slipped"], ["kept", "kept", "slipped"], ["kept", "kept", "slipped"],
        ])
        // Nobody on this calendar is a direct at most of a below-altitude series: no candidate, and so no outlook.
        #expect(report.topBelowSeries.allSatisfy(\.candidates.isEmpty) && report.handOffOutlook == nil)

        let redacted = try workspace.weeks(of: calendar, WeeksChoice(weeks: .count(4), redact: true))
        let stop = try #require(redacted.commitments?.items.first?.commitment.series)
        #expect(stop.title.hasPrefix("Team execution #") && stop.seriesIDs.allSatisfy { $0.hasSuffix("@redacted.invalid") })
        let slip = try #require(redacted.commitments?.items.first?.weeks.last?.meetings)
        #expect(!slip.isEmpty && slip.allSatisfy { !$0.title.contains("standup") })
        #expect(redacted.commitments?.items.map { $0.weeks.map(\.outcome) } == review.items.map { $0.weeks.map(\.outcome) },
                "redaction keeps the outcomes")

        // Read from files, the store's sessions do not apply; the file's commitments do (they are the leader's own).
        let fromFile = try workspace.loadCalendar(CalendarQuery(sources: [ScratchWorkspace.calendar]),
                                                  for: LeaderSelection(profileFile: ScratchWorkspace.profile), requireProfile: true)
        #expect(try workspace.weeks(of: fromFile, WeeksChoice(weeks: .count(4))).commitments?.items.map(\.commitment.id)
                == ["commitments.yaml:2"])
    }
}
