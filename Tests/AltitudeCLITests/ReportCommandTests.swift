import Foundation
import Testing

/// `altitude report` and `trends` on a fixed calendar, with the clock (Monday
/// 2026-03-02, so "last week" is 2026-W09) and the zone pinned. The golden files
/// are the expected output of each format; `ALTITUDE_UPDATE_GOLDEN=1 swift test
/// --filter ReportCommandTests` rewrites them after a deliberate change (review the diff).
@Suite("Report and trends")
struct ReportCommandTests {
    static let directory = AltitudeProcess.repositoryRoot.appendingPathComponent("Tests/AltitudeCLITests/Reports")
    static let calendar = directory.appendingPathComponent("calendar_three_weeks_and_next.ics").path
    static let profile = directory.appendingPathComponent("profile.yaml").path

    static func run(_ command: String, _ extra: [String], environment: [String: String] = [:]) throws -> AltitudeProcess.Outcome {
        try AltitudeProcess.run([command, calendar, "--profile", profile, "--weeks", "4", "--quiet"] + extra, environment: environment)
    }

    @Test("Each format matches its golden file", arguments: [
        ("report", "text", "report.txt"), ("trends", "text", "trends.txt"), ("report", "json", "report.json"),
        ("trends", "csv", "trends.csv"), ("report", "html", "report.html"),
    ])
    func golden(command: String, format: String, file: String) throws {
        try Self.checkGolden(try Self.run(command, ["--format", format]), file: file)
    }

    /// A commitments.yaml for the leader (`Reports/config/altitude/clients/me/`), one commitment of each kind agreed in 2026-W06.
    static let withCommitments = ["XDG_CONFIG_HOME": directory.appendingPathComponent("config").path]

    @Test("With commitments, each format matches its golden file", arguments: [
        ("report", "text", "commitments-report.txt"), ("trends", "text", "commitments-trends.txt"),
        ("report", "json", "commitments-report.json"), ("trends", "csv", "commitments-trends.csv"),
        ("report", "html", "commitments-report.html"),
    ])
    func goldenWithCommitments(command: String, format: String, file: String) throws {
        try Self.checkGolden(try Self.run(command, ["--format", format], environment: Self.withCommitments), file: file)
    }

