import Foundation
import Testing

/// Issue 14 on the command line: the org chart as evidence, which evidence decided,
/// and labels that become tested rules.
@Suite("Who is in the room, evidence and labels")
struct GeneralisationTests {
    /// A Head of Finance under the CEO: a controller (direct) with an accountant under
    /// her, and an engineer elsewhere in the company.
    static let profile = """
        name: Fin Lead
        email: fin@acme.example
        level: vp
        timezone: UTC
        organization: [acme.example]
        org_chart: org.csv

        """

    static let orgChart = """
        email,name,manager_email
        ceo@acme.example,Chief Executive,
        fin@acme.example,Fin Lead,ceo@acme.example
        cto@acme.example,"Tech, Chief",ceo@acme.example
        ctl@acme.example,Controller,fin@acme.example
        acct@acme.example,Accountant,ctl@acme.example
        clerk@acme.example,AP Clerk,ctl@acme.example
        eng@acme.example,Engineer,cto@acme.example

        """

    /// Three vague meetings, told apart only by who is there, and a topic one; and one no rule
    /// knows, to label (nine colleagues from elsewhere: too many for a small meeting the leader called).
    static let calendar = CalendarText.calendar([
        CalendarText.event(uid: "deep@acme.example", title: "Sync", start: "20261102T100000Z", minutes: 60, rule: "FREQ=WEEKLY;COUNT=4",
                           attendees: ["fin@acme.example", "acct@acme.example", "clerk@acme.example"], organizer: "fin@acme.example"),
        CalendarText.event(uid: "elsewhere@acme.example", title: "Quick check-in", start: "20261103T100000Z", minutes: 30,
                           attendees: ["fin@acme.example", "eng@acme.example"], organizer: "fin@acme.example"),
        CalendarText.event(uid: "org@acme.example", title: "Org design working session", start: "20261104T100000Z", minutes: 90,
                           attendees: ["fin@acme.example", "ctl@acme.example", "acct@acme.example"], organizer: "fin@acme.example"),
        CalendarText.event(uid: "standup@acme.example", title: "Payments standup", start: "20261102T090000Z", minutes: 15,
                           rule: "FREQ=DAILY;COUNT=10", attendees: ["fin@acme.example", "acct@acme.example", "clerk@acme.example", "eng@acme.example"],
                           organizer: "fin@acme.example"),
        CalendarText.event(uid: "tuning@acme.example", title: "Query tuning session", start: "20261105T100000Z", minutes: 120, rule: "FREQ=WEEKLY;COUNT=3",
                           attendees: ["fin@acme.example", "eng@acme.example"] + (1...7).map { "dba\($0)@acme.example" },
                           organizer: "fin@acme.example"),
    ])

    /// "Today" in the calendar's month, so the default window holds it.
    static let now = ["ALTITUDE_NOW": "2026-11-20T12:00:00Z"]

    func workspace() throws -> (TestStore, calendar: String, profile: String) {
        let store = TestStore()
        _ = try store.write(Self.orgChart, to: "org.csv")
        return (store, try store.write(Self.calendar, to: "fin.ics"), try store.write(Self.profile, to: "profile.yaml"))
    }

    @Test("An org chart places attendees: the accountant and the clerk are deeper, the engineer elsewhere, the controller a direct")
    func orgChartPlaces() throws {
        let (store, calendar, profile) = try workspace()
        let events = try run(store, ["events", calendar, "--profile", profile, "--format", "json"])
        #expect(events.status == 0, "\(events.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(events.stdout.utf8)) as? [String: Any])
        let rows = try #require(document["instances"] as? [[String: Any]])
        func decided(_ uid: String) -> [String?] {
            let row = rows.first { $0["uid"] as? String == uid }
            return ["rule", "relation", "evidence"].map { row?[$0] as? String }
        }
        // A vague title with only people two levels down: below altitude, by who was there.
        #expect(decided("deep@acme.example") == ["two-levels-down", "below", "structure"])
        // The same title with the engineer from elsewhere is not "your own teams".
        #expect(decided("elsewhere@acme.example")[0] != "two-levels-down")
        // The controller is a direct from the chart alone (the profile lists none), and the topic decides.
        #expect(decided("org@acme.example") == ["org-design", "at", "topic"])
        let withoutChart = try store.write(Self.profile.replacingOccurrences(of: "org_chart: org.csv\n", with: ""), to: "plain.yaml")
        let plain = try run(store, ["events", calendar, "--profile", withoutChart, "--format", "csv", "--from", "2026-11-02", "--to", "2026-11-03"])
        #expect(!plain.stdout.contains("two-levels-down"), "without an org chart nobody is deeper: \(plain.stdout)")
        let test = try run(store, ["rules", "test", "--profile", profile])
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
    }

