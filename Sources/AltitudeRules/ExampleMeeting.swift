import AltitudeModel
import Foundation

/// A meeting described in a rule's examples: only what matters, the rest defaulted.
/// It becomes a real `MeetingInstance` for an example leader, so examples test the
/// same code that classifies real calendars.
public struct ExampleMeeting: Sendable, Hashable {
    public var title = ""
    public var description = ""
    public var location = ""
    public var calendar: String?
    public var categories: [String] = []
    /// People on the invitation, the leader included.
    public var attendees: Int?
    /// Groups someone is there from.
    public var with: [PersonGroup] = []
    public var organizer: OrganizerKind?
    /// Seconds; 30 minutes when not given.
    public var duration = 1800
    public var recurring = false
    /// How often it repeats: nil when not said (`recurring: true`).
    public var frequency: RecurrenceFrequency?
    /// The UID of the series it is an occurrence of: nil for the example's own.
    public var series: String?
    public var weekday: Weekday = .tuesday
    /// Minutes after midnight; 10:00 when not given.
    public var start = 600
    public var allDay = false
    public var transparency: Transparency = .opaque
    public var response: OwnerResponse?
    public var status: EventStatus = .confirmed
    /// The line it was written on.
    public var line = 0

    public init() {}

    /// The keys an example is written with: those the condition kinds read (`ConditionKind.exampleFields`).
    static let keys = ConditionRegistry.exampleFields.map(\.key)
}

/// The world examples happen in: a leader with a manager, directs and peers at
/// `example.com`, colleagues, and a partner company outside; an org chart places
/// the directs' own teams (`deeper`) and a team under a peer (`elsewhere`).
enum ExampleWorld {
    static let domain = "example.com"
    static let leader = "leader@example.com"
    /// People in each org-chart-placed group.
    static let teamSize = 40

    static func profile(ladder: Ladder) -> LeaderProfile {
        LeaderProfile(
            name: "Example Leader", email: leader, level: ladder.names[ladder.levels.count / 2], timeZone: .utc,
            organization: [domain], manager: "manager@example.com",
            directs: (0..<size(of: .directs)).map { person(.directs, $0) }, peers: (0..<size(of: .peers)).map { person(.peers, $0) },
            orgChart: orgChart)
    }

    /// The leader under the manager, with peers; the deeper people under the first
    /// direct; the elsewhere people under the first peer.
    static let orgChart: OrgChart = {
        func row(_ email: String, _ manager: String?) -> OrgChart.Person { .init(email: email, name: "", manager: manager) }
        var people = [row(person(.manager, 0), nil), row(leader, person(.manager, 0))]
        people += (0..<size(of: .peers)).map { row(person(.peers, $0), person(.manager, 0)) }
        people += (0..<size(of: .directs)).map { row(person(.directs, $0), leader) }
        people += (0..<teamSize).map { row(person(.deeper, $0), person(.directs, 0)) }
        people += (0..<teamSize).map { row(person(.elsewhere, $0), person(.peers, 0)) }
        return OrgChart(people: people)
    }()

    /// How many distinct people each group has in the example world.
    static func size(of group: PersonGroup) -> Int {
        switch group {
        case .selfGroup, .manager: 1
        case .directs: 6
        case .peers: 4
        case .deeper, .elsewhere: teamSize
        case .others, .organization, .external: .max
        }
    }

    /// The nth person of a group.
    static func person(_ group: PersonGroup, _ n: Int) -> String {
        switch group {
        case .selfGroup: leader
        case .manager: "manager@example.com"
        case .directs: "direct\(n + 1)@example.com"
        case .peers: "peer\(n + 1)@example.com"
        case .others, .organization: "colleague\(n + 1)@example.com"
        case .deeper: "team\(n + 1)@example.com"
        case .elsewhere: "elsewhere\(n + 1)@example.com"
        case .external: "guest\(n + 1)@partner.example"
        }
    }

    /// One person from each listed group, then more from those groups while they
    /// have distinct people, then colleagues, until `count` people besides the leader.
    static func people(from groups: [PersonGroup], count: Int) -> [String] {
        var used: [PersonGroup: Int] = [:]
        var people: [String] = []
        func take(_ group: PersonGroup) -> Bool {
            let n = used[group, default: 0]
            guard n < size(of: group) else { return false }
            used[group] = n + 1
            people.append(person(group, n))
            return true
        }
        for group in groups { _ = take(group) }
        while people.count < count {
            if !groups.contains(where: take) { _ = take(groups.first == .external ? .external : .others) }
        }
        return people
    }

    static func instance(_ example: ExampleMeeting) -> MeetingInstance {
        // Tuesday 2026-03-03 is the example week's anchor; other weekdays move from it.
        let day = CivilDate(year: 2026, month: 3, day: 2)!.adding(days: example.weekday.rawValue)
        let start = Date(timeIntervalSince1970: TimeInterval(WallClock.seconds(date: day, hour: example.start / 60,
                                                                               minute: example.start % 60)))
        let wanted = (example.attendees ?? example.with.count + 1) - 1
        let people = people(from: example.with, count: max(wanted, example.with.count))
        var attendees = people.map { Attendee(email: $0, status: .accepted) }
        if !attendees.isEmpty { attendees.insert(Attendee(email: leader, status: .accepted), at: 0) }
        let organizer: Participant?
        switch example.organizer ?? .selfOrganized {
        case .selfOrganized: organizer = attendees.isEmpty ? nil : Participant(email: leader)
        case .inOrganization: organizer = Participant(email: people.first { $0.hasSuffix("@" + domain) } ?? person(.others, 9))
        case .external: organizer = Participant(email: people.first { !$0.hasSuffix("@" + domain) } ?? person(.external, 9))
        }
        let response = example.response ?? (example.organizer == nil || example.organizer == .selfOrganized ? .organizer : .accepted)
        var allDay: DateSpan?
        var end = start.addingTimeInterval(TimeInterval(example.duration))
        if example.allDay {
            allDay = DateSpan(start: day, end: day.adding(days: 1))
            end = start.addingTimeInterval(86_400)
        }
        return MeetingInstance(
            uid: example.series ?? "example-\(example.line)@example.com", recurrenceID: example.recurring ? "20260303T100000Z" : nil,
            start: start, end: end, allDay: allDay, title: example.title, location: example.location,
            description: example.description, organizer: organizer, attendees: attendees, myResponse: response,
            status: example.status, transparency: example.transparency, categories: example.categories,
            isRecurring: example.recurring, recurrenceFrequency: example.frequency, calendarName: example.calendar)
    }
}
