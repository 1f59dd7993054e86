import AltitudeModel
import Foundation

/// The listing as one JSON document with a stable schema (see README):
/// `{"from", "to", "timeZone", "instances": [...]}`.
public struct EventListJSONFormatter: EventListFormatter {
    let timeZone: ZoneRules

    public init(timeZone: ZoneRules) {
        self.timeZone = timeZone
    }

    public func write(_ instances: [MeetingInstance], classifications: [Classification]?, window: EventWindow,
                      to output: TextOutput) {
        // Every key, always: `null` where there is no value, as in the report's JSON.
        let document = JSONValue(object: [
            "from": JSONValue(window.from.description), "to": JSONValue(window.to.description), "timeZone": JSONValue(timeZone.identifier),
            "instances": JSONValue(instances.enumerated().map { index, instance in
                let classification = classifications?[index]
                return JSONValue(object: [
                    "uid": JSONValue(instance.uid), "recurrenceId": JSONValue(instance.recurrenceID), "seriesId": JSONValue(instance.seriesID),
                    "start": JSONValue(Timestamps.start(of: instance)), "end": JSONValue(Timestamps.end(of: instance)),
                    "allDay": .bool(instance.isAllDay), "title": JSONValue(instance.title), "location": JSONValue(instance.location),
                    "description": JSONValue(instance.description), "organizer": instance.organizer.map(Self.person) ?? .null,
                    "attendees": JSONValue(instance.attendees.map(Self.person)), "myStatus": JSONValue(instance.myResponse.rawValue),
                    "status": JSONValue(instance.status.rawValue), "transparency": JSONValue(instance.transparency.rawValue),
                    "categories": JSONValue(instance.categories), "recurring": .bool(instance.isRecurring),
                    "calendar": JSONValue(instance.calendarName), "sequence": JSONValue(Double(instance.sequence)),
                    "line": JSONValue(instance.sourceLine.map(Double.init)), "level": JSONValue(classification?.level),
                    "relation": JSONValue(classification?.relation.rawValue), "category": JSONValue(classification?.category),
                    "rule": JSONValue(classification?.rule), "evidence": JSONValue(classification?.evidence?.rawValue),
                ])
            }),
        ])
        output.writeJSON(document)
    }

    /// An organizer: `email`, `name`.
    static func person(_ organizer: Participant) -> JSONValue {
        JSONValue(object: ["email": JSONValue(organizer.email), "name": JSONValue(organizer.name)])
    }

    /// An attendee: `email`, `name`, `role`, `status`, `kind`.
    static func person(_ attendee: Attendee) -> JSONValue {
        JSONValue(object: ["email": JSONValue(attendee.email), "name": JSONValue(attendee.name), "role": JSONValue(attendee.role.rawValue),
                           "status": JSONValue(attendee.status.rawValue), "kind": JSONValue(attendee.kind.rawValue)])
    }
}
