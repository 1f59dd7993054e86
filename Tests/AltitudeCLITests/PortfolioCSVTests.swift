import Foundation
import Testing

/// The portfolio as CSV is data, as the trends CSV is: fractions, ASCII minus, empty cells, ISO dates.
@Suite("Portfolio CSV")
struct PortfolioCSVTests {
    @Test("Shares are plain fractions, points use an ASCII minus, a missing figure is an empty cell, dates and times are ISO")
    func figuresAsData() throws {
        let store = TestStore()
        try store.add(CoachClient.three)
        // A client without a profile: a row of empty figures, and its problem.
        #expect(try store.run(["import", store.write(CoachClient.three[0].calendar, to: "p.ics"), "--client", "aardvark"]).status == 0)
        #expect(try store.run(["sessions", "add", "--client", "narwhal", "--date", "2026-02-09"]).status == 0)
        // Axolotl aims at 90%: well above its 4-week mean, so its gap is negative.
        let axolotl = CoachClient.three[2]
        let high = try store.write(axolotl.profile.replacingOccurrences(of: "target: 0.25", with: "target: 0.9"), to: "high.yaml")
        #expect(try store.run(["clients", "edit", "axolotl", "--profile", high]).status == 0)
        let outcome = try store.run(["portfolio", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for mark in ["%", "\u{2212}", "–", "±", "(today)", "days ago", "→"] {
            #expect(!outcome.stdout.contains(mark), "“\(mark)” in \(outcome.stdout)")
        }
        let rows = outcome.stdout.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        func column(_ name: String, of client: String) throws -> String {
            let row = try #require(rows.first { $0.first == client })
            return row[try #require(header.firstIndex(of: name))]
        }
        let share = try #require(Double(try column("below_share", of: "quokka")))
        #expect((0...1).contains(share))
        #expect(Double(try column("rolling_below_share", of: "narwhal")) != nil)
        let atSession = try column("rolling_below_share_at_session", of: "narwhal")
        #expect(atSession == "0.5556", "the 56% the text shows, as a fraction")
        #expect(try column("last_session", of: "narwhal") == "2026-02-09")
        #expect(try column("week", of: "quokka") == "2026-W09")
        #expect(try column("promoted", of: "quokka") == "2026-01-05")
        #expect(try column("last_import", of: "quokka") == "2026-03-02T12:00:00Z")
        #expect(try column("data_end", of: "quokka") == "2026-02-25T17:00:00Z")
        #expect(try column("below_share", of: "aardvark") == "")
        #expect(try column("slope_points_per_week", of: "aardvark") == "")
        #expect(try column("problem", of: "aardvark").hasPrefix("no profile for aardvark"))
        // The gap to the target, a fraction with an ASCII minus when below it.
        let gap = try #require(Double(try column("gap_to_target", of: "axolotl")))
        let written = try column("gap_to_target", of: "axolotl")
        #expect(gap < 0 && written.hasPrefix("-"), "\(written)")
    }
}
