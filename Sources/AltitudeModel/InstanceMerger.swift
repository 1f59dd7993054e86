import Foundation

/// Merges instances from several sources. The same occurrence (UID and
/// RECURRENCE-ID) seen twice keeps the copy with the higher SEQUENCE, then the
/// later modification; different occurrences all stay.
public enum InstanceMerger {
    /// Takes ownership of `sources`, so one source is sorted in place rather than copied.
    public static func merge(_ sources: consuming [[MeetingInstance]]) -> [MeetingInstance] {
        var merged: [MeetingInstance]
        if sources.count == 1 {
            merged = sources.removeLast()
        } else {
            var chosen: [OccurrenceKey: MeetingInstance] = [:]
            for instance in sources.joined() {
                let key = instance.occurrenceKey
                if let existing = chosen[key], !instance.supersedes(existing) { continue }
                chosen[key] = instance
            }
            merged = Array(chosen.values)
        }
        // Sort positions, then permute in place: the structs are large, and a
        // sorted copy would hold every instance twice.
        let order = merged.indices.sorted { MeetingInstance.listingOrder(merged[$0], merged[$1]) }
        merged.permute(into: order)
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

extension Array {
    /// Reorders so that `self[i]` becomes the old `self[order[i]]`, by swapping
    /// along each cycle of the permutation (no second array).
    mutating func permute(into order: [Int]) {
        var placed = [Bool](repeating: false, count: count)
        for cycleStart in indices where !placed[cycleStart] {
            var current = cycleStart
            while true {
                placed[current] = true
                let source = order[current]
                if source == cycleStart { break }
                swapAt(current, source)
                current = source
            }
        }
    }
}