    static func checkGolden(_ outcome: AltitudeProcess.Outcome, file: String) throws {
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let golden = directory.appendingPathComponent("golden/\(file)")
        if ProcessInfo.processInfo.environment["ALTITUDE_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(outcome.stdout.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(outcome.stdout == expected, "differs from \(golden.path); diff it, and update the golden file if the change is meant")
    }

    @Test("JSON carries the documented schema, and each week's parts add up to its meeting hours")
    func jsonSchema() throws {
        let outcome = try Self.run("report", ["--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(document["schema"] as? Int == 1)
        #expect(document["week"] as? String == "2026-W09")
        let weeks = try #require(document["weeks"] as? [[String: Any]])
        #expect(weeks.map { $0["week"] as? String } == ["2026-W06", "2026-W07", "2026-W08", "2026-W09"])
        #expect(weeks[0]["belowShare"] is NSNull, "a week without classified time has a null share, not a missing key")
        for week in weeks where week["outsideData"] as? Bool != true {
            let hours = try #require(week["hours"] as? [String: Double])
            let total = try #require(week["meetingHours"] as? Double)
            #expect(abs(["below", "at", "above", "unclassified"].reduce(0) { $0 + hours[$1]! } - total) < 0.02)
        }
        // 2026-W09 below: five standups (1.25 h), two war rooms (3.5 h), a code review (1 h) and "Blue sky", which Robin called
        // with three colleagues (0.75 h); at: the staff meeting and the 1:1 (1.5 h).
        #expect(weeks[3]["belowShare"] as? Double == 0.8125)
        let flags = try #require(document["flags"] as? [[String: Any]])
        #expect(flags.contains { $0["rule"] as? String == "firefighting" })
        let look = try #require(document["forwardLook"] as? [String: Any])
        #expect(look["week"] as? String == "2026-W10")
    }

    @Test("The trend's from and to are the first and last of the weeks' 4-week means; the verdict says how many weeks carry data")
    func trendFromObservedMeans() throws {
        let outcome = try Self.run("trends", ["--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let weeks = try #require(document["weeks"] as? [[String: Any]])
        let trend = try #require(document["trend"] as? [String: Any])
        let rolling = weeks.compactMap { $0["rollingBelowShare"] as? Double }
        #expect(trend["fromShare"] as? Double == rolling.first)
        #expect(trend["toShare"] as? Double == rolling.last)
        // 2026-W06 is before the calendar: three of the four weeks carry data.
        #expect(trend["weeksWithData"] as? Int == 3)
        #expect((trend["verdict"] as? String)?.contains("over 4 weeks (3 with classified meetings)") == true)
    }

    @Test("A week outside the calendar says so: the text names where its data starts or ends, JSON marks it and has no figures, CSV leaves them empty")
    func outsideData() throws {
        let early = try Self.run("report", ["--week", "2025-W10"])
        #expect(early.status == 0, "\(early.stderr)")
        #expect(early.stdout.contains("2025-W10 is before this calendar's data, which starts on 2026-02-12 (2026-W07); nothing to report"),
                "\(early.stdout)")
        #expect(!early.stdout.contains("Focus time"))
        let late = try Self.run("report", ["--week", "2026-W20"])
        #expect(late.stdout.contains("2026-W20 is after this calendar's data, which ends on 2026-03-04 (2026-W10): import a newer export; "
                                     + "nothing to report"), "\(late.stdout)")
        let html = try Self.run("report", ["--week", "2025-W10", "--format", "html"]).stdout
        #expect(html.contains("2025-W10 is before this calendar&#39;s data, which starts on 2026-02-12 (2026-W07); nothing to report."))
        #expect(!html.contains("class=\"cards\"") && html.hasSuffix("</html>\n"))
        // The series run on to 2026-03-13, but the data (its single events) ends on 2026-03-04.
        let lastWeek = try Self.run("report", ["--week", "2026-W10"]).stdout
        #expect(lastWeek.contains("Next week: no data — 2026-W11 is after this calendar's data, which ends on 2026-03-04 (2026-W10)"),
                "\(lastWeek)")

        // The window 2026-W06–W09 starts a week before the calendar's first meeting (2026-02-09, W07).
        let json = try Self.run("report", ["--format", "json"]).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let weeks = try #require(document["weeks"] as? [[String: Any]])
        #expect(weeks.map { $0["outsideData"] as? Bool } == [true, false, false, false])
        #expect(weeks[0]["focusHours"] is NSNull && weeks[0]["meetingHours"] is NSNull && weeks[0]["hours"] is NSNull)
        #expect(weeks[1]["focusHours"] as? Double == 35)
        let span = try #require(document["calendarSpan"] as? [String: Any])
        #expect(span["first"] as? String == "2026-02-12" && span["last"] as? String == "2026-03-04")
        #expect(span["firstWeek"] as? String == "2026-W07" && span["lastWeek"] as? String == "2026-W10")
        #expect(span["ranges"] as? [[String: String]] == [["first": "2026-02-12", "last": "2026-03-04"]])
        #expect((document["forwardLook"] as? [String: Any])?["outsideData"] as? Bool == false)

        let csv = try Self.run("trends", ["--format", "csv"]).stdout.split(separator: "\r\n")
        #expect(csv[1] == "2026-W06,2026-02-02,2026-02-09" + String(repeating: ",", count: 21))
        let text = try Self.run("trends", []).stdout
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("2026-W06") })
        #expect(row.contains("no data") && !row.contains("42.5"), "\(row)")
    }

    @Test("A meeting titled <script>alert(1)</script> shows as text in the HTML, which loads nothing and runs nothing")
    func htmlIsInert() throws {
        let html = try Self.run("report", ["--format", "html"]).stdout
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; code review"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("<svg"))
    }

    @Test("--output writes a private file whole and says where on stderr; text without a terminal has no colour")
    func outputFile() throws {
        let store = TestStore()
        try FileManager.default.createDirectory(atPath: store.file("reports"), withIntermediateDirectories: true)
        let path = store.file("reports/week.html")
        let outcome = try Self.run("report", ["--format", "html", "--output", path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains(path))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("</html>\n"))
        let text = try Self.run("report", [], environment: ["TERM": "xterm-256color"]).stdout
        #expect(!text.contains("\u{1B}["))
    }

    @Test("On a terminal the text report is in colour, unless NO_COLOR is set", arguments: [false, true])
    func colourOnTerminal(noColor: Bool) throws {
        // script(1) gives the binary a real pseudo-terminal as standard output.
        let command = ([AltitudeProcess.binary.path, "report", Self.calendar, "--profile", Self.profile, "--quiet"])
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        var environment = ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "TZ": "UTC", "ALTITUDE_NOW": "2026-03-02T12:00:00Z",
                           "HOME": NSTemporaryDirectory()]
        if noColor { environment["NO_COLOR"] = "1" }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("Robin Vale"))
        #expect(text.contains("\u{1B}[") == !noColor)
    }

    @Test("--week takes this, last, an ISO week or a date; a bad one is a usage error")
    func weekChoice() throws {
        #expect(try Self.run("report", ["--week", "2026-02-25", "--format", "csv"]).stdout
                == Self.run("report", ["--week", "2026-W09", "--format", "csv"]).stdout)
        #expect(try Self.run("report", ["--week", "this", "--format", "json"]).stdout.contains("\"week\" : \"2026-W10\""))
        let bad = try Self.run("report", ["--week", "2026-W60"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--week"))
    }

    @Test("--weeks all runs from the calendar's first week; trends JSON and CSV list the same weeks")
    func allWeeks() throws {
        let csv = try Self.run("trends", ["--weeks", "all", "--format", "csv"]).stdout
        let weeks = csv.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[0] }
        #expect(weeks == ["2026-W07", "2026-W08", "2026-W09"])
        let json = try Self.run("trends", ["--weeks", "all", "--format", "json"]).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((document["weeks"] as? [[String: Any]])?.map { $0["week"] as? String } == weeks.map { String($0) })
        #expect(try Self.run("trends", ["--weeks", "0"]).status == 64)
    }

    @Test("Without a profile the report says how to give one, and exits 78")
    func needsProfile() throws {
        let store = TestStore()
        let outcome = try store.run(["report", Self.calendar])
        #expect(outcome.status == 78)
        #expect(outcome.stderr.contains("--profile"))
    }

    @Test("The report reads the store when no SOURCE is given, and says the same as from the file")
    func fromStore() throws {
        let store = TestStore()
        #expect(try store.run(["import", Self.calendar, "--profile", Self.profile, "--quiet"]).status == 0)
        let stored = try store.run(["report", "--weeks", "4", "--format", "csv"])
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(stored.stdout == (try Self.run("report", ["--format", "csv"]).stdout))
    }

    @Test("A client's stored profile can be updated without a source, and the next report uses it")
    func profileUpdate() throws {
        let store = TestStore()
        let original = try String(contentsOfFile: Self.profile, encoding: .utf8)
        let path = try store.write(original, to: "acme.yaml")
        let first = try store.run(["import", Self.calendar, "--client", "acme", "--profile", path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("profile stored for acme"))
        let before = try store.run(["report", "--client", "acme", "--weeks", "4", "--format", "json"])
        #expect(before.stdout.contains("\"target\" : 0.25"), "\(before.stdout.prefix(200))")

        // The leader sets a new target: the stored profile must follow the file.
        let edited = original.replacingOccurrences(of: "target: 0.25", with: "target: 0.15")
        #expect(edited != original)
        _ = try store.write(edited, to: "acme.yaml")
        let again = try store.run(["import", Self.calendar, "--client", "acme", "--profile", path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("profile updated for acme"))
        let only = try store.run(["import", "--client", "acme", "--profile", path])
        #expect(only.status == 0, "\(only.stderr)")
        #expect(only.stdout == "profile unchanged for acme\n")
        let after = try store.run(["report", "--client", "acme", "--weeks", "4", "--format", "json"])
        #expect(after.stdout.contains("\"target\" : 0.15"))
        #expect(try store.run(["import", "--client", "acme"]).status == 64)
    }
}
