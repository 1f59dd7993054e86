import AltitudeModel
import Foundation

/// A leader (Robin Vale, a VP in New York unless told otherwise) and their
/// meetings, written as values: what analysis, reporter and workspace tests
/// build calendars from without reading a file.
public struct World {
    public var profile: LeaderProfile

    public init(zone: String = "America/New_York", workingHours: WorkingHours = .standard) {
        profile = LeaderProfile(name: "Robin Vale", email: "robin@acme.example", level: "vp", timeZone: ZoneRules(ianaIdentifier: zone)!,
                                promoted: CivilDate(iso: "2026-02-02"), organization: ["acme.example"], manager: "cto@acme.example",
                                directs: ["ana@acme.example", "ben@acme.example"], peers: ["dana@acme.example"],
                                workingHours: workingHours, target: 0.25)
    }

    /// `"2026-03-09 10:00"` in the leader's zone.
    public func instant(_ text: String) -> Date {
        let parts = text.split(separator: " ")
        let date = CivilDate(iso: parts[0])!
        let clock = parts[1].split(separator: ":").map { Int($0)! }
        return profile.timeZone.instant(fromWall: WallClock.seconds(date: date, hour: clock[0], minute: clock[1]))
    }

    public func meeting(_ start: String, minutes: Int, title: String = "Meeting", with people: [String] = ["lee@acme.example"],
                        response: OwnerResponse = .accepted, status: EventStatus = .confirmed,
                        transparency: Transparency = .opaque, series: String? = nil) -> MeetingInstance {
        let begin = instant(start)
        return MeetingInstance(uid: series ?? UUID().uuidString, start: begin, end: begin.addingTimeInterval(Double(minutes * 60)),
                               title: title, organizer: Participant(email: profile.email),
                               attendees: [Attendee(email: profile.email, status: .accepted)] + people.map { Attendee(email: $0, status: .accepted) },
                               myResponse: response, status: status, transparency: transparency, isRecurring: series != nil)
    }

    public func allDay(_ date: String, title: String = "OOO") -> MeetingInstance {
        let day = CivilDate(iso: date)!
        return MeetingInstance(uid: UUID().uuidString, start: profile.timeZone.startOfDay(day),
                               end: profile.timeZone.startOfDay(day.adding(days: 1)), allDay: DateSpan(start: day, end: day.adding(days: 1)),
                               title: title, myResponse: .organizer)
    }
}
