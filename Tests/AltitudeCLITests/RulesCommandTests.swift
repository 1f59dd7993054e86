import Foundation
import Testing

@Suite("Classification on the command line")
struct ClassificationCommandTests {
    let sample = AltitudeProcess.repositoryRoot.appendingPathComponent("SampleData").path
    var profile: String { sample + "/profile.yaml" }
    var google: String { sample + "/vp-google.ics" }
    let june = ["--from", "2026-06-01", "--to", "2026-06-08"]

    @Test("With a profile, events gains level, relation, category, rule and evidence columns")
    func classifiedCSV() throws {
        let outcome = try AltitudeProcess.run(["events", google, "--profile", profile, "--format", "csv"] + june)
        #expect(outcome.status == 0)
        let rows = outcome.stdout.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows[0].suffix(5) == ["level", "relation", "category", "rule", "evidence"])
        let standup = try #require(rows.first { $0.contains("Payments standup") })
        #expect(standup.suffix(5) == ["manager", "below", "team-execution", "team-ceremonies", "topic"])
    }

    @Test("rules check reports every error of a file in line order: a bad level beside a bad group, a level off the ladder")
    func everyErrorInLineOrder() throws {
        let store = TestStore()
        let file = try store.write("""
            rules:
              - id: one
                description: x
                when: {title: x, with: bosses}
                level: directr
              - id: two
                description: y
                when: {title: y}
                level: self
              - id: three
                description: z
                when: {title: '(unclosed', duration: 1x}
                level: self+9
            """, to: "bad.yaml")
        let check = try store.run(["rules", "check", file, "--profile", profile])
        #expect(check.status == 78)
        let places = check.stderr.split(separator: "\n").filter { $0.hasPrefix(file) }.map { $0.dropFirst(file.count + 1).prefix { $0 != " " } }
        #expect(places == ["4:28:", "5:12:", "12:19:", "12:42:", "13:12:"], "\(check.stderr)")
        #expect(check.stderr.contains("“directr” is not a level on the ladder"))
        #expect(check.stderr.contains("“self+9” is off the ladder whatever the leader's level"))
        #expect(check.stderr.contains("5 errors"))

        // Off the ladder for this leader only: a vp has two levels above, not three.
        let upThree = try store.write("rules:\n  - id: up-three\n    description: x\n    when: {title: x}\n    level: self+3\n", to: "up.yaml")
        let leader = try store.run(["rules", "check", upThree, "--profile", profile])
        #expect(leader.status == 78)
        #expect(leader.stderr.contains("\(upThree):2: error: rule “up-three”: self+3 is off the ladder for a vp; its meetings would count as executive"))
    }

    @Test("--unclassified lists what no rule matched, by hours")
    func unclassified() throws {
        let outcome = try AltitudeProcess.run(["events", google, "--profile", profile, "--unclassified", "--format", "json"] + june)
        #expect(outcome.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let share = try #require(document["share"] as? Double)
        #expect(share >= 0 && share < 0.1)
    }

    @Test("explain says which rule decided, why, and what that means for the leader")
    func explain() throws {
        let outcome = try AltitudeProcess.run(["explain", "Payments standup", google, "--profile", profile] + june)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("✗ declined"))
        #expect(outcome.stdout.contains("✓ team-ceremonies"))
        #expect(outcome.stdout.contains("→ manager: below your altitude (vp)"))
        #expect(outcome.stdout.contains("run one team's execution"))
    }

    @Test("explain without a profile says how to make one (78)")
    func explainWithoutProfile() throws {
        let outcome = try AltitudeProcess.run(["explain", "standup", google], environment: ["XDG_CONFIG_HOME": NSTemporaryDirectory() + "/none"])
        #expect(outcome.status == 78)
        #expect(outcome.stderr.contains("altitude init"))
    }

    @Test("rules test runs every shipped example")
    func rulesTest() throws {
        let outcome = try AltitudeProcess.run(["rules", "test"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("✓ "))
        #expect(outcome.stdout.contains(" failed"))
    }

    @Test("rules check reports every error with file:line:column and exits 78; nothing is classified")
    func rulesCheck() throws {
        let file = NSTemporaryDirectory() + "altitude-bad-rules-\(getpid()).yaml"
        try "rules:\n  - id: x\n    descripion: d\n    when: {title: '('}\n    level: vpp\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let check = try AltitudeProcess.run(["rules", "check", file])
        #expect(check.status == 78)
        #expect(check.stderr.contains("\(file):3:5: error: unknown key “descripion”"))
        #expect(check.stderr.contains("\(file):4:"))
        let events = try AltitudeProcess.run(["events", google, "--profile", profile, "--rules", file] + june)
        #expect(events.status == 78)
        #expect(events.stdout.isEmpty)
    }

    @Test("init writes a private, commented profile and keeps an existing one")
    func initProfile() throws {
        let directory = NSTemporaryDirectory() + "altitude-init-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try AltitudeProcess.run(["init"], environment: ["XDG_CONFIG_HOME": directory])
        #expect(first.status == 0)
        let path = directory + "/altitude/profile.yaml"
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("# Altitude profile"))
        let second = try AltitudeProcess.run(["init"], environment: ["XDG_CONFIG_HOME": directory])
        #expect(second.status == 73)
        let check = try AltitudeProcess.run(["rules", "check"], environment: ["XDG_CONFIG_HOME": directory])
        #expect(check.status == 0)
    }
}

