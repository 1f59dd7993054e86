import AltitudeModel
import Testing
@testable import AltitudeRules

/// Commitments as typed (`sessions add --commit`) and as written in `commitments.yaml`.
@Suite("Commitments as typed and written")
struct CommitmentsLoaderTests {
    @Test("--commit reads each kind; a title may be uid:UID or hold “ to ”; a malformed one is nil")
    func typed() {
        #expect(CommitmentTerms(text: "stop: Payments standup") == .stop(.title("Payments standup")))
        #expect(CommitmentTerms(text: "STOP:uid: abc@google.com") == .stop(.uid("abc@google.com")))
        #expect(CommitmentTerms(text: "hand-off: Path to production review to Raj Iyer")
                == .handOff(.title("Path to production review"), to: "Raj Iyer"))
        #expect(CommitmentTerms(text: "limit: hiring=3h") == .limit(.named("hiring"), seconds: 10_800))
        #expect(CommitmentTerms(text: "limit: level:manager=1h30m") == .limit(.level("manager"), seconds: 5400))
        #expect(CommitmentTerms(text: "limit: title:Interview: final=2h") == .limit(.title("Interview: final"), seconds: 7200))
        #expect(CommitmentTerms(text: "focus: 2") == .protectFocus(blocks: 2, minimumSeconds: 5400))
        #expect(CommitmentTerms(text: "focus: 3x2h") == .protectFocus(blocks: 3, minimumSeconds: 7200))
        #expect(CommitmentTerms(text: "hold: 25%") == .holdShare(0.25))
        #expect(CommitmentTerms(text: "hold: 0.3") == .holdShare(0.3))
        for bad in ["delegate everything", "stop:", "hand-off: Board", "hand-off: Board to ", "limit: hiring", "limit: hiring=3",
                    "limit: colour:red=1h", "focus: 0", "focus: 2x5m", "hold: 125%", "hold: lots", "pause: Board"] {
            #expect(CommitmentTerms(text: bad) == nil, "\(bad)")
        }
        #expect(CommitmentTerms.problem(with: "x").contains("hand-off: TITLE to PERSON"))
    }

    @Test("commitments.yaml: every kind, with its terms, since and ended; an empty file is no commitments")
    func written() throws {
        let written = try CommitmentsLoader.parse("""
            # agreed at the October session
            commitments:
              - stop: Payments standup
                since: 2026-10-12
              - hand-off: uid:arb@lumen.example
                to: raj@lumen.example
                since: 2026-10-12
              - limit: category:hiring
                at-most: 3h
                since: 2026-10-12
              - focus: 2
                of-at-least: 2h
                since: 2026-10-12
              - focus: 1
                since: 2026-10-12
              - hold: 25%
                since: 2026-10-12
                ended: 2026-12-07

            """, file: "commitments.yaml")
        #expect(written.map(\.terms) == [.stop(.title("Payments standup")), .handOff(.uid("arb@lumen.example"), to: "raj@lumen.example"),
                                         .limit(.category("hiring"), seconds: 10_800), .protectFocus(blocks: 2, minimumSeconds: 7200),
                                         .protectFocus(blocks: 1, minimumSeconds: 5400), .holdShare(0.25)])
        #expect(written.map(\.line) == [3, 5, 8, 11, 14, 16])
        #expect(written.allSatisfy { $0.since == CivilDate(iso: "2026-10-12") })
        #expect(written.last?.ended == CivilDate(iso: "2026-12-07"))
        #expect(try CommitmentsLoader.parse("", file: "commitments.yaml").isEmpty)
        #expect(try CommitmentsLoader.parse("commitments: []\n", file: "commitments.yaml").isEmpty)
    }

    @Test("Every problem is named with file:line:column, and what to do")
    func problems() {
        let result = Result { () throws(ConfigErrors) in
            try CommitmentsLoader.parse("""
                commitments:
                  - stop: Payments standup
                    snice: 2026-10-12
                  - hand-off: Board
                    since: 2026-10-12
                  - limit: hiring
                    to: raj@lumen.example
                    since: 2026-10-12
                  - hold: 30%
                    focus: 2
                    since: 2026-10-12
                  - focus: 2
                    of-at-least: 5m
                    since: 12 October
                  - hold: 30%
                    since: 2026-10-12
                    ended: 2026-10-01
                commitment: []

                """, file: "c.yaml")
        }
        #expect(result.messages == [
            "c.yaml:18:1: error: unknown key “commitment” in the commitments file\n    hint: did you mean “commitments”?",
            "c.yaml:3:5: error: unknown key “snice” in a commitment\n    hint: did you mean “since”?",
            "c.yaml:2:5: error: a commitment needs “since”: the day it was agreed (YYYY-MM-DD)",
            "c.yaml:4:5: error: hand-off needs “to”: whom the series goes to (an address or a name)",
            "c.yaml:7:5: error: “to” goes with hand-off, not limit",
            "c.yaml:6:5: error: limit needs “at-most”: the hours a week, such as 3h",
            "c.yaml:9:5: error: a commitment is one of focus, hold, not several: write one entry each",
            "c.yaml:14:12: error: since should be a date written YYYY-MM-DD, not “12 October”",
            "c.yaml:13:18: error: of-at-least should be from 15m to 12h, not “5m”",
            "c.yaml:17:12: error: ended (2026-10-01) should be after since (2026-10-12)",
        ], "\(result.messages)")
    }
}
