import Foundation
import Testing

/// The coach workspace: clients, sessions, and that no client's data reaches another's output.
@Suite("Coach workspace")
struct CoachTests {
    @Test("clients add, list, show, edit and remove; remove needs --yes off a terminal and says how much it removed")
    func clientLifecycle() throws {
        let store = TestStore()
        try store.add(CoachClient.three)
        #expect(try store.run(["clients"]).stdout
                == "axolotl\t1 source\tprofile stored\nnarwhal\t1 source\tprofile stored\nquokka\t1 source\tprofile stored\n")
        #expect(try store.run(["clients", "list", "--format", "csv"]).stdout.hasPrefix("client,sources,profile_stored\r\n"))

        let quokka = CoachClient.three[0]
        let again = try store.run(["clients", "add", "quokka", "--profile", store.file("quokka.yaml")])
        #expect(again.status == 64)
        #expect(again.stderr.contains("already a client quokka"))

        let show = try store.run(["clients", "show", "quokka"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Leader Quokka · vp · promoted 2026-01-05 · target 25% · 1 direct · UTC"))
        #expect(show.stdout.contains("last import 2026-03-02; the data runs to 2026-02-25"), "\(show.stdout)")
        #expect(show.stdout.contains("quokka.ics"))
        #expect(show.stdout.contains("clients/quokka/rules (no files"))
        #expect(try store.run(["clients", "show", "nobody"]).status == 64)

        let edited = try store.write(quokka.profile.replacingOccurrences(of: "target: 0.25", with: "target: 0.3"), to: "q2.yaml")
        let edit = try store.run(["clients", "edit", "quokka", "--profile", edited])
        #expect(edit.stdout.contains("profile updated for quokka"), "\(edit.stderr)")
        #expect(try store.run(["clients", "show", "quokka"]).stdout.contains("target 30%"))

        #expect(try store.run(["sessions", "add", "--client", "quokka", "--date", "2026-02-02"]).status == 0)
        let refused = try store.run(["clients", "remove", "quokka"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--yes"))
        let removed = try store.run(["clients", "remove", "quokka", "--yes"])
        #expect(removed.stdout == "Removed quokka: 1 source, 50 instances, 1 session.\n", "\(removed.stderr)")
        #expect(try store.run(["clients"]).stdout.hasPrefix("axolotl\t1 source\tprofile stored\nnarwhal\t1 source\tprofile stored\n"))
        #expect(try store.run(["clients", "remove", "quokka", "--yes"]).status == 64)
    }

    @Test("remove leaves no trace: the store file holds none of the client's titles, names or addresses after it")
    func removeLeavesNoTrace() throws {
        let store = TestStore()
        try store.add(CoachClient.three)
        let quokka = CoachClient.three[0]
        #expect(try store.run(["sessions", "add", "--client", "quokka", "--note", "Quokka delegation plan"]).status == 0)
        let before = try store.storeBytes()
        #expect(before.range(of: Data("Quokka standup".utf8)) != nil, "the client's text is in the store before")
        #expect(try store.run(["clients", "remove", "quokka", "--yes"]).status == 0)
        let after = try store.storeBytes()
        for secret in quokka.secrets + ["Quokka delegation plan", "quokka.example"] {
            #expect(after.range(of: Data(secret.utf8)) == nil, "\(secret) is still in the store file")
        }
        // The other clients are untouched.
        #expect(after.range(of: Data("Narwhal standup".utf8)) != nil)
        #expect(try store.run(["report", "--client", "narwhal", "--quiet"]).status == 0)
    }

    @Test("sessions add and list; report, trends and JSON say how the below share moved since the last session")
    func sessions() throws {
        let store = TestStore()
        try store.add([CoachClient.three[1]])
        #expect(try store.run(["sessions", "list", "--client", "narwhal"]).stdout == "")
        #expect(try store.run(["sessions", "add", "--client", "narwhal", "--date", "2026-01-26", "--note", "first"]).status == 0)
        let added = try store.run(["sessions", "add", "--client", "narwhal", "--date", "2026-02-09", "--note", "delegation"])
        #expect(added.stdout == "Recorded a session with narwhal on 2026-02-09.\n")
        #expect(try store.run(["sessions", "add", "--client", "nobody"]).status == 64)
        #expect(try store.run(["sessions", "list", "--client", "narwhal"]).stdout == "2026-02-09  delegation\n2026-01-26  first\n")

        let report = try store.run(["report", "--client", "narwhal", "--quiet"])
        #expect(report.stdout.contains("since the last session (2026-02-09): below share 56% → 53% (4-week mean)"), "\(report.stdout)")
        let trends = try store.run(["trends", "--client", "narwhal", "--quiet"])
        #expect(trends.stdout.contains("since the last session (2026-02-09)"))
        let json = try store.run(["report", "--client", "narwhal", "--format", "json", "--quiet"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let since = try #require(document["sinceLastSession"] as? [String: Any])
        #expect(since["date"] as? String == "2026-02-09")
        // A report on a week before any session says nothing about sessions.
        let early = try store.run(["report", "--client", "narwhal", "--week", "2026-W03", "--quiet"])
        #expect(!early.stdout.contains("since the last session"))
    }

    @Test("Client isolation: a client's own rules classify its meetings only")
    func rulesIsolation() throws {
        let store = TestStore()
        try store.add([CoachClient.three[0], CoachClient.three[1]])
        let directory = store.directory.appendingPathComponent("config/altitude/clients/quokka/rules")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("""
            rules:
              - id: quokka-standups
                description: Quokka's coach files standups as strategy.
                when:
                  title: ['standup']
                level: self
                category: quokka-strategy

            """.utf8).write(to: directory.appendingPathComponent("quokka.yaml"))
        let own = try store.run(["report", "--client", "quokka", "--format", "json", "--quiet"])
        #expect(own.status == 0, "\(own.stderr)")
        #expect(own.stdout.contains("quokka-strategy"))
        #expect(try store.run(["clients", "show", "quokka"]).stdout.contains("clients/quokka/rules (quokka.yaml)"))
        let other = try store.run(["report", "--client", "narwhal", "--format", "json", "--quiet"])
        #expect(other.status == 0)
        #expect(!other.stdout.contains("quokka"))
    }

    @Test("Client isolation: one client's titles, people and profile never reach another's output")
    func isolation() throws {
        let store = TestStore()
        let clients = CoachClient.three
        try store.add(clients)
        for client in clients {
            let others = clients.filter { $0.word != client.word }
            for arguments in [["report"], ["report", "--format", "json"], ["report", "--format", "html"], ["trends", "--format", "csv"],
                              ["events"], ["events", "--format", "json"], ["clients", "show", client.name]] {
                let command = arguments.first == "clients" ? arguments : arguments + ["--client", client.name, "--quiet"]
                let outcome = try store.run(command)
                #expect(outcome.status == 0, "\(command): \(outcome.stderr)")
                for other in others {
                    #expect(!outcome.stdout.contains(other.word) && !outcome.stdout.contains(other.domain),
                            "\(command) for \(client.name) shows \(other.word)'s data")
                }
            }
        }
    }
}

/// `altitude portfolio`: every client in one review, ordered by who needs attention first.
@Suite("Portfolio")
struct PortfolioTests {
    @Test("The portfolio orders clients by the gap to their target, a failing client last with its error in its row")
    func ordering() throws {
        let store = TestStore()
        // Added in an order unlike the expected one.
        try store.add([CoachClient.three[2], CoachClient.three[0], CoachClient.three[1]])
        #expect(try store.run(["import", store.write(CoachClient.three[0].calendar, to: "p.ics"), "--client", "aardvark"]).status == 0)
        #expect(try store.run(["sessions", "add", "--client", "narwhal", "--date", "2026-02-09"]).status == 0)

        let text = try store.run(["portfolio"])
        #expect(text.status == 0, "\(text.stderr)")
        let names = text.stdout.split(separator: "\n").dropFirst(2).prefix(4).map { String($0.prefix(while: { $0 != " " })) }
        #expect(names == ["quokka", "narwhal", "axolotl", "aardvark"], "\(text.stdout)")
        #expect(text.stdout.contains("aardvark: no profile for aardvark"))
        #expect(text.stdout.contains("Order: clients whose figures could be measured come first"))
        #expect(text.stdout.contains("56% → 53% since 2026-02-09"))

        let json = try store.run(["portfolio", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let clients = try #require(document["clients"] as? [[String: Any]])
        #expect(clients.map { $0["client"] as? String } == ["quokka", "narwhal", "axolotl", "aardvark"])
        #expect(clients[0]["level"] as? String == "vp")
        #expect(clients[0]["weeksSincePromotion"] as? Int == 7)
        #expect(clients[0]["transitionPhase"] as? String == "the first 90 days")
        #expect(clients[0]["stale"] as? Bool == false)
        #expect(clients[3]["problem"] as? String != nil)
        #expect((clients[1]["sinceLastSession"] as? [String: Any])?["date"] as? String == "2026-02-09")

        let csv = try store.run(["portfolio", "--format", "csv"])
        #expect(csv.stdout.split(separator: "\r\n").count == 5)
        #expect(csv.stdout.hasPrefix("client,level,week,promoted,weeks_since_promotion,transition_phase,below_share,"))
    }

    @Test("Data not imported for more than two weeks is called out as stale")
    func staleData() throws {
        let store = TestStore()
        try store.add([CoachClient.three[1]])
        let later = try AltitudeProcess.run(["portfolio"], environment: store.environment.merging(["ALTITUDE_NOW": "2026-03-30T12:00:00Z"]) { $1 })
        // Imported on 2026-03-02, but the export's data (its single events) ends on 2026-02-25: the age counts from there.
        #expect(later.stdout.contains("STALE data ends 2026-02-25 (32 days ago)"), "\(later.stdout)")
        #expect(later.stdout.contains("Stale data (nothing imported, or no data, for 14 days): narwhal"))
    }

    @Test("The HTML portfolio is one self-contained page with a sparkline per client, linking to each client's report beside it")
    func html() throws {
        let store = TestStore()
        try store.add(CoachClient.three)
        try FileManager.default.createDirectory(atPath: store.file("review"), withIntermediateDirectories: true)
        let path = store.file("review/portfolio.html")
        let outcome = try store.run(["portfolio", "--format", "html", "-o", path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.contains("Content-Security-Policy"))
        #expect(!page.contains("<script") && !page.contains("http://") && !page.contains("https://"))
        #expect(page.components(separatedBy: "<svg class=\"spark\"").count == 4)
        for client in CoachClient.three {
            #expect(page.contains("<a href=\"portfolio-\(client.name).html\">\(client.name)</a>"))
            let report = try String(contentsOfFile: store.file("review/portfolio-\(client.name).html"), encoding: .utf8)
            #expect(report.contains("Leader \(client.word)"))
        }
        #expect(try store.run(["portfolio", "--format", "html"]).status == 64)
    }
}

/// `--redact`: no text of the client's calendar reaches any output, in any format or encoding.
@Suite("Redaction")
struct RedactionTests {
    /// Every way `secret` could be written in an output: as it is, lowercased,
    /// HTML-escaped, entity- or percent-encoded, JSON-escaped.
    static func forms(of secret: String) -> [String] {
        let html = secret.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        return [secret, secret.lowercased(), html, secret.replacingOccurrences(of: "@", with: "&#64;"),
                secret.replacingOccurrences(of: "@", with: "%40"), secret.replacingOccurrences(of: " ", with: "%20"),
                secret.replacingOccurrences(of: " ", with: "+"), secret.replacingOccurrences(of: "/", with: "\\/"),
                secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? secret]
    }

    @Test("Every format of events, report, trends, explain and portfolio holds none of the input's titles, people, descriptions or locations")
    func noLeaks() throws {
        let store = TestStore()
        try store.add(CoachClient.three)
        let quokka = CoachClient.three[0]
        var outputs: [(String, String)] = []
        for format in ["text", "csv", "json"] {
            outputs.append(("events \(format)", try store.run(["events", "--client", "quokka", "--profile", store.file("quokka.yaml"), "--format", format, "--redact", "--quiet"]).stdout))
            outputs.append(("events --unclassified \(format)", try store.run(["events", "--client", "quokka", "--unclassified", "--format", format, "--redact", "--quiet"]).stdout))
        }
        for command in ["report", "trends"] {
            for format in ["text", "csv", "json", "html"] {
                outputs.append(("\(command) \(format)", try store.run([command, "--client", "quokka", "--format", format, "--redact", "--quiet"]).stdout))
            }
        }
        for format in ["text", "json"] {
            outputs.append(("explain \(format)", try store.run(["explain", "standup", "--client", "quokka", "--format", format, "--redact", "--quiet"]).stdout))
            outputs.append(("explain merger \(format)", try store.run(["explain", "merger", "--client", "quokka", "--format", format, "--redact", "--verbose", "--quiet"]).stdout))
        }
        for format in ["text", "csv", "json"] {
            outputs.append(("portfolio \(format)", try store.run(["portfolio", "--format", format, "--redact"]).stdout))
        }
        try FileManager.default.createDirectory(atPath: store.file("pack"), withIntermediateDirectories: true)
        let page = store.file("pack/portfolio.html")
        #expect(try store.run(["portfolio", "--format", "html", "-o", page, "--redact"]).status == 0)
        for file in try FileManager.default.contentsOfDirectory(atPath: store.file("pack")) {
            outputs.append((file, try String(contentsOfFile: store.file("pack/\(file)"), encoding: .utf8)))
        }
        #expect(outputs.count == 25)
        for (name, output) in outputs {
            #expect(!output.isEmpty, "\(name) wrote nothing")
            for client in CoachClient.three {
                for secret in client.secrets + ["Leader \(client.word)", client.domain] {
                    for form in Self.forms(of: secret) {
                        #expect(!output.contains(form), "\(name) shows \(form)")
                    }
                }
                #expect(!output.lowercased().contains(client.name), "\(name) names \(client.name)")
            }
        }
        // The pseudonyms say what a meeting was, and who was there by role.
        let events = try store.run(["events", "--client", "quokka", "--format", "json", "--redact", "--quiet"]).stdout
        #expect(events.contains("direct #"))
        #expect(events.contains("Team execution #"))
        #expect(events.contains("the leader"))
        #expect(quokka.secrets.allSatisfy { !events.contains($0) })
    }

    @Test("Pseudonyms are stable from run to run for a client, and differ between clients")
    func stablePseudonyms() throws {
        let store = TestStore()
        try store.add([CoachClient.three[0], CoachClient(word: "Quokkb", standupMinutes: 60, staffHours: 1)])
        let first = try store.run(["events", "--client", "quokka", "--format", "csv", "--redact", "--quiet"]).stdout
        let second = try store.run(["events", "--client", "quokka", "--format", "csv", "--redact", "--quiet"]).stdout
        #expect(first == second)
        let other = try store.run(["events", "--client", "quokkb", "--format", "csv", "--redact", "--quiet"]).stdout
        #expect(first != other)
    }
}

/// The session pack: `report --client X --format html --redact -o FILE`.
@Suite("Session pack")
struct SessionPackTests {
    @Test("The redacted HTML report says what changed since the last session and ends with prompts for the conversation")
    func pack() throws {
        let store = TestStore()
        try store.add([CoachClient.three[0]])
        #expect(try store.run(["sessions", "add", "--client", "quokka", "--date", "2026-02-02", "--note", "Quokka board prep"]).status == 0)
        let path = store.file("quokka-pack.html")
        let outcome = try store.run(["report", "--client", "quokka", "--format", "html", "--redact", "-o", path, "--quiet"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.contains("since the last session (2026-02-02): below share"))
        #expect(page.contains("What changed since the session on 2026-02-02"))
        #expect(page.contains("<h2>For the conversation</h2>"))
        #expect(page.contains("Since our session on 2026-02-02, below-altitude time"))
        #expect(page.contains("points above your target: which one meeting would you give up first?"))
        #expect(!page.contains("Quokka") && !page.contains("quokka"))
    }
}
