import Foundation
import AltitudeModel

extension Condition: CustomStringConvertible {
    /// The condition in the words of the rules format, on one line.
    public var description: String {
        switch self {
        case .all(let parts): return "all of (" + parts.map(\.description).joined(separator: "; ") + ")"
        case .any(let parts): return "any of (" + parts.map(\.description).joined(separator: "; ") + ")"
        case .not(let inner): return "not (\(inner))"
        case .text(let field, let patterns): return "\(field.rawValue) ~ " + patterns.map { "'\($0.source)'" }.joined(separator: " | ")
        case .attendees(let low, let high): return "attendees \(Self.range(low, high))"
        case .with(let groups): return "with " + Self.names(groups)
        case .onlyWith(let groups): return "only-with " + Self.names(groups)
        case .without(let groups): return "without " + Self.names(groups)
        case .onlySelf(let value): return "only-self: \(value)"
        case .organizer(let kinds): return "organizer " + kinds.map(\.rawValue).sorted().joined(separator: " | ")
        case .duration(let low, let high): return "duration \(Self.range(low.map { $0 / 60 }, high.map { $0 / 60 })) min"
        case .recurring(let value): return "recurring: \(value)"
        case .weekday(let days): return "weekday " + Weekday.allCases.filter { days.contains($0) }.map(\.shortName).joined(separator: ",")
        case .startTime(let from, let to): return String(format: "time %02d:%02d–%02d:%02d", from / 60, from % 60, to / 60, to % 60)
        case .outsideWorkingHours(let value): return "outside-working-hours: \(value)"
        case .allDay(let value): return "all-day: \(value)"
        case .transparency(let value): return "transparency \(value == .transparent ? "free" : "busy")"
        case .response(let values): return "response " + values.map(\.rawValue).sorted().joined(separator: " | ")
        case .status(let values): return "status " + values.map(\.rawValue).sorted().joined(separator: " | ")
        }
    }

    private static func names(_ groups: Set<PersonGroup>) -> String {
        groups.map(\.rawValue).sorted().joined(separator: " | ")
    }

    private static func range(_ low: Int?, _ high: Int?) -> String {
        switch (low, high) {
        case let (low?, high?) where low == high: "\(low)"
        case let (low?, high?): "\(low)–\(high)"
        case let (low?, nil): "≥ \(low)"
        case let (nil, high?): "≤ \(high)"
        default: "any"
        }
    }
}
