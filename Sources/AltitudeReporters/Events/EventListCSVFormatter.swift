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
    public static let classificationColumns = ["level", "relation", "category", "rule", "evidence"]

    public init() {}

    public func write(_ instances: [MeetingInstance], classifications: [Classification]?, window: EventWindow,
                      to output: TextOutput) {
        output.write(CSV.row(Self.columns + (classifications == nil ? [] : Self.classificationColumns)))
        for (index, instance) in instances.enumerated() {
            var row = CSV.Row(output)
            row.add(instance.uid)
            row.add(instance.recurrenceID ?? "")
            row.add(Timestamps.start(of: instance))
            row.add(Timestamps.end(of: instance))
            row.add(instance.isAllDay ? "true" : "false")
            row.add(instance.title)
            row.add(instance.location)
            row.add(instance.status.rawValue)
            row.add(instance.myResponse.rawValue)
            row.add(instance.transparency.rawValue)
            row.add(instance.organizer?.email ?? "")
            row.add(String(instance.attendees.count))
            row.add(instance.categories.joined(separator: ";"))
            row.add(instance.isRecurring ? "true" : "false")
            row.add(instance.calendarName ?? "")
            if let classification = classifications?[index] {
                row.add(classification.level ?? "")
                row.add(classification.relation.rawValue)
                row.add(classification.category ?? "")
                row.add(classification.rule ?? "")
                row.add(classification.evidence?.rawValue ?? "")
            }
            row.end()
        }
    }
}

/// RFC 4180 quoting.
public enum CSV {
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A row straight into the output.
    public static func write(_ fields: [String], to output: TextOutput) {
        var row = Row(output)
        for value in fields { row.add(value) }
        row.end()
    }

    /// A row written field by field, with no array of fields built first: the
    /// events list writes one per instance.
    public struct Row {
        private let output: TextOutput
        private var empty = true

        public init(_ output: TextOutput) { self.output = output }

        public mutating func add(_ value: String) {
            if !empty { output.write(",") }
            empty = false
            var value = value
            let plain = value.withUTF8 { bytes in
                guard !CSV.needsQuoting(bytes), !CSV.startsLikeFormula(bytes) else { return false }
                output.write(bytes)
                return true
            }
            if !plain { output.write(CSV.field(value)) }
        }

        public func end() { output.write("\r\n") }
    }

    /// The value as one field: quoted when it must be, and neutralised as OWASP
    /// recommends when a spreadsheet would read it as a formula (calendar text is
    /// hostile: a title "=HYPERLINK(…)" must stay text).
    public static func field(_ value: String) -> String {
        var value = value
        if value.withUTF8(startsLikeFormula) { return quoted("'" + value) }
        return value.withUTF8(needsQuoting) ? quoted(value) : value
    }

    /// `=`, `+`, `-`, `@`, a tab or a carriage return first, and not a plain number (`-1.5` stays a number).
    static func startsLikeFormula(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(first) else { return false }
        return !bytes.dropFirst().allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2E } || bytes.count == 1
    }

    /// A comma, a quote or a line break needs the field quoted.
    static func needsQuoting(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }

    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
