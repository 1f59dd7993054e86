import Foundation
import Testing

/// Between sessions, end to end against a real store: commitments made at a session and
/// measured week by week in every output, who could take each series, `altitude whatif`,
/// commitments.yaml, and redaction. The calendar (`Reports/between_sessions/`) is a VP's in
/// UTC, 2026-W02 to W09, with a standup declined in W06, renamed and moved in W07 and gone in
/// W08; a review board Ben took in W06, both skipped in W07, Maya went to in W08, cancelled in
/// W09; interviews of 2 h, 4 h and 1 h; and an offsite filling W08. "Now" is 2026-03-02: last week is W09.
@Suite("Between sessions")
struct BetweenSessionsTests {
    static let directory = AltitudeProcess.repositoryRoot.appendingPathComponent("Tests/AltitudeCLITests/Reports/between_sessions")
    static let calendar = directory.appendingPathComponent("series_renamed_moved_declined_cancelled_gone.ics").path
    static let profile = directory.appendingPathComponent("profile.yaml").path
    /// One of each kind, agreed on Wednesday 2026-01-28 (W05): measured from W06.
    static let commitments = ["stop: Payments standup", "hand-off: Architecture review board to Ben", "limit: hiring=3h",
                              "focus: 2x3h", "hold: 40%"]

    /// A store with the client `maya`, and (unless `session` is false) the session with the five commitments.
    func maya(session: Bool = true) throws -> TestStore {
        let store = TestStore()
        let added = try store.run(["clients", "add", "maya", "--profile", Self.profile, "--source", Self.calendar, "--quiet"])
        guard added.status == 0 else { throw TestStore.ClientNotAdded(name: "maya", stderr: added.stderr) }
        if session {
            let recorded = try store.run(["sessions", "add", "--client", "maya", "--date", "2026-01-28", "--note", "hand the board to Ben"]
                                         + Self.commitments.flatMap { ["--commit", $0] })
            guard recorded.status == 0 else { throw TestStore.ClientNotAdded(name: "maya", stderr: recorded.stderr) }
        }
        return store
    }

    func json(_ store: TestStore, _ arguments: [String]) throws -> [String: Any] {
        let outcome = try store.run(arguments + ["--format", "json", "--quiet"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    }

    /// Each commitment's outcome per week, `W06 kept`, from the report's JSON.
    func outcomes(_ document: [String: Any]) throws -> [[String]] {
        let commitments = try #require(document["commitments"] as? [String: Any])
        return try #require(commitments["items"] as? [[String: Any]]).map { item in
            (item["weeks"] as? [[String: Any]] ?? []).map { week in
                "\((week["week"] as? String ?? "").suffix(3)) \(week["outcome"] as? String ?? "")"
                    + ((week["reason"] as? String).map { " \($0)" } ?? "")
            }
        }
    }

    @Test("sessions add --commit: the receipt says which series each title named; sessions list shows them; a bad one stores nothing")
    func recording() throws {
        let store = try maya(session: false)
        let recorded = try store.run(["sessions", "add", "--client", "maya", "--date", "2026-01-28"] + Self.commitments.flatMap { ["--commit", $0] })
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout == """
            Recorded a session with maya on 2026-01-28.
              #1 stop attending “Payments standup”
                  matches the series standup@acme.example and any meeting titled so: 7 meetings, 2026-01-05 to 2026-02-23
              #2 hand off “Architecture review board” to Ben Ode
                  matches the series arb@acme.example and any meeting titled so: 8 meetings, 2026-01-07 to 2026-02-25
              #3 at most 3.0 h a week of hiring
              #4 2 focus blocks of 3.0 h or more a week
              #5 below-altitude share at most 40%
            Measured from 2026-W06 in report, trends, the digest and the portfolio.

            """)
        #expect(try store.run(["sessions", "list", "--client", "maya"]).stdout.contains("2026-01-28\n  #1 stop attending “Payments standup”\n"))

        // A title that is no meeting, a person nobody is, a limit nothing is, a malformed one: refused, nothing stored.
        for (commitment, words) in [("stop: Payments stand-up", "no meeting in the calendar is titled “Payments stand-up”; did you mean “Payments standup”?"),
                                    ("stop: standup", "titles containing it: “Payments standup”"),
                                    ("hand-off: VP staff to Zed", "no one called “Zed”"),
                                    ("limit: hirng=3h", "did you mean “hiring”?")] {
            let refused = try store.run(["sessions", "add", "--client", "maya", "--date", "2026-02-04", "--commit", commitment])
            #expect(refused.status == 64, "\(commitment)")
            #expect(refused.stderr.contains(words), "\(commitment): \(refused.stderr)")
        }
        let malformed = try store.run(["sessions", "add", "--client", "maya", "--commit", "delegate everything"])
        #expect(malformed.status == 64 && malformed.stderr.contains("is not a commitment: write stop: TITLE"))
        #expect(try store.query { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM session") } == 1)
        #expect(try store.query { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM commitment") } == 5)
        // The series is kept by UID, as it was resolved then.
        #expect(try store.query { db in try String.fetchOne(db, sql: "SELECT seriesIds FROM commitment WHERE kind = 'stop'") } == "standup@acme.example")
    }

