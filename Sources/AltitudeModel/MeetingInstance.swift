import Foundation

/// One occurrence of a meeting, as it sits in the calendar: the value every later
/// stage (store, classifier, analysis, reporters) works from.
public struct MeetingInstance: Sendable, Hashable, Codable {
    /// The event's UID.
    public var uid: String
    /// The occurrence this instance is, for a recurring series: its original start
    /// as `YYYYMMDDTHHMMSSZ` (UTC) or `YYYYMMDD` (all-day). Nil for a one-off.
    public var recurrenceID: String?
    /// Identifies the series an instance belongs to: its UID, or for an event
    /// without one, an id made from its time and title.
    public var seriesID: String
    /// When the instance begins and ends. For an all-day instance: local midnights
    /// in the time zone the calendar was read in.
    public var start: Date
    public var end: Date
    /// The dates of an all-day instance (end exclusive); nil for a timed one.
    public var allDay: DateSpan?
    public var title: String
    public var location: String
    public var description: String
    public var organizer: Participant?
    public var attendees: [Attendee]
    /// The calendar owner's own answer to the invitation.
    public var myResponse: OwnerResponse
    public var status: EventStatus
    public var transparency: Transparency
    public var categories: [String]
    public var isRecurring: Bool
    /// How often its series repeats (the RRULE's FREQ; the finest, with two rules).
    /// Nil for a one-off, a series of listed dates (RDATE) only, an override whose
    /// series is not in the calendar, and an instance stored before it was kept.
    public var recurrenceFrequency: RecurrenceFrequency?
    /// The calendar's name (X-WR-CALNAME), when the export has one.
    public var calendarName: String?
    /// SEQUENCE and LAST-MODIFIED (or DTSTAMP): which copy wins when sources disagree.
    public var sequence: Int
    public var lastModified: Date?
    /// Where the event that produced this instance starts in its file.
    public var sourceLine: Int?

    public init(
        uid: String, recurrenceID: String? = nil, seriesID: String? = nil, start: Date, end: Date,
        allDay: DateSpan? = nil, title: String = "", location: String = "", description: String = "",
        organizer: Participant? = nil, attendees: [Attendee] = [], myResponse: OwnerResponse = .unknown,
        status: EventStatus = .confirmed, transparency: Transparency = .opaque, categories: [String] = [],
        isRecurring: Bool = false, recurrenceFrequency: RecurrenceFrequency? = nil, calendarName: String? = nil, sequence: Int = 0,
        lastModified: Date? = nil, sourceLine: Int? = nil
    ) {
        self.uid = uid
        self.recurrenceID = recurrenceID
        self.seriesID = seriesID ?? uid
        self.start = start
        self.end = end
        self.allDay = allDay
        self.title = title
        self.location = location
        self.description = description
        self.organizer = organizer
        self.attendees = attendees
        self.myResponse = myResponse
        self.status = status
        self.transparency = transparency
        self.categories = categories
        self.isRecurring = isRecurring
        self.recurrenceFrequency = recurrenceFrequency
        self.calendarName = calendarName
        self.sequence = sequence
        self.lastModified = lastModified
        self.sourceLine = sourceLine
    }

    public var isAllDay: Bool { allDay != nil }

    public var duration: TimeInterval { end.timeIntervalSince(start) }

    /// The key two copies of the same occurrence share, whichever source they came from.
    public var occurrenceKey: OccurrenceKey { OccurrenceKey(seriesID: seriesID, recurrenceID: recurrenceID) }
}

/// Series (the UID) plus RECURRENCE-ID: names one occurrence across sources and re-exports.
public struct OccurrenceKey: Hashable, Sendable, Codable, Comparable {
    public var seriesID: String
    public var recurrenceID: String?

    public init(seriesID: String, recurrenceID: String?) {
        self.seriesID = seriesID
        self.recurrenceID = recurrenceID
    }

    public static func < (lhs: OccurrenceKey, rhs: OccurrenceKey) -> Bool {
        (lhs.seriesID, lhs.recurrenceID ?? "") < (rhs.seriesID, rhs.recurrenceID ?? "")
    }
}

/// The dates an all-day instance covers; `end` is exclusive, as in iCalendar.
/// Stored as day numbers: every all-day instance carries one.
public struct DateSpan: Sendable, Hashable, Codable {
    private var startDay: Int32
    private var endDay: Int32

    public init(start: CivilDate, end: CivilDate) {
        startDay = Int32(start.dayNumber)
        endDay = Int32(end.dayNumber)
    }

    public var start: CivilDate { CivilDate(dayNumber: Int(startDay)) }
    public var end: CivilDate { CivilDate(dayNumber: Int(endDay)) }
    public var days: Int { Int(endDay - startDay) }

    private enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(String.self, forKey: .start)
        let end = try container.decode(String.self, forKey: .end)
        guard let startDate = CivilDate(iso: start), let endDate = CivilDate(iso: end) else {
            throw DecodingError.dataCorruptedError(forKey: .start, in: container, debugDescription: "expected YYYY-MM-DD dates")
        }
        self.init(start: startDate, end: endDate)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start.description, forKey: .start)
        try container.encode(end.description, forKey: .end)
    }
}

