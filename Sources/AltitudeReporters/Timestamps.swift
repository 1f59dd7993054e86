import AltitudeModel
import Foundation

/// The two timestamp shapes every machine format uses.
enum Timestamps {
    /// `YYYY-MM-DDTHH:MM:SSZ`.
    static func utc(_ date: Date) -> String {
        WallClock.isoDescription(Int64(date.timeIntervalSince1970.rounded(.down))) + "Z"
    }

    /// A timed instance's instant in UTC, or an all-day instance's date (end exclusive).
    static func start(of instance: MeetingInstance) -> String {
        instance.allDay.map { $0.start.description } ?? utc(instance.start)
    }

    static func end(of instance: MeetingInstance) -> String {
        instance.allDay.map { $0.end.description } ?? utc(instance.end)
    }
}