    @Test("Each kind kept, slipped and not measurable, week by week: a declined, a renamed and moved, a cancelled and a gone meeting")
    func weekByWeek() throws {
        let store = try maya()
        let document = try json(store, ["report", "--client", "maya"])
        #expect(try outcomes(document) == [
            // Stop: declined in W06, attended renamed and moved in W07 (matched by UID), gone in W08, attended in W09.
            ["W06 kept", "W07 slipped", "W08 kept", "W09 slipped"],
            // Hand off to Ben: he went and she did not; neither went; she went; cancelled, so nobody can be seen.
            ["W06 kept", "W07 slipped", "W08 slipped", "W09 not-measurable not-on-calendar"],
            // Hiring: 2 h, 4 h, none, 1 h against 3 h.
            ["W06 kept", "W07 slipped", "W08 kept", "W09 kept"],
            // Two 3-hour blocks: the offsite leaves none in W08; the leader's own Focus blocks do not break them.
            ["W06 kept", "W07 kept", "W08 slipped", "W09 kept"],
            // At most 40% below altitude.
            ["W06 slipped", "W07 slipped", "W08 kept", "W09 slipped"],
        ])
        let items = try #require((document["commitments"] as? [String: Any])?["items"] as? [[String: Any]])
        let renamed = try #require((items[0]["weeks"] as? [[String: Any]])?[1]["meetings"] as? [[String: Any]])
        #expect(renamed.map { $0["title"] as? String } == ["Payments sync"] && renamed.first?["day"] as? String == "2026-02-10")
        let absent = try #require((items[1]["weeks"] as? [[String: Any]])?[1]["meetings"] as? [[String: Any]])
        #expect(absent.first?["personAttended"] as? Bool == false && absent.first?["leaderAttended"] as? Bool == false)
        #expect(((items[2]["weeks"] as? [[String: Any]])?[1]["figure"] as? Double) == 4)
        // The share held agrees with the week's own figure, in whole percent.
        let weeks = try #require(document["weeks"] as? [[String: Any]])
        for week in try #require(items[4]["weeks"] as? [[String: Any]]) {
            let share = try #require(weeks.first { $0["week"] as? String == week["week"] as? String }?["belowShare"] as? Double)
            #expect((week["outcome"] as? String == "kept") == ((share * 100).rounded() <= 40), "\(week)")
        }
        let summary = try #require(document["commitments"] as? [String: Any])
        #expect(summary["kept"] as? Int == 2 && summary["slipped"] as? Int == 2 && summary["notMeasurable"] as? Int == 1)
    }

    @Test("Weeks outside the calendar, and weeks not over, are not measurable; a commitment ended at a later session is not shown after")
    func notMeasurableAndEnded() throws {
        let store = try maya()
        // A month later: W10 and W11 are after the calendar's last week (W09).
        let later = store.environment.merging(["ALTITUDE_NOW": "2026-03-30T12:00:00Z"]) { $1 }
        let outcome = try AltitudeProcess.run(["report", "--client", "maya", "--week", "2026-W11", "--format", "json", "--quiet"], environment: later)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        for weeks in try outcomes(document) {
            #expect(weeks.suffix(2) == ["W10 not-measurable outside-data", "W11 not-measurable outside-data"], "\(weeks)")
        }
        // This week is not over.
        let current = try json(store, ["report", "--client", "maya", "--week", "this"])
        #expect(try outcomes(current).allSatisfy { $0.last == "W10 not-measurable not-over" })

        let ended = try store.run(["sessions", "add", "--client", "maya", "--date", "2026-02-18", "--end", "1", "--end", "#5"])
        #expect(ended.stdout.contains("Ended #1 stop attending “Payments standup” (agreed 2026-01-28).") && ended.status == 0)
        #expect(try store.run(["sessions", "list", "--client", "maya"]).stdout.contains("#1 stop attending “Payments standup” (ended 2026-02-18)"))
        let after = try json(store, ["report", "--client", "maya"])
        let ids = try #require((after["commitments"] as? [String: Any])?["items"] as? [[String: Any]]).map { $0["id"] as? String }
        #expect(ids == ["#2", "#3", "#4"])
        // A report on a week before the end still shows it, up to that week.
        #expect(try outcomes(try json(store, ["report", "--client", "maya", "--week", "2026-W07"])).first == ["W06 kept", "W07 slipped"])
        let again = try store.run(["sessions", "add", "--client", "maya", "--end", "1"])
        #expect(again.status == 64 && again.stderr.contains("#1 is no commitment of maya's in force"))
    }

    @Test("Report, trends (text and CSV), HTML, the digest and the portfolio show the commitments and who could take each series")
    func everyOutput() throws {
        let store = try maya()
        let report = try store.run(["report", "--client", "maya", "--quiet"]).stdout
        #expect(report.contains("Commitments since 2026-01-28: 2 of 5 kept in 2026-W09, 1 not measurable"))
        #expect(report.contains("✗ #1 stop attending “Payments standup”: slipped (you attended Mon 02-23)"))
        #expect(report.contains("· #2 hand off “Architecture review board” to Ben Ode: not measurable (no meeting of it on the calendar"))
        #expect(report.contains("      ✓✗✓✗  kept 2 of 4 weeks"))
        #expect(report.contains("Architecture review board         0.3 h/wk  → Ben Ode (attends 6 of 7)"))
        #expect(report.contains("Payments standup                  0.3 h/wk  → Ana Lima (attends 7 of 7)"))
        #expect(report.contains("Handing off these two would bring the 4-week mean from 48% to 37% in 2026-W09, still above your 25% target."))
        // No candidate is invented: none of Maya's directs is at the interviews.
        let document = try json(store, ["report", "--client", "maya"])
        let interviews = try #require((document["topBelowSeries"] as? [[String: Any]])?.first { $0["title"] as? String == "Interview: Software Engineer II" })
        #expect((interviews["candidates"] as? [Any])?.isEmpty == true)

        let trends = try store.run(["trends", "--client", "maya", "--quiet"]).stdout
        #expect(trends.contains("Commitments since 2026-01-28: 2 of 5 kept in 2026-W09"))
        let csv = try store.run(["trends", "--client", "maya", "--weeks", "4", "--format", "csv", "--quiet"]).stdout.split(separator: "\r\n")
        #expect(csv[0].hasSuffix(",commitments_kept,commitments_slipped,commitments_not_measurable"))
        #expect(csv[1].hasSuffix(",4,1,0") && csv[2].hasSuffix(",1,4,0") && csv[3].hasSuffix(",3,2,0") && csv[4].hasSuffix(",2,2,1"), "\(csv)")

        let page = try store.run(["report", "--client", "maya", "--format", "html", "--quiet"]).stdout
        #expect(page.contains("<h2>Commitments since 2026-01-28: 2 of 5 kept in 2026-W09, 1 not measurable</h2>"))
        #expect(page.contains("<div class=\"who\">→ Ben Ode (attends 6 of 7)</div>"))
        #expect(page.contains("<h2>If you handed them off</h2>") && page.contains("<table class=\"whatif\">"))
        #expect(page.contains("You agreed to stop attending “Payments standup”; in 2026-W09 it slipped (you attended Mon 02-23)."))

        let digest = try store.run(["digest", "--client", "maya", "--dry-run"])
        #expect(digest.status == 0, "\(digest.stderr)")
        let message = try ParsedMessage.parse(try store.write(digest.stdout, to: "digest.eml"))
        let text = try #require(message.part("text/plain"))
        #expect(text.contains("Commitments since 2026-01-28: 2 of 5 kept in 2026-W09, 1 not measurable"))
        #expect(text.contains("✗ #1 stop attending “Payments standup”: slipped (you attended Mon 02-23)"))
        #expect(text.contains("Payments standup (manager) → Ana Lima (attends 7 of 7)"))
        #expect(message.part("text/html")?.contains("→ Ben Ode (attends 6 of 7)") == true)
        #expect(message.longestLine <= 78 && message.defects.isEmpty)
    }

    @Test("The portfolio's commitments-kept column, and equal gaps ordered by it: the client who kept less comes first")
    func portfolio() throws {
        let store = TestStore()
        // Two clients alike in every figure: without commitments the name decides.
        let twins = [CoachClient(word: "Quokka", standupMinutes: 60, staffHours: 1), CoachClient(word: "Quokkb", standupMinutes: 60, staffHours: 1)]
        try store.add(twins)
        func order() throws -> [String] {
            let json = try JSONSerialization.jsonObject(with: Data(try store.run(["portfolio", "--format", "json"]).stdout.utf8)) as? [String: Any]
            return (json?["clients"] as? [[String: Any]] ?? []).compactMap { $0["client"] as? String }
        }
        #expect(try order() == ["quokka", "quokkb"])
        // Quokka keeps its commitment (83% below, at most 90%), Quokkb does not (at most 10%): Quokkb first.
        #expect(try store.run(["sessions", "add", "--client", "quokka", "--date", "2026-02-18", "--commit", "hold: 90%"]).status == 0)
        #expect(try store.run(["sessions", "add", "--client", "quokkb", "--date", "2026-02-18", "--commit", "hold: 10%",
                               "--commit", "hand-off: Quokkb standup to Pat"]).status == 0)
        #expect(try order() == ["quokkb", "quokka"])
        let text = try store.run(["portfolio"]).stdout
        #expect(text.contains("commitments kept"), "\(text)")
        #expect(text.split(separator: "\n").first { $0.hasPrefix("quokkb") }?.contains("0 of 2") == true, "\(text)")
        #expect(text.split(separator: "\n").first { $0.hasPrefix("quokka") }?.contains("1 of 1") == true, "\(text)")
        #expect(text.contains("then the faster-rising slope"))
        let json = try JSONSerialization.jsonObject(with: Data(try store.run(["portfolio", "--format", "json"]).stdout.utf8)) as? [String: Any]
        let first = try #require((json?["clients"] as? [[String: Any]])?.first?["commitments"] as? [String: Any])
        #expect(first["inForce"] as? Int == 2 && first["kept"] as? Int == 0 && first["keptShare"] as? Double == 0)
        #expect(try store.run(["portfolio", "--format", "csv"]).stdout.contains(",commitments_kept,commitments_in_force,"))
    }

    @Test("commitments.yaml is measured like commitments made at a session; a problem names file:line:column and nothing is reported")
    func commitmentsFile() throws {
        let store = try maya(session: false)
        let directory = store.directory.appendingPathComponent("config/altitude/clients/maya")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("commitments.yaml")
        try Data("""
            commitments:
              - stop: uid:standup@acme.example
                since: 2026-01-28
              - limit: title:interview
                at-most: 3h
                since: 2026-01-28
                ended: 2026-02-18

            """.utf8).write(to: file)
        let document = try json(store, ["report", "--client", "maya", "--week", "2026-W07"])
        #expect(try outcomes(document) == [["W06 kept", "W07 slipped"], ["W06 kept", "W07 slipped"]])
        let items = try #require((document["commitments"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["commitments.yaml:2", "commitments.yaml:4"])
        #expect((items[0]["series"] as? [String: Any])?["title"] as? String == "Payments standup")

        try Data("""
            commitments:
              - stop: Payments standup
                since: 2026-01-28
                endd: 2026-03-01
              - hand-off: VP staff
                to: Zed
                since: 2026-01-28
              - hold: 140%
                since: 2026-01-28

            """.utf8).write(to: file)
        let broken = try store.run(["report", "--client", "maya", "--quiet"])
        #expect(broken.status == 78)
        #expect(broken.stdout.isEmpty)
        #expect(broken.stderr.contains("\(file.path):4:5: error: unknown key “endd” in a commitment\n    hint: did you mean “ended”?"), "\(broken.stderr)")
        #expect(broken.stderr.contains("\(file.path):8:11: error: hold should be a share such as 25% or 0.25, not “140%”"), "\(broken.stderr)")
        try Data("""
            commitments:
              - hand-off: VP staff
                to: Zed
                since: 2026-01-28

            """.utf8).write(to: file)
        let unknown = try store.run(["report", "--client", "maya", "--quiet"])
        #expect(unknown.status == 78)
        #expect(unknown.stderr.contains("\(file.path):2:5: error: no one called “Zed” is on the calendar's meetings or in the org chart"))
    }

    @Test("altitude whatif: the weeks as they were and would have been, a renamed instance taken away with its series; bad input is a usage error")
    func whatIf() throws {
        let store = try maya(session: false)
        let document = try json(store, ["whatif", "--client", "maya", "--week", "2026-W08", "--hand-off", "Architecture review board",
                                        "--stop", "Payments standup", "--limit", "interviews=1h"])
        #expect(document["week"] as? String == "2026-W08")
        #expect(document["changes"] as? [String] == ["hand off “Architecture review board”", "stop attending “Payments standup”",
                                                     "at most 1.0 h a week of meetings titled like “interview”"])
        let weeks = try #require(document["weeks"] as? [[String: Any]])
        #expect(weeks.map { $0["week"] as? String } == ["2026-W05", "2026-W06", "2026-W07", "2026-W08", "2026-W09"])
        #expect(weeks.map { $0["booked"] as? Bool } == [false, false, false, false, true])
        // W07: the standup renamed "Payments sync" and moved (1 h, matched by its UID) and both 2-hour interviews (each
        // alone over the hour) go; the board was declined already. The interviews were the week's below-altitude time.
        let w07 = weeks[2]
        func hours(_ side: String, _ figure: String) throws -> Double { try #require((w07[side] as? [String: Any])?[figure] as? Double) }
        #expect(try hours("before", "meetingHours") - hours("after", "meetingHours") == 5, "\(w07)")
        #expect(try hours("before", "belowHours") == 4 && hours("after", "belowHours") == 0, "\(w07)")
        // W05 the standup and the board; W06 one interview; W07 three; W08 the board; W09 the standup (the 1-hour interview stays).
        #expect(document["meetingsRemoved"] as? Int == 8)
        #expect((document["verdict"] as? String)?.hasPrefix("These changes would bring the 4-week mean from ") == true)

        let text = try store.run(["whatif", "--client", "maya", "--week", "2026-W08", "--stop", "Payments standup", "--quiet"])
        #expect(text.stdout.contains("2026-W09    50% →  33%") && text.stdout.contains("booked"), "\(text.stdout)")
        let csv = try store.run(["whatif", "--client", "maya", "--week", "2026-W08", "--stop", "Payments standup", "--format", "csv", "--quiet"])
        #expect(csv.stdout.hasPrefix("week,booked,outside_data,below_share_before,below_share_after,"))
        #expect(try store.run(["whatif", "--client", "maya"]).status == 64)
        let unknown = try store.run(["whatif", "--client", "maya", "--stop", "Payments stand-up"])
        #expect(unknown.status == 64 && unknown.stderr.contains("--stop: no meeting in the calendar is titled “Payments stand-up”"))
        #expect(try store.run(["whatif", "--client", "maya", "--limit", "hiring"]).status == 64)
    }

    @Test("--redact: commitments, candidates and what-ifs name no title or person of the calendar; a candidate is “direct #…”")
    func redaction() throws {
        let store = try maya()
        let secrets = ["Payments standup", "Payments sync", "Architecture review board", "Ben Ode", "ben@acme.example", "Ana Lima",
                       "ana@acme.example", "Interview", "Maya Chen", "standup@acme.example", "arb@acme.example", "Lee Park"]
        var outputs: [(String, String)] = []
        for format in ["text", "json", "csv", "html"] {
            for command in ["report", "trends"] {
                outputs.append(("\(command) \(format)", try store.run([command, "--client", "maya", "--format", format, "--redact", "--quiet"]).stdout))
            }
        }
        for format in ["text", "json", "csv"] {
            outputs.append(("portfolio \(format)", try store.run(["portfolio", "--format", format, "--redact"]).stdout))
            outputs.append(("whatif \(format)", try store.run(["whatif", "--client", "maya", "--hand-off", "Architecture review board",
                                                              "--limit", "interviews=1h", "--format", format, "--redact", "--quiet"]).stdout))
        }
        let digest = try store.run(["digest", "--client", "maya", "--dry-run", "--redact", "--attach-report"])
        let message = try ParsedMessage.parse(try store.write(digest.stdout, to: "digest.eml"))
        for part in message.parts { outputs.append(("digest \(part.type)", part.text)) }
        for (name, output) in outputs {
            #expect(!output.isEmpty, "\(name) wrote nothing")
            for secret in secrets { #expect(!output.contains(secret), "\(name) shows \(secret)") }
        }
        let report = try store.run(["report", "--client", "maya", "--redact", "--quiet"]).stdout
        #expect(report.range(of: #"hand off “[A-Z][a-z ]+ #\d{3}” to direct #\d{3}: not measurable"#, options: .regularExpression) != nil, "\(report)")
        #expect(report.range(of: #"→ direct #\d{3} \(attends 7 of 7\)"#, options: .regularExpression) != nil, "\(report)")
        #expect(report.range(of: #"stop attending “Team execution #\d{3}”: slipped"#, options: .regularExpression) != nil, "\(report)")
    }
}