@Suite("Columns that stay apart")
struct ColumnTests {
    @Test("rules list keeps two spaces between every column, whatever the longest level, category or layer")
    func rulesListColumns() throws {
        let store = TestStore()
        let rules = try store.write("""
            rules:
              - id: a-rule-with-a-rather-long-identifier-indeed
                description: Long names everywhere.
                when: {title: '\\bquarterly offsite logistics\\b'}
                level: executive
                category: offsite-logistics-and-planning
                examples:
                  match: [{title: Quarterly offsite logistics}, {title: quarterly offsite logistics review}]
                  no-match: [{title: Offsite}]

            """, to: "long.yaml")
        let outcome = try AltitudeProcess.run(["rules", "list", "--rules", rules])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("a-rule-with-a-rather-long-identifier-indeed  executive  offsite-logistics-and-planning  --rules"),
                "\(outcome.stdout)")
        #expect(outcome.stdout.contains("executive  board"), "the level column and the category never touch")
    }

    @Test("explain's reasons stay in one column after a long rule id (a label's): the long id has its reason on the next line")
    func explainColumns() throws {
        let store = TestStore()
        let calendar = AltitudeProcess.fixture("series_reaching_back_before_single_events.ics")
        // An id as long as a label's for a long title, longer than the column.
        let long = try store.write("""
            rules:
              - id: label-payments-standup-for-the-whole-of-the-platform
                description: Long id.
                when: {title: '^Payments standup$'}
                level: manager
                category: team-execution
                examples:
                  match: [{title: Payments standup}, {title: payments standup}]
                  no-match: [{title: Standup}]

            """, to: "long-id.yaml")
        let outcome = try store.run(["explain", "Payments standup", calendar, "--profile", ReportCommandTests.profile, "--rules", long,
                                     "--quiet"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("   ✗ ") || $0.hasPrefix("   ✓ ") || $0.hasPrefix("      ") }
        let reasonColumns = Set(lines.compactMap { line -> Int? in
            // Where the reason starts: after the id column on a step's line, or the indentation of a reason on its own line.
            let text = String(line)
            if text.hasPrefix("      ") { return text.prefix { $0 == " " }.count }
            guard let idEnd = text.dropFirst(5).firstIndex(of: " ") else { return nil }
            let rest = text[idEnd...]
            return text.distance(from: text.startIndex, to: idEnd) + rest.prefix { $0 == " " }.count
        })
        #expect(reasonColumns.count == 1, "\(outcome.stdout)")
        #expect(outcome.stdout.contains("✓ label-payments-standup-for-the-whole-of-the-platform\n"))
    }
}
