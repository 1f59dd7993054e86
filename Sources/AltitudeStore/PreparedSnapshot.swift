import AltitudeModel
import Foundation

/// A snapshot turned into rows before the store is locked: attendee lists
/// encoded, contents hashed, duplicate occurrences dropped. The work is spread
/// over every core, so the write transaction (and the lock other runs wait on)
/// only looks up and writes.
struct PreparedSnapshot {
    let location: SourceLocation
    let zone: ZoneRules
    let info: SnapshotInfo
    /// One per occurrence, in the snapshot's order; `attendeeListId` is still an
    /// index into `lists` (resolved to a row id in the transaction).
    var rows: [InstanceRecord] = []
    var keys: [OccurrenceKey] = []
    /// The distinct attendee lists, as `AttendeeCodec` writes them, with their `ContentHash`.
    var lists: [(text: String, hash: Int64)] = []
    /// What the source covers, as instants in the zone it was read in (`altitude sources` shows it).
    var firstStart: Int64?
    var lastEnd: Int64?

    init(_ snapshot: Snapshot, parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) {
        location = snapshot.location
        zone = snapshot.zone
        info = snapshot.info
        let instances = snapshot.instances
        let prepared = ParallelSlices.map(count: instances.count, minimumSlice: 4096, workers: parallelism) { _, range in
            Slice(range: range).prepared(instances)
        }

        var listIndex: [String: Int64] = [:]
        var seen = Set<OccurrenceKey>()
        rows.reserveCapacity(instances.count)
        for slice in prepared {
            // Slices number their lists from zero; renumber them into one table.
            let renumbered = slice.lists.map { list -> Int64 in
                if let index = listIndex[list.text] { return index }
                let index = Int64(lists.count)
                lists.append(list)
                listIndex[list.text] = index
                return index
            }
            for (offset, var row) in slice.rows.enumerated() {
                // One copy per occurrence and source.
                guard seen.insert(slice.keys[offset]).inserted else { continue }
                row.attendeeListId = row.attendeeListId.map { renumbered[Int($0)] }
                rows.append(row)
                keys.append(slice.keys[offset])
            }
        }
        firstStart = rows.map { Int64($0.instance.start.timeIntervalSince1970.rounded(.down)) }.min()
        lastEnd = rows.map { Int64($0.instance.end.timeIntervalSince1970.rounded(.down)) }.max()
    }

    /// One worker's share of the instances.
    private struct Slice: Sendable {
        let range: Range<Int>

        func prepared(_ instances: [MeetingInstance]) -> SliceResult {
            var result = SliceResult()
            // A series' instances share one attendee array: encode it once.
            var byStorage: [UInt: Int64?] = [:]
            var byText: [String: Int64] = [:]
            for index in range {
                let instance = instances[index]
                let storage = instance.attendees.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
                let list: Int64?
                if let known = byStorage[storage] {
                    list = known
                } else if instance.attendees.isEmpty {
                    list = nil
                    byStorage[storage] = .some(nil)
                } else {
                    let text = AttendeeCodec.encode(instance.attendees)
                    if let known = byText[text] {
                        list = known
                    } else {
                        var hash = ContentHash()
                        hash.add(text)
                        list = Int64(result.lists.count)
                        result.lists.append((text, hash.value))
                        byText[text] = list
                    }
                    byStorage[storage] = .some(list)
                }
                let text = list.map { result.lists[Int($0)].text } ?? ""
                result.rows.append(InstanceRecord(instance, attendeeText: text, attendeeListId: list))
                result.keys.append(instance.occurrenceKey)
            }
            return result
        }
    }

    fileprivate struct SliceResult: Sendable {
        var rows: [InstanceRecord] = []
        var keys: [OccurrenceKey] = []
        var lists: [(text: String, hash: Int64)] = []
    }

}
