import AltitudeModel
import Foundation

/// The listing as one JSON document with a stable schema (see README):
/// `{"from", "to", "timeZone", "instances": [...]}`.
public struct EventListJSONFormatter: EventListFormatter {
    let timeZone: ZoneRules

    public init(timeZone: ZoneRules) {
        self.timeZone = timeZone
    }

    struct Document: Encodable {
        var from: String
        var to: String
        var timeZone: String
        var instances: [Entry]
    }

    struct Entry: Encodable {
        var uid: String
        var recurrenceId: String?
        var seriesId: String
        var start: String
        var end: String
        var allDay: Bool
        var title: String
        var location: String
        var description: String
        var organizer: Participant?
        var attendees: [Attendee]
        var myStatus: String
        var status: String
        var transparency: String
        var categories: [String]
        var recurring: Bool
        var calendar: String?
        var sequence: Int
        var line: Int?
        var level: String?
        var relation: String?
        var category: String?
        var rule: String?

        enum CodingKeys: String, CodingKey {
            case uid, recurrenceId, seriesId, start, end, allDay, title, location, description, organizer, attendees, myStatus,
                 status, transparency, categories, recurring, calendar, sequence, line, level, relation, category, rule
        }

        /// Every key, always: `null` where there is no value, as in the report's JSON
        /// (the synthesized encoder would leave such keys out).
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(uid, forKey: .uid)
            try container.encode(recurrenceId, forKey: .recurrenceId)
            try container.encode(seriesId, forKey: .seriesId)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(allDay, forKey: .allDay)
            try container.encode(title, forKey: .title)
            try container.encode(location, forKey: .location)
            try container.encode(description, forKey: .description)
            try container.encode(organizer.map(Person.init), forKey: .organizer)
            try container.encode(attendees.map(Person.init), forKey: .attendees)
            try container.encode(myStatus, forKey: .myStatus)
            try container.encode(status, forKey: .status)
            try container.encode(transparency, forKey: .transparency)
            try container.encode(categories, forKey: .categories)
            try container.encode(recurring, forKey: .recurring)
            try container.encode(calendar, forKey: .calendar)
            try container.encode(sequence, forKey: .sequence)
            try container.encode(line, forKey: .line)
            try container.encode(level, forKey: .level)
            try container.encode(relation, forKey: .relation)
            try container.encode(category, forKey: .category)
            try container.encode(rule, forKey: .rule)
        }
    }

    /// An organizer (`email`, `name`) or attendee (also `role`, `status`, `kind`), every key present.
    struct Person: Encodable {
        var email: String
        var name: String?
        var attendance: (role: String, status: String, kind: String)?

        init(_ organizer: Participant) {
            email = organizer.email
            name = organizer.name
        }

        init(_ attendee: Attendee) {
            email = attendee.email
            name = attendee.name
            attendance = (attendee.role.rawValue, attendee.status.rawValue, attendee.kind.rawValue)
        }

        enum CodingKeys: String, CodingKey { case email, name, role, status, kind }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(email, forKey: .email)
            try container.encode(name, forKey: .name)
            if let attendance {
                try container.encode(attendance.role, forKey: .role)
                try container.encode(attendance.status, forKey: .status)
                try container.encode(attendance.kind, forKey: .kind)
            }
        }
    }

    public func write(_ instances: [MeetingInstance], classifications: [Classification]?, window: EventWindow,
                      to output: TextOutput) {
        let document = Document(
            from: window.from.description, to: window.to.description, timeZone: timeZone.identifier,
            instances: instances.enumerated().map { index, instance in
                let classification = classifications?[index]
                return Entry(uid: instance.uid, recurrenceId: instance.recurrenceID, seriesId: instance.seriesID,
                      start: Timestamps.start(of: instance), end: Timestamps.end(of: instance), allDay: instance.isAllDay,
                      title: instance.title, location: instance.location, description: instance.description,
                      organizer: instance.organizer, attendees: instance.attendees, myStatus: instance.myResponse.rawValue,
                      status: instance.status.rawValue, transparency: instance.transparency.rawValue,
                      categories: instance.categories, recurring: instance.isRecurring, calendar: instance.calendarName,
                      sequence: instance.sequence, line: instance.sourceLine, level: classification?.level,
                      relation: classification?.relation.rawValue, category: classification?.category, rule: classification?.rule)
            })
        output.write(JSONOutput.encode(document))
    }
}
