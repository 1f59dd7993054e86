import Foundation
import AltitudeModel

/// One row per instance (RFC 4180). Timed starts and ends in UTC, all-day ones as
/// dates with the end exclusive, so a script can read either without a zone.
public struct EventListCSVFormatter: EventListFormatter {
    public static let columns = [
        "uid", "recurrence_id", "start", "end", "all_day", "title", "location", "status", "my_status",
        "transparency", "organizer", "attendees", "categories", "recurring", "calendar",
    ]

    public init() {}

    public func format(_ instances: [MeetingInstance], window: EventWindow) -> String {
        var output = CSV.row(Self.columns)
        output.reserveCapacity(instances.count * 160)
        for instance in instances {
            output += CSV.row([
                instance.uid, instance.recurrenceID ?? "", Timestamps.start(of: instance), Timestamps.end(of: instance),
                instance.isAllDay ? "true" : "false", instance.title, instance.location, instance.status.rawValue,
                instance.myResponse.rawValue, instance.transparency.rawValue, instance.organizer?.email ?? "",
                String(instance.attendees.count), instance.categories.joined(separator: ";"),
                instance.isRecurring ? "true" : "false", instance.calendarName ?? "",
            ])
        }
        return output
    }
}

/// RFC 4180 quoting.
public enum CSV {
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
