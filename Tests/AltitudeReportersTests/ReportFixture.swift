import AltitudeAnalysis
import AltitudeModel
import AltitudeReporters
import AltitudeRules
import Foundation
import TestSupport

/// A VP's four weeks, written as values with what the rules would have decided for
/// each meeting: the report every golden file here is rendered from, in-process.
/// 2026-W06 comes before the calendar (outside the data), W07–W09 hold a staff
/// rhythm, a board meeting, two incidents and a code review, and W10 is the week after.
enum ReportFixture {
    static let focus = ISOWeek(iso: "2026-W09")!
    static let first = ISOWeek(iso: "2026-W06")!

    static var world: World {
        var world = World(zone: "Europe/Berlin")
        world.profile.directs = ["ana@acme.example", "ben@acme.example", "chen@acme.example"]
        world.profile.peers = ["dana@acme.example"]
        return world
    }

    static let standup = Classification(relation: .below, level: "manager", category: "team-execution", rule: "team-ceremonies",
                                        evidence: .topic)
    static let oneOnOne = Classification(relation: .at, level: "vp", category: "one-on-one", rule: "one-on-one-direct", evidence: .topic)
    static let staff = Classification(relation: .at, level: "vp", category: "leadership", rule: "directs-staff", evidence: .structure)
    static let board = Classification(relation: .above, level: "executive", category: "board", rule: "board-and-investors", evidence: .topic)
    static let warRoom = Classification(relation: .below, level: "ic", category: "firefighting", rule: "incident-response", evidence: .topic)
    static let review = Classification(relation: .below, level: "ic", category: "hands-on", rule: "hands-on-edits", evidence: .topic)
    static let declined = Classification(relation: .excluded, category: "declined", rule: "declined")

    /// The meetings, each with its classification, in start order.
    static func meetings() -> [(MeetingInstance, Classification)] {
        let world = world
        var items: [(MeetingInstance, Classification)] = []
        let team = ["lee@acme.example", "kim@acme.example", "sol@acme.example"]
        for monday in ["2026-02-09", "2026-02-16", "2026-02-23", "2026-03-02"] {
            let week = CivilDate(iso: monday)!
            for offset in 0..<5 {
                let day = week.adding(days: offset).description
                items.append((world.meeting("\(day) 09:30", minutes: 15, title: "Payments standup", with: team, series: "standup"), standup))
            }
            items.append((world.meeting("\(week.adding(days: 1)) 11:00", minutes: 30, title: "Ana / Robin", with: ["ana@acme.example"],
                                        series: "ana-1on1"), oneOnOne))
            if monday != "2026-03-02" {
                items.append((world.meeting("\(week.adding(days: 2)) 14:00", minutes: 60, title: "VP staff",
                                            with: world.profile.directs, series: "staff"), staff))
            }
        }
        items.append((world.meeting("2026-02-18 15:00", minutes: 120, title: "Q1 board meeting",
                                    with: ["cto@acme.example", "chair@northstar-capital.example"], series: "board"), board))
        items.append((world.meeting("2026-02-24 10:00", minutes: 120, title: "Incident 4711 war room", with: team, series: "incident-1"),
                      warRoom))
        items.append((world.meeting("2026-02-26 13:00", minutes: 90, title: "Incident 4712 war room", with: team, series: "incident-2"),
                      warRoom))
        items.append((world.meeting("2026-02-27 10:00", minutes: 60, title: "Code review: ledger <refactor> & \"retries\"",
                                    with: ["lee@acme.example"], series: "review"), review))
        items.append((world.meeting("2026-02-19 16:00", minutes: 45, title: "Sync", with: ["pat@vendor.example"], series: "sync"),
                      .unclassified))
        items.append((world.meeting("2026-02-25 17:00", minutes: 60, title: "Offsite planning", with: ["dana@acme.example"],
                                    response: .declined, series: "offsite"), declined))
        items.append((world.meeting("2026-03-04 10:00", minutes: 90, title: "Incident 4720 war room", with: team, series: "incident-3"),
                      warRoom))
        return items.sorted { ($0.0.start, $0.0.uid) < ($1.0.start, $1.0.uid) }
    }

    static let rules: RuleSet = {
        do {
            return try RuleSet.load([.shipped])
        } catch {
            preconditionFailure("the shipped rules do not load: \(error)")
        }
    }()

    /// What the calendar has data for: from its first meeting to its last, as an export of single events.
    static func coverage(_ items: [(MeetingInstance, Classification)]) -> [DateInterval] {
        [DateInterval(start: items.map(\.0.start).min()!, end: items.map(\.0.end).max()!)]
    }

    /// The report of 2026-W09 with the three weeks before it.
    static func report() -> AllocationReport {
        let items = meetings()
        return AllocationReport.build(instances: items.map(\.0), classifications: items.map(\.1), coverage: coverage(items),
                                      profile: world.profile,
                                      ruleSet: rules, focus: focus, first: first)
    }

    /// Monday 2026-03-02, 07:00 in Berlin: when the digest of W09 goes out.
    static let now = Date(timeIntervalSince1970: 1_772_431_200)

    static func digest() -> DigestContent {
        DigestContent(report: report(), freshness: .init(lastRead: now.addingTimeInterval(-86_400 * 2), now: now))
    }

    static let envelope = DigestEnvelope(from: MailAddress(name: "Altitude", address: "altitude@acme.example"),
                                         to: MailAddress(name: "Robin Vale", address: "robin@acme.example"),
                                         messageID: "altitude.2026-W09.fixture@acme.example", date: now)
}

extension ReportFixture {
    /// The same weeks after a session on Wednesday 2026-02-04 (W06), one commitment of each kind measured
    /// W07–W09, with Lee — at every standup — counted among the directs, so the standup has a candidate.
    static func betweenSessions() -> AllocationReport {
        let items = meetings()
        var profile = world.profile
        profile.directs.append("lee@acme.example")
        var report = AllocationReport.build(instances: items.map(\.0), classifications: items.map(\.1), coverage: coverage(items),
                                            profile: profile,
                                            ruleSet: rules, focus: focus, first: first)
        let since = CivilDate(iso: "2026-02-04")!
        let kinds: [Commitment.Kind] = [
            .stop(SeriesMatch(title: "Payments standup", seriesIDs: ["standup"], byTitle: true)),
            .handOff(SeriesMatch(title: "VP staff", seriesIDs: ["staff"], byTitle: true), to: CommittedPerson(email: "ana@acme.example", name: "Ana Lima")),
            .limit(.category("firefighting"), seconds: 2 * 3600), .protectFocus(blocks: 2, minimumSeconds: 3 * 3600), .holdShare(0.4),
        ]
        report.addBetweenSessions(commitments: kinds.enumerated().map { Commitment(id: "#\($0.offset + 1)", kind: $0.element, since: since) },
                                  instances: items.map(\.0), classifications: items.map(\.1), profile: profile,
                                  now: now.addingTimeInterval(7 * 86_400))
        return report
    }
}