/// Someone named on an event (the organizer, or an attendee's identity).
public struct Participant: Sendable, Hashable, Codable {
    /// The address, lower-cased, without `mailto:`.
    public var email: String
    public var name: String?

    public init(email: String, name: String? = nil) {
        self.email = email
        self.name = name
    }
}

public struct Attendee: Sendable, Hashable, Codable {
    public var email: String
    public var name: String?
    public var role: AttendeeRole
    public var status: ParticipationStatus
    public var kind: CalendarUserType

    public init(
        email: String, name: String? = nil, role: AttendeeRole = .required,
        status: ParticipationStatus = .needsAction, kind: CalendarUserType = .individual
    ) {
        self.email = email
        self.name = name
        self.role = role
        self.status = status
        self.kind = kind
    }
}

extension Attendee {
    /// Whether this attendee is a person at the meeting: rooms and resources are
    /// not people, and someone who declined is not there. The one definition of
    /// presence, for the rules (`with: directs`) and the weekly figures (time with directs) alike.
    public var isPresent: Bool { kind != .room && kind != .resource && status != .declined }
}

extension MeetingInstance {
    /// Calls `body` with the address of everyone there: each present attendee, then
    /// the organizer (often listed as an attendee too: callers count an address once).
    @inlinable
    public func forEachPresentAddress(_ body: (String) -> Void) {
        for attendee in attendees where attendee.isPresent { body(attendee.email) }
        if let organizer { body(organizer.email) }
    }
}

/// ROLE (RFC 5545 §3.2.16).
public enum AttendeeRole: String, Sendable, Codable, CaseIterable {
    case chair = "chair"
    case required = "req-participant"
    case optional = "opt-participant"
    case nonParticipant = "non-participant"
}

/// PARTSTAT (RFC 5545 §3.2.12), as it applies to events.
public enum ParticipationStatus: String, Sendable, Codable, CaseIterable {
    case needsAction = "needs-action"
    case accepted
    case declined
    case tentative
    case delegated
}

/// CUTYPE (RFC 5545 §3.2.3): rooms and resources are not people in the meeting.
public enum CalendarUserType: String, Sendable, Codable, CaseIterable {
    case individual
    case group
    case resource
    case room
    case unknown
}

/// STATUS of an event (RFC 5545 §3.8.1.11).
public enum EventStatus: String, Sendable, Codable, CaseIterable {
    case tentative
    case confirmed
    case cancelled
}

/// TRANSP (RFC 5545 §3.8.2.7): transparent time does not block the calendar.
public enum Transparency: String, Sendable, Codable, CaseIterable {
    case opaque
    case transparent
}

/// FREQ of a recurrence rule (RFC 5545 §3.3.10), in order from the finest period to the coarsest.
public enum RecurrenceFrequency: String, Sendable, Codable, CaseIterable, Comparable {
    case secondly, minutely, hourly, daily, weekly, monthly, yearly

    public static func < (lhs: RecurrenceFrequency, rhs: RecurrenceFrequency) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .secondly: 0
        case .minutely: 1
        case .hourly: 2
        case .daily: 3
        case .weekly: 4
        case .monthly: 5
        case .yearly: 6
        }
    }
}

/// How the calendar's owner stands toward an instance.
public enum OwnerResponse: String, Sendable, Codable, CaseIterable {
    /// The owner organised it, or it is their own entry with nobody invited.
    case organizer
    case accepted
    case declined
    case tentative
    case needsAction = "needs-action"
    case delegated
    /// The owner is not named on it, or who the owner is is not known.
    case unknown

    public init(_ status: ParticipationStatus) {
        switch status {
        case .accepted: self = .accepted
        case .declined: self = .declined
        case .tentative: self = .tentative
        case .needsAction: self = .needsAction
        case .delegated: self = .delegated
        }
    }
}

/// Who the calendar belongs to, so their own response can be read off each event.
public struct OwnerIdentity: Sendable, Hashable {
    /// Lower-cased addresses: the profile's email and aliases.
    public let emails: Set<String>

    public init(emails: some Sequence<String>) {
        self.emails = Set(emails.map { $0.lowercased() })
    }

    public static let unknown = OwnerIdentity(emails: [])

    public func isOwner(_ email: String) -> Bool { emails.contains(email) }

    /// How the owner stands toward an event: its organiser, their own PARTSTAT,
    /// or unknown. An event with nobody invited is the owner's own entry.
    public func response(organizer: Participant?, attendees: [Attendee]) -> OwnerResponse {
        if let organizer, isOwner(organizer.email) { return .organizer }
        if let own = attendees.first(where: { isOwner($0.email) }) { return OwnerResponse(own.status) }
        return attendees.isEmpty ? .organizer : .unknown
    }
}
