import Foundation
import AltitudeModel

/// One row per instance (RFC 4180). Timed starts and ends in UTC, all-day ones as
/// dates with the end exclusive, so a script can read either without a zone.
public struct EventListCSVFormatter: EventListFormatter {
    public static let columns = [
        "uid", "recurrence_id", "start", "end", "all_day", "title", "location", "status", "my_status",
        "transparency", "organizer", "attendees", "categories", "recurring", "calendar",
    ]
    /// Added when a profile classifies the instances.
    public static let classificationColumns = ["level", "relation", "category", "rule"]

    public init() {}

    public func write(_ instances: [MeetingInstance], classifications: [Classification]?, window: EventWindow,
                      to output: TextOutput) {
        output.write(CSV.row(Self.columns + (classifications == nil ? [] : Self.classificationColumns)))
        for (index, instance) in instances.enumerated() {
            var fields = [
                instance.uid, instance.recurrenceID ?? "", Timestamps.start(of: instance), Timestamps.end(of: instance),
                instance.isAllDay ? "true" : "false", instance.title, instance.location, instance.status.rawValue,
                instance.myResponse.rawValue, instance.transparency.rawValue, instance.organizer?.email ?? "",
                String(instance.attendees.count), instance.categories.joined(separator: ";"),
                instance.isRecurring ? "true" : "false", instance.calendarName ?? "",
            ]
            if let classification = classifications?[index] {
                fields += [classification.level ?? "", classification.relation.rawValue, classification.category ?? "",
                           classification.rule ?? ""]
            }
            CSV.write(fields, to: output)
        }
    }
}

/// RFC 4180 quoting.
public enum CSV {
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A row straight into the output, without building it first.
    public static func write(_ fields: [String], to output: TextOutput) {
        for (index, value) in fields.enumerated() {
            if index > 0 { output.write(",") }
            output.write(field(value))
        }
        output.write("\r\n")
    }

    public static func field(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
