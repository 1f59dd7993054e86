import Foundation
import AltitudeModel

/// The titles no rule matched, by total hours, most first: the rules to write next.
public struct UnclassifiedSummary: Sendable {
    public struct Row: Sendable, Hashable {
        public var title: String
        public var hours: Double
        public var count: Int
    }

    public var rows: [Row]
    /// Unclassified hours as a share of counted meeting hours (not excluded).
    public var share: Double

    public init(_ instances: [MeetingInstance], classifications: [Classification]) {
        var byTitle: [String: Row] = [:]
        var counted = 0.0
        var unclassified = 0.0
        for (instance, classification) in zip(instances, classifications) where classification.relation != .excluded {
            let hours = instance.isAllDay ? 0 : instance.duration / 3600
            counted += hours
            guard classification.relation == .unclassified else { continue }
            unclassified += hours
            byTitle[instance.title, default: Row(title: instance.title, hours: 0, count: 0)].hours += hours
            byTitle[instance.title]!.count += 1
        }
        rows = byTitle.values.sorted { ($0.hours, $1.title) > ($1.hours, $0.title) }
        share = counted > 0 ? unclassified / counted : 0
    }

    public func write(_ format: EventListFormat, to output: TextOutput) {
        switch format {
        case .csv:
            output.write(CSV.row(["title", "hours", "instances"]))
            for row in rows { CSV.write([row.title, String(format: "%.2f", row.hours), String(row.count)], to: output) }
        case .json:
            struct Entry: Encodable { var title: String, hours: Double, instances: Int }
            struct Document: Encodable { var share: Double, titles: [Entry] }
            let rounded = { (value: Double) in (value * 100).rounded() / 100 }
            output.writeJSON(Document(share: (share * 10_000).rounded() / 10_000, titles: rows.map {
                Entry(title: $0.title, hours: rounded($0.hours), instances: $0.count)
            }))
        case .text:
            output.write(String(format: "%.1f%% of meeting hours are unclassified", share * 100) + " (\(rows.count) titles)\n")
            for row in rows {
                output.write(EventListTextFormatter.hours(row.hours * 3600).leftPadding(8) + "  "
                             + "\(row.count)×".leftPadding(5) + "  " + row.title.replacingControlCharacters() + "\n")
            }
        }
    }
}

