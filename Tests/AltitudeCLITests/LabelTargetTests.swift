import Foundation
import Testing

/// Labels stay where they are put: a series by its UID, one-offs by title — and by who is
/// there when the title is generic — end to end, with real rules files.
@Suite("Labels that stay where they are put")
struct LabelTargetTests {
    static let labels = AltitudeProcess.repositoryRoot.appendingPathComponent("Tests/AltitudeCLITests/Reports/labels")
    /// A director without an org chart; her directs are Ana, Ben and Cara.
    static let profile = labels.appendingPathComponent("director_without_org_chart.yaml").path

    /// "Sync" every Monday with her three directs (eight, two of them after today), and four
    /// one-off "Sync"s with two engineers (one after today); a "Budget review" with the directs.
    static let vagueTitle = AltitudeProcess.fixture("vague_title_with_two_groups.ics")
    /// "Platform sync" weekly, its last two occurrences renamed "Platform office hours"; another
    /// team's one-off "Platform sync".
    static let renamed = AltitudeProcess.fixture("series_renamed_midway.ics")

    static let window = ["--from", "2026-03-01", "--to", "2026-05-01", "--quiet"]

    struct Workspace {
        let store = TestStore()
        let profile: String

        init() throws {
            profile = try store.write(try String(contentsOfFile: LabelTargetTests.profile, encoding: .utf8), to: "profile.yaml")
        }

        var labels: String { store.directory.appendingPathComponent("config/altitude/clients/me/rules/labels.yaml").path }

        func run(_ arguments: [String]) throws -> AltitudeProcess.Outcome {
            try AltitudeProcess.run(arguments + ["--profile", profile] + LabelTargetTests.window,
                                    environment: store.environment.merging(["ALTITUDE_NOW": "2026-04-08T12:00:00Z"]) { $1 })
        }

        /// `rules test` with the leader's layers: every label's example reaches its label.
        func rulesTest() throws -> AltitudeProcess.Outcome {
            try AltitudeProcess.run(["rules", "test", "--profile", profile], environment: store.environment)
        }

        /// `label --format json`, row by row.
        func offered(_ calendar: String) throws -> [[String: Any]] {
            let list = try run(["label", calendar, "--format", "json"])
            #expect(list.status == 0, "\(list.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        }

        /// `events --format json`: each instance's uid, title, start, level and rule.
        func events(_ calendar: String) throws -> [[String: Any]] {
            let events = try run(["events", calendar, "--format", "json"])
            #expect(events.status == 0, "\(events.stderr)")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(events.stdout.utf8)) as? [String: Any])
            return try #require(document["instances"] as? [[String: Any]])
        }
    }

    @Test("A vague title held with different people is offered as separate choices, each with its id and the series it covers")
    func choices() throws {
        let workspace = try Workspace()
        let rows = try workspace.offered(Self.vagueTitle)
        let sync = rows.filter { $0["title"] as? String == "Sync" }
        #expect(Set(sync.compactMap { $0["name"] as? String }) == ["Sync — with your direct reports", "Sync — with other colleagues"])
        let directs = try #require(sync.first { $0["id"] as? String == "sync-directs@acme.example" })
        #expect(directs["series"] as? [String] == ["sync-directs@acme.example"])
        let engineers = try #require(sync.first { $0["id"] as? String == "sync | with others" })
        #expect(Set(engineers["series"] as? [String] ?? []) == Set((1...4).map { "sync-ics-\($0)@acme.example" }))
        #expect(engineers["hours"] as? Double == 3 && engineers["bookedHours"] as? Double == 1)
    }