    @Test("A bad org chart is an error naming its file and line; a missing one names the profile's line (78)")
    func badOrgChart() throws {
        let (store, calendar, profile) = try workspace()
        _ = try store.write(Self.orgChart + "not-an-address,Someone,fin@acme.example\nctl@acme.example,Again,fin@acme.example\n", to: "org.csv")
        let bad = try run(store, ["report", calendar, "--profile", profile, "--week", "2026-W45"])
        #expect(bad.status == 78)
        #expect(bad.stderr.contains(store.file("org.csv") + ":9: error: “not-an-address” is not an email address"), "\(bad.stderr)")
        #expect(bad.stderr.contains(store.file("org.csv") + ":10: error: ctl@acme.example is listed twice (first on line 5)"))
        try FileManager.default.removeItem(atPath: store.file("org.csv"))
        let missing = try run(store, ["report", calendar, "--profile", profile, "--week", "2026-W45"])
        #expect(missing.status == 78)
        #expect(missing.stderr.contains(profile + ":6:12: error: no org chart “org.csv”"), "\(missing.stderr)")
    }

    @Test("A client's org chart is stored with the profile: the report reads without the files it was imported from")
    func storedOrgChart() throws {
        let (store, calendar, profile) = try workspace()
        let imported = try run(store, ["import", calendar, "--client", "fin", "--profile", profile, "--quiet"])
        #expect(imported.status == 0, "\(imported.stderr)")
        try FileManager.default.removeItem(atPath: store.file("org.csv"))
        try FileManager.default.removeItem(atPath: profile)
        let events = try run(store, ["events", "--client", "fin", "--format", "csv", "--from", "2026-11-02", "--to", "2026-11-03"])
        #expect(events.status == 0, "\(events.stderr)")
        #expect(events.stdout.contains(",two-levels-down,structure"), "\(events.stdout)")
        let show = try run(store, ["clients", "show", "fin"])
        #expect(show.stdout.contains("org chart of 7 people"), "\(show.stdout)")
    }

