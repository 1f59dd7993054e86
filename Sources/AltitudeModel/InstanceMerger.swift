import Foundation

/// Merges instances from several sources. The same occurrence (UID and
/// RECURRENCE-ID) seen twice keeps the copy with the higher SEQUENCE, then the
/// later modification; different occurrences all stay.
public enum InstanceMerger {
    public static func merge(_ sources: [[MeetingInstance]]) -> [MeetingInstance] {
        var merged: [MeetingInstance]
        if sources.count == 1 {
            merged = sources[0]
        } else {
            var chosen: [OccurrenceKey: MeetingInstance] = [:]
            for instance in sources.joined() {
                let key = instance.occurrenceKey
                if let existing = chosen[key], !instance.supersedes(existing) { continue }
                chosen[key] = instance
            }
            merged = Array(chosen.values)
        }
        merged.sort(by: MeetingInstance.listingOrder)
        return merged
    }
}

extension MeetingInstance {
    /// Whether this copy of an occurrence wins over another copy of it.
    public func supersedes(_ other: MeetingInstance) -> Bool {
        if sequence != other.sequence { return sequence > other.sequence }
        return (lastModified ?? .distantPast) > (other.lastModified ?? .distantPast)
    }

    /// Start, then UID, then occurrence: the order every listing uses.
    public static func listingOrder(_ a: MeetingInstance, _ b: MeetingInstance) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.uid != b.uid { return a.uid < b.uid }
        return (a.recurrenceID ?? "") < (b.recurrenceID ?? "")
    }
}
