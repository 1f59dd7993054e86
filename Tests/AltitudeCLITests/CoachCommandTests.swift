import Foundation
import Testing

/// A coach's small commands: every client's sessions at once, a session dated ahead questioned,
/// the stored profile printed, and sample clients who are three different people.
@Suite("Coach commands")
struct CoachCommandTests {
    @Test("sessions list without --client lists every client's sessions, each naming its client")
    func everyClientsSessions() throws {
        let store = TestStore()
        try store.add([CoachClient.three[0], CoachClient.three[1]])
        #expect(try store.run(["sessions", "add", "--client", "quokka", "--date", "2026-02-02", "--note", "first"]).status == 0)
        #expect(try store.run(["sessions", "add", "--client", "narwhal", "--date", "2026-02-09", "--note", "delegation"]).status == 0)
        let text = try store.run(["sessions", "list"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout == "2026-02-09  narwhal  delegation\n2026-02-02  quokka   first\n", "\(text.stdout)")
        let csv = try store.run(["sessions", "list", "--format", "csv"]).stdout
        #expect(csv == "client,date,note,commitments\r\nnarwhal,2026-02-09,delegation,\r\nquokka,2026-02-02,first,\r\n", "\(csv)")
        // One client's, as before: no client column.
        #expect(try store.run(["sessions", "list", "--client", "quokka"]).stdout == "2026-02-02  first\n")
    }

    @Test("A session dated after today is questioned: refused off a terminal (64) unless --yes")
    func futureSession() throws {
        let store = TestStore()
        try store.add([CoachClient.three[0]])
        let ahead = try store.run(["sessions", "add", "--client", "quokka", "--date", "2026-04-20"])
        #expect(ahead.status == 64)
        #expect(ahead.stderr.contains("2026-04-20 is 49 days after today (2026-03-02): a session is recorded once it has happened"),
                "\(ahead.stderr)")
        #expect(try store.run(["sessions", "list", "--client", "quokka"]).stdout.isEmpty, "nothing recorded")
        #expect(try store.run(["sessions", "add", "--client", "quokka", "--date", "2026-04-20", "--yes"]).status == 0)
        #expect(try store.run(["sessions", "add", "--client", "quokka", "--date", "2026-03-02"]).status == 0, "today is no question")
    }

    @Test("clients show NAME --profile prints the profile as stored")
    func storedProfile() throws {
        let store = TestStore()
        let quokka = CoachClient.three[0]
        try store.add([quokka])
        let outcome = try store.run(["clients", "show", "quokka", "--profile"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == quokka.profile)
        #expect(try store.run(["import", store.write(quokka.calendar, to: "c.ics"), "--client", "bare"]).status == 0)
        let none = try store.run(["clients", "show", "bare", "--profile"])
        #expect(none.status == 78 && none.stderr.contains("no profile is stored for bare"), "\(none.stderr)")
    }

    @Test("The three SampleData clients are three people: names, addresses and companies of their own, in profile and calendar")
    func sampleClientsDiffer() throws {
        let directory = AltitudeProcess.repositoryRoot.appendingPathComponent("SampleData/clients")
        var leaders: [(name: String, email: String, calendar: String)] = []
        for client in ["atlas", "beacon", "cobalt"] {
            let profile = try String(contentsOf: directory.appendingPathComponent("\(client).yaml"), encoding: .utf8)
            func value(_ key: String) -> String {
                profile.split(separator: "\n").first { $0.hasPrefix("\(key): ") }.map { String($0.dropFirst(key.count + 2)) } ?? ""
            }
            leaders.append((value("name"), value("email"), try String(contentsOf: directory.appendingPathComponent("\(client).ics"), encoding: .utf8)))
        }
        #expect(Set(leaders.map(\.name)).count == 3, "\(leaders.map(\.name))")
        #expect(Set(leaders.map { $0.email.split(separator: "@").last.map(String.init) ?? "" }).count == 3, "three companies")
        for (index, leader) in leaders.enumerated() {
            #expect(leader.calendar.contains(leader.email), "\(leader.name)'s calendar is theirs")
            for (other, someone) in leaders.enumerated() where other != index {
                #expect(!leader.calendar.contains(someone.email) && !leader.calendar.contains(someone.name),
                        "\(someone.name) is not in \(leader.name)'s calendar")
            }
        }
    }
}
