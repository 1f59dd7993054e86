import AltitudeModel
import AltitudeStore
import AltitudeWorkspace
import Foundation
import Testing

/// The workflow in-process, against a real store file in a scratch directory, with
/// the clock pinned (Monday 2026-03-02, so "last week" is 2026-W09) and the zone given.
struct ScratchWorkspace {
    let directory: URL
    let workspace: Workspace

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../AltitudeCLITests/Reports").standardizedFileURL
    static let calendar = fixtures.appendingPathComponent("calendar_three_weeks_and_next.ics").path
    static let profile = fixtures.appendingPathComponent("profile.yaml").path

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("altitude-workspace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        workspace = Workspace(now: Date(timeIntervalSince1970: 1_772_445_600), systemTimeZone: .utc,
                              configDirectory: directory.appendingPathComponent("config").path,
                              storePath: directory.appendingPathComponent("data/altitude.sqlite").path)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
}

@Suite("The workspace: one pipeline for a leader's weeks")
struct WorkspaceTests {
    @Test("The weeks read from the store carry the session line and are redacted by the pipeline itself")
    func pipeline() throws {
        let scratch = try ScratchWorkspace()
        let workspace = scratch.workspace
        _ = try workspace.importSources(ImportRequest(sources: [ScratchWorkspace.calendar]),
                                        for: LeaderSelection(profileFile: ScratchWorkspace.profile))
        _ = try workspace.recordSession(client: .me, date: CivilDate(iso: "2026-02-23"), note: "delegate the war rooms")
        let calendar = try workspace.loadCalendar(CalendarQuery(), for: LeaderSelection(), requireProfile: true)
        let report = try workspace.weeks(of: calendar, WeeksChoice(weeks: .count(4)))
        #expect(report.week.metrics.week.description == "2026-W09")
        let session = try #require(report.sinceLastSession)
        #expect(session.date == CivilDate(iso: "2026-02-23"))
        #expect(report.topBelowSeries.contains { $0.title.contains("war room") })

        let redacted = try workspace.weeks(of: calendar, WeeksChoice(weeks: .count(4), redact: true))
        #expect(redacted.sinceLastSession?.date == session.date, "redaction keeps the figures")
        #expect(redacted.leader.name == "the leader")
        #expect(!redacted.topBelowSeries.contains { $0.title.contains("war room") || $0.title.contains("standup") })
        #expect(redacted.topBelowSeries.map(\.hours) == report.topBelowSeries.map(\.hours))

        // Read from files, the calendar has no sessions: the line is the store's, for a client it keeps.
        let fromFile = try workspace.loadCalendar(CalendarQuery(sources: [ScratchWorkspace.calendar]),
                                                  for: LeaderSelection(profileFile: ScratchWorkspace.profile), requireProfile: true)
        #expect(try workspace.weeks(of: fromFile, WeeksChoice(weeks: .count(4))).sinceLastSession == nil)
    }

    @Test("A store that is there but cannot be read is an error, not “no store”: the rules are not read as if it were absent")
    func damagedStoreIsAnError() throws {
        let scratch = try ScratchWorkspace()
        try FileManager.default.createDirectory(atPath: scratch.path("data"), withIntermediateDirectories: true)
        try Data(repeating: 0x42, count: 8192).write(to: URL(fileURLWithPath: scratch.workspace.storePath))
        #expect(throws: StoreError.self) { _ = try scratch.workspace.storeIfPresent() }
        #expect(throws: StoreError.self) { _ = try scratch.workspace.ruleSet(for: LeaderSelection()) }
    }

    @Test("A rules directory that is not a directory is named as an error; a missing one is an empty layer")
    func rulesDirectoryProblems() throws {
        let scratch = try ScratchWorkspace()
        let shipped = try scratch.workspace.checkRules(for: LeaderSelection(), extra: [])
        #expect(shipped.ladder == ["ic", "manager", "director", "vp", "executive"] && shipped.rules > 0)
        try FileManager.default.createDirectory(atPath: scratch.path("config"), withIntermediateDirectories: true)
        try Data("not rules".utf8).write(to: URL(fileURLWithPath: scratch.workspace.userRulesDirectory))
        do {
            _ = try scratch.workspace.checkRules(for: LeaderSelection(), extra: [])
            Issue.record("a rules directory that is a file was read as an empty layer")
        } catch let failure as any AltitudeFailure {
            #expect(failure.exitReason == .configError)
            #expect(failure.diagnostic.contains("\(scratch.workspace.userRulesDirectory): error: is not a directory"))
            #expect(failure.diagnostic.hasSuffix("altitude: 1 error: nothing is classified until they are fixed"))
        }
    }

    @Test("A label's level is checked against the ladder and the leader's place on it, with the words to fix it")
    func labelLevels() throws {
        let scratch = try ScratchWorkspace()
        let calendar = try scratch.workspace.loadCalendar(CalendarQuery(sources: [ScratchWorkspace.calendar]),
                                                          for: LeaderSelection(profileFile: ScratchWorkspace.profile), requireProfile: true)
        let labelling = try calendar.labelling()
        #expect(try labelling.checked(.level("manager")) == .level("manager"))
        #expect(try labelling.checked(.level("self-1")) == .level("self-1"))
        #expect(labelling.relation(of: .level("self-1")) == .below)
        #expect(labelling.relation(of: .level("executive")) == .above)
        #expect(labelling.relation(of: .exclude) == .excluded)
        #expect(labelling.choice(answer: "2") == .level("manager"))
        #expect(labelling.choice(answer: "x") == .exclude)
        #expect(labelling.choice(answer: "9") == nil)
        #expect { try labelling.checked(.level("manger")) } throws: { error in
            (error as? Failure)?.description.contains("did you mean “manager”?") == true
        }
        #expect { try labelling.checked(.level("self+2")) } throws: { error in
            (error as? Failure)?.description.contains("off the ladder for a vp") == true
        }
    }
}
