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