    @Test("label TITLE on a title held with different people refuses (64), lists the choices with their ids, and writes nothing")
    func refusal() throws {
        let workspace = try Workspace()
        let refused = try workspace.run(["label", "sync", "--level", "ic", Self.vagueTitle])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("“sync” is 2 different things here"), "\(refused.stderr)")
        #expect(refused.stderr.contains("Sync — with your direct reports — now director (at)")
                && refused.stderr.contains("[--series sync-directs@acme.example]"), "\(refused.stderr)")
        #expect(refused.stderr.contains("Sync — with other colleagues — now manager (below, by who was there only)")
                && refused.stderr.contains("[--series 'sync | with others']"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.labels))
        // A title that is one thing is labelled as before.
        let budget = try workspace.run(["label", "Budget review", "--level", "vp", Self.vagueTitle])
        #expect(budget.status == 0, "\(budget.stderr)")
    }

    @Test("Labelling one choice moves only its meetings, and says beforehand how many, held and booked, from what to what")
    func oneChoice() throws {
        let workspace = try Workspace()
        let before = try workspace.events(Self.vagueTitle)
        let labelled = try workspace.run(["label", "--series", "sync | with others", "--level", "ic", Self.vagueTitle])
        #expect(labelled.status == 0, "\(labelled.stderr)")
        let lines = labelled.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "“Sync — with other colleagues”: moves 4 meetings, 4.0 h (3 held, 1 booked ahead): manager → ic.",
                "\(labelled.stdout)")
        #expect(lines.dropFirst().first?.hasPrefix("Wrote 1 label to \(workspace.labels)") == true, "the move is said before the write")

        // What moved is exactly what the line said: the four one-offs with the engineers, and nothing else.
        let after = try workspace.events(Self.vagueTitle)
        #expect(before.count == after.count)
        let moved = zip(before, after).filter { ($0["level"] as? String) != ($1["level"] as? String) }.map(\.1)
        #expect(moved.map { $0["uid"] as? String } == (1...4).map { "sync-ics-\($0)@acme.example" })
        #expect(moved.allSatisfy { $0["level"] as? String == "ic" && $0["rule"] as? String == "label-sync-with-others" })
        #expect(moved.filter { ($0["start"] as? String ?? "") < "2026-04-08" }.count == 3)
        let directs = after.filter { $0["uid"] as? String == "sync-directs@acme.example" }
        #expect(directs.count == 8 && directs.allSatisfy { $0["level"] as? String == "director" && $0["rule"] as? String == "staff-meeting" })

        // A label that confirms what the rules said moves nothing, and says so.
        let confirmed = try workspace.run(["label", "--series", "sync-directs@acme.example", "--level", "director", Self.vagueTitle])
        #expect(confirmed.stdout.hasPrefix("“Sync — with your direct reports”: moves no meeting: its 8 meetings, 8.0 h, stay director, now by your label."),
                "\(confirmed.stdout)")
        let rules = try workspace.rulesTest()
        #expect(rules.status == 0, "\(rules.stdout)\(rules.stderr)")
        // An id nothing has is a usage error that says where the ids are.
        let unknown = try workspace.run(["label", "--series", "sync | with everyone", "--level", "ic", Self.vagueTitle])
        #expect(unknown.status == 64 && unknown.stderr.contains("`altitude label --format json` lists each with its id"), "\(unknown.stderr)")
    }

    @Test("A series renamed mid-way is one thing to label, and stays labelled by its UID when it is renamed again; the old name's other meeting does not move")
    func renamedSeries() throws {
        let workspace = try Workspace()
        let rows = try workspace.offered(Self.renamed)
        let series = try #require(rows.first { $0["id"] as? String == "platform@acme.example" })
        #expect(series["title"] as? String == "Platform office hours" && series["hours"] as? Double == 6, "its latest title, all its hours")
        let labelled = try workspace.run(["label", "--series", "platform@acme.example", "--level", "ic", Self.renamed])
        #expect(labelled.stdout.hasPrefix("“Platform office hours”: moves 6 meetings, 6.0 h (all held): manager (4), director (2) → ic."),
                "\(labelled.stdout)")
        func decided(_ calendar: String) throws -> [String: [String?]] {
            Dictionary(grouping: try workspace.events(calendar)) { $0["uid"] as? String ?? "" }.mapValues { $0.map { $0["rule"] as? String } }
        }
        let both = try decided(Self.renamed)
        #expect(both["platform@acme.example"] == Array(repeating: "label-platform-office-hours", count: 6))
        #expect(both["other-platform@acme.example"] != ["label-platform-office-hours"])

        // The next export: everything renamed again. The label is on the series, not on a name.
        let text = try String(contentsOfFile: Self.renamed, encoding: .utf8)
            .replacingOccurrences(of: "Platform sync", with: "Platform weekly").replacingOccurrences(of: "Platform office hours", with: "Platform weekly")
        let later = try workspace.store.write(text, to: "later.ics")
        let renamedAgain = try decided(later)
        #expect(renamedAgain["platform@acme.example"] == Array(repeating: "label-platform-office-hours", count: 6))
        #expect(renamedAgain["other-platform@acme.example"]?.contains("label-platform-office-hours") == false)
    }

    @Test("A labels.yaml written before labels had targets still loads and applies; a new label is written beside it")
    func titleOnlyLabels() throws {
        let workspace = try Workspace()
        try FileManager.default.createDirectory(atPath: (workspace.labels as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.labels.appendingPathComponent("labels_title_only_before_targets.yaml").path,
                                         toPath: workspace.labels)
        let budget = { (rows: [[String: Any]]) in rows.first { $0["uid"] as? String == "budget@acme.example" } }
        let old = try #require(budget(try workspace.events(Self.vagueTitle)))
        #expect(old["level"] as? String == "manager" && old["rule"] as? String == "label-budget-review" && old["evidence"] as? String == "label")

        let labelled = try workspace.run(["label", "--series", "sync-directs@acme.example", "--level", "ic", Self.vagueTitle])
        #expect(labelled.status == 0, "\(labelled.stderr)")
        let text = try String(contentsOfFile: workspace.labels, encoding: .utf8)
        #expect(text.contains("- sync-directs@acme.example") && text.contains("^\\s*Budget review\\s*$"), "\(text)")
        #expect(budget(try workspace.events(Self.vagueTitle))?["rule"] as? String == "label-budget-review")
        let rules = try workspace.rulesTest()
        #expect(rules.status == 0 && rules.stdout.contains("0 failed"), "\(rules.stdout)\(rules.stderr)")
    }

    @Test("The JSON list has what scripts/evaluate.py --first-run reads, and each offered id labels through --series")
    func jsonForFirstRun() throws {
        let workspace = try Workspace()
        let rows = try workspace.offered(Self.vagueTitle)
        #expect(rows.count == 3)
        for row in rows {
            #expect(row["id"] is String && row["title"] is String && row["hours"] is Double && row["relation"] is String, "\(row)")
            #expect(row["level"] is String || row["level"] is NSNull, "\(row)")
            let series = try #require(row["series"] as? [String])
            #expect(!series.isEmpty)
            let labelled = try workspace.run(["label", "--series", try #require(row["id"] as? String), "--level", "manager", Self.vagueTitle])
            #expect(labelled.status == 0, "\(labelled.stderr)")
        }
        // Everything labelled: nothing is left whose label would narrow a range.
        #expect(try workspace.offered(Self.vagueTitle).isEmpty)
    }

    @Test("The list says how to add an org chart when much of the calendar is decided only by who was there, and not when there is one")
    func orgChartAdvice() throws {
        let workspace = try Workspace()
        let list = try workspace.run(["label", Self.vagueTitle])
        #expect(list.stdout.hasPrefix("31% of the calendar's classified time was decided only by who was there: an org chart tells the rules"),
                "\(list.stdout)")
        #expect(list.stdout.contains("a CSV with the columns email,name,manager_email (most HR systems export one)"))
        _ = try workspace.store.write("""
            email,name,manager_email
            dan@acme.example,Dan,
            rosa@acme.example,Rosa,dan@acme.example
            ana@acme.example,Ana,rosa@acme.example
            ben@acme.example,Ben,rosa@acme.example
            cara@acme.example,Cara,rosa@acme.example
            ivan@acme.example,Ivan,ana@acme.example
            jo@acme.example,Jo,ana@acme.example

            """, to: "org.csv")
        _ = try workspace.store.write(try String(contentsOfFile: Self.profile, encoding: .utf8) + "org_chart: org.csv\n", to: "profile.yaml")
        let charted = try workspace.run(["label", Self.vagueTitle])
        #expect(charted.status == 0 && !charted.stdout.contains("org chart"), "\(charted.stdout)")
    }
}