    @Test("explain and events say which evidence decided: the topic, or only who was there")
    func evidence() throws {
        let (store, calendar, profile) = try workspace()
        let topic = try run(store, ["explain", "Org design working session", calendar, "--profile", profile, "--format", "json"])
        let decided = try #require(try JSONSerialization.jsonObject(with: Data(topic.stdout.utf8)) as? [[String: Any]])
        #expect(decided.first?["evidence"] as? String == "topic", "\(topic.stdout)")
        #expect(decided.first?["rule"] as? String == "org-design", "topic before form: “working session” does not decide")
        let text = try run(store, ["explain", "Org design working session", calendar, "--profile", profile])
        #expect(text.stdout.contains("Decided by its topic: the title “Org design working session” matches"), "\(text.stdout)")

        let report = try run(store, ["report", calendar, "--profile", profile, "--week", "2026-W45", "--format", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("\"structureOnlyShare\""))
    }

    @Test("label TITLE --level writes a tested rule in the leader's layer, 0600, and the figures are recomputed")
    func labelNonInteractive() throws {
        let (store, calendar, profile) = try workspace()
        let labelled = try run(store, ["label", "query tuning session", "--level", "ic", calendar, "--profile", profile, "--quiet"])
        #expect(labelled.status == 0, "\(labelled.stderr)")
        let path = store.directory.appendingPathComponent("config/altitude/clients/me/rules/labels.yaml").path
        #expect(labelled.stdout.contains("Wrote 1 label to \(path)"))
        // Recomputed with the label: the series' six hours move from unclassified to below altitude.
        #expect(labelled.stdout.contains("below altitude") && labelled.stdout.contains("(+6.0 h); unclassified"), "\(labelled.stdout)")
        #expect(labelled.stdout.contains("(−6.0 h); decided only by who was there"), "\(labelled.stdout)")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("id: label-query-tuning-session"))
        #expect(text.contains("title: Query tuning session"), "the meeting is the label's example")

        let after = try run(store, ["events", calendar, "--profile", profile, "--format", "csv"])
        #expect(after.stdout.contains("ic,below,labelled,label-query-tuning-session,label"), "\(after.stdout)")
        let test = try run(store, ["rules", "test", "--profile", profile])
        #expect(test.status == 0, "\(test.stdout)")
        #expect(test.stdout.contains("0 failed"))

        // A label that takes a shipped rule's example first ("Payments standup" is team-ceremonies' example) is the
        // leader's answer for that title, not a failing example.
        let standup = try run(store, ["label", "Payments standup", "--level", "ic", calendar, "--profile", profile, "--quiet"])
        #expect(standup.status == 0, "\(standup.stderr)")
        let stillPasses = try run(store, ["rules", "test", "--profile", profile])
        #expect(stillPasses.status == 0, "\(stillPasses.stdout)\(stillPasses.stderr)")
        // Moved from manager to ic, it is no longer what team-ceremonies said it was: its category is the label's.
        #expect(!(try String(contentsOfFile: path, encoding: .utf8).contains("category: team-execution")), "a new level, not the old category")

        // One leader's labels never classify another's meetings: a client with the same calendar is untouched.
        _ = try run(store, ["import", calendar, "--client", "acme", "--profile", profile, "--quiet"])
        let client = try run(store, ["events", "--client", "acme", "--format", "csv"])
        #expect(client.status == 0 && !client.stdout.contains("label-"), "\(client.stdout)")

        // Again, with another level: the label is replaced, not added.
        let again = try run(store, ["label", "Query tuning session", "--level", "manager", calendar, "--profile", profile, "--quiet"])
        #expect(again.stdout.contains("1 replacing an earlier label"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "id: label-").count == 3)
    }

    @Test("label refuses a level that is not one (64, with a suggestion) and a title no meeting has (64, with titles like it)")
    func labelRefusals() throws {
        let (store, calendar, profile) = try workspace()
        let level = try run(store, ["label", "Sync", "--level", "mnager", calendar, "--profile", profile, "--quiet"])
        #expect(level.status == 64)
        #expect(level.stderr.contains("did you mean “manager”?"))
        let offTheLadder = try run(store, ["label", "Sync", "--level", "self+3", calendar, "--profile", profile, "--quiet"])
        #expect(offTheLadder.status == 64)
        #expect(offTheLadder.stderr.contains("“self+3” is off the ladder for a vp"), "\(offTheLadder.stderr)")
        let forgotLevel = try run(store, ["label", "Sync", calendar, "--profile", profile, "--quiet"])
        #expect(forgotLevel.status == 64)
        #expect(forgotLevel.stderr.contains("“Sync” is not a calendar file; to label the meetings titled so, add --level LEVEL"))
        let title = try run(store, ["label", "tuning", "--level", "ic", calendar, "--profile", profile, "--quiet"])
        #expect(title.status == 64)
        #expect(title.stderr.contains("titles containing it: “Query tuning session”"), "\(title.stderr)")
        #expect(!FileManager.default.fileExists(atPath: store.directory.appendingPathComponent("config/altitude/clients/me/rules/labels.yaml").path))
    }

    @Test("label without a terminal lists, for a script, what a label would narrow the ranges most with: the unclassified first here, then the rest")
    func labelList() throws {
        let (store, calendar, profile) = try workspace()
        let list = try run(store, ["label", calendar, "--profile", profile, "--format", "json", "--quiet"])
        #expect(list.status == 0, "\(list.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let unclassified = try run(store, ["events", calendar, "--profile", profile, "--unclassified", "--format", "json"])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(unclassified.stdout.utf8)) as? [String: Any])
        let titles = try #require(summary["titles"] as? [[String: Any]])
        // The six unclassified hours are wholly open: nothing classified here narrows a range as much.
        let first = rows.prefix(titles.count)
        #expect(!titles.isEmpty && rows.count > titles.count)
        #expect(first.map { $0["title"] as? String } == titles.map { $0["title"] as? String })
        #expect(first.map { $0["hours"] as? Double } == titles.map { $0["hours"] as? Double })
        #expect(first.allSatisfy { $0["relation"] as? String == "unclassified" && $0["rule"] is NSNull })
        #expect(rows.dropFirst(titles.count).allSatisfy { $0["relation"] as? String != "unclassified" })
        let narrowing = rows.compactMap { $0["narrowing"] as? Double }
        #expect(narrowing.count == rows.count && narrowing.allSatisfy { $0 > 0 } && narrowing == narrowing.sorted(by: >), "\(narrowing)")
    }

    @Test("label on a terminal asks series by series; answers become labels (run under script(1), a real pseudo-terminal)")
    func labelOnTerminal() throws {
        // util-linux's script(1) gives the command a real pseudo-terminal; without it this test cannot run, and says so.
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"))
        let (store, calendar, profile) = try workspace()
        let command = "\(AltitudeProcess.binary.path) label '\(calendar)' --profile '\(profile)' --quiet"
        let outcome = try AltitudeProcess.run(["-qec", command, "/dev/null"], stdin: Data("7\n1\n".utf8),
                                              environment: store.environment.merging(Self.now) { $1 }.merging(["NO_COLOR": "1"]) { $1 },
                                              executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(outcome.stdout.contains("[1/"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("“7”: give 1–5"), "an answer that is no level is asked again")
        #expect(outcome.stdout.contains("Wrote 1 label"), "\(outcome.stdout)")
        let text = try String(contentsOfFile: store.directory.appendingPathComponent("config/altitude/clients/me/rules/labels.yaml").path, encoding: .utf8)
        #expect(text.contains("level: ic"))
    }

    private func run(_ store: TestStore, _ arguments: [String]) throws -> AltitudeProcess.Outcome {
        try AltitudeProcess.run(arguments, environment: store.environment.merging(Self.now) { $1 })
    }
}
