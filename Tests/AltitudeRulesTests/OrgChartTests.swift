import AltitudeModel
import Foundation
import Testing
@testable import AltitudeRules

@Suite("Org chart")
struct OrgChartTests {
    @Test("The CSV reads as HR systems export it: a byte-order mark, CRLF, quoted names with commas and line breaks, extra columns, any column order")
    func parsesExports() throws {
        let text = "\u{FEFF}Name,Title,Email,Manager Email\r\n\"Reyes, Dana\",VP,Dana@Acme.example,\r\n"
            + "\"Kim,\r\nAlex\",Director,alex@acme.example,dana@acme.example\r\nSam,\"Say \"\"hi\"\"\",sam@acme.example,alex@acme.example\r\n"
        let chart = try OrgChart.parse(text)
        #expect(chart.people.map(\.email) == ["dana@acme.example", "alex@acme.example", "sam@acme.example"])
        #expect(chart.people.map(\.name) == ["Reyes, Dana", "Kim,\r\nAlex", "Sam"])
        #expect(chart.people.map(\.manager) == [nil, "dana@acme.example", "alex@acme.example"])
        // Written back as the store keeps it, it reads the same.
        #expect(try OrgChart.parse(chart.csv) == chart)
    }

    @Test("Every problem has its line: lines inside a quoted field count")
    func problemsHaveLines() {
        let text = "email,name,manager_email\nceo@acme.example,\"Chief\nExecutive\",\nnot-an-address,X,ceo@acme.example\nceo@acme.example,Again,\n"
        #expect(throws: OrgChart.Problems(problems: [
            .init(line: 4, message: "“not-an-address” is not an email address"),
            .init(line: 5, message: "ceo@acme.example is listed twice (first on line 2)"),
        ])) { try OrgChart.parse(text) }
        #expect(throws: OrgChart.Problems.self) { try OrgChart.parse("mail,boss\na@b.example,\n") }
    }

    @Test("Placements relative to the leader: manager, peers, directs, deeper at any depth, elsewhere")
    func placements() throws {
        let chart = try OrgChart.parse("""
            email,name,manager_email
            ceo@x.example,,
            cfo@x.example,,ceo@x.example
            cto@x.example,,ceo@x.example
            lead@x.example,,cfo@x.example
            peer@x.example,,cfo@x.example
            direct@x.example,,lead@x.example
            deep@x.example,,direct@x.example
            deeper@x.example,,deep@x.example
            eng@x.example,,cto@x.example
            """)
        let placed = chart.placements(of: ["lead@x.example"])
        #expect(placed["cfo@x.example"] == .manager)
        #expect(placed["peer@x.example"] == .peers)
        #expect(placed["direct@x.example"] == .directs)
        #expect(placed["deep@x.example"] == .deeper && placed["deeper@x.example"] == .deeper)
        #expect(placed["eng@x.example"] == .elsewhere && placed["ceo@x.example"] == .elsewhere)
        #expect(placed["lead@x.example"] == nil)
        #expect(chart.placements(of: ["stranger@x.example"]).isEmpty, "a leader not in the chart places nobody")
    }

    @Test("An unclosed quote is an error on the line it opens, not the rest of the file read as one name")
    func unclosedQuote() {
        #expect(throws: OrgChart.Problems(problems: [
            .init(line: 3, message: "a quoted field opened here is never closed: the rest of the file (to line 5) would be read as part of "
                  + "one field; close the quote"),
        ])) { try OrgChart.parse("email,name,manager_email\na@x.example,A,\nb@x.example,\"B,a@x.example\nc@x.example,C,a@x.example\n") }
    }

    @Test("A management chain that loops is an error naming the loop; a self-manager still is")
    func loops() {
        #expect(throws: OrgChart.Problems(problems: [
            .init(line: 3, message: "the management chain loops: b@x.example → c@x.example → b@x.example; someone in it has the wrong manager"),
        ])) { try OrgChart.parse("email,name,manager_email\na@x.example,,b@x.example\nb@x.example,,c@x.example\nc@x.example,,b@x.example\n") }
        #expect(throws: OrgChart.Problems.self) { try OrgChart.parse("email,name,manager_email\na@x.example,,a@x.example\n") }
    }

    @Test("An address with a NUL byte, a space or a bidi override is not an address")
    func controlCharactersInAddresses() throws {
        for address in ["a\u{0}@x.example", "a b@x.example", "a\u{202E}@x.example", "a\u{7F}@x.example", "a\u{1F}@x.example",
                        "a\u{85}@x.example", "a\u{A0}@x.example", "jos\u{E9}\u{200B}@x.example"] {
            #expect(throws: OrgChart.Problems.self) { try OrgChart.parse("email,name,manager_email\n\(address),,\n") }
            #expect(throws: OrgChart.Problems.self) { try OrgChart.parse("email,name,manager_email\nb@x.example,,\(address)\n") }
        }
        // Letters outside ASCII are no reason to refuse an address.
        let chart = try OrgChart.parse("email,name,manager_email\njos\u{E9}@x.example,,\n")
        #expect(chart.people.map(\.email) == ["jos\u{E9}@x.example"])
    }
}
