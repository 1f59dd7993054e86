import AltitudeModel
import Foundation

// A batch of meetings classified on every core.
extension Classifier {
    /// Classifies every instance, in order, on all cores: each slice gets its own
    /// copy of the classifier and its caches. Workers record only the deciding
    /// rule's position; the results are built afterwards on one thread, so the
    /// workers never contend for the reference counts of the shared result strings.
    public func classify(_ instances: [MeetingInstance],
                         parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Classification] {
        var prepared = self
        // Through a buffer pointer each instance is borrowed, not copied (and retained) per read.
        let decisions = instances.withUnsafeBufferPointer { buffer in
            let slices = ParallelSlices.ranges(count: buffer.count, minimumSlice: 2048, workers: parallelism)
            prepared.matchTexts(of: buffer, workers: slices.count)
            let start = prepared
            return ParallelSlices.map(count: buffer.count, minimumSlice: 2048, workers: parallelism) { _, range in
                var classifier = start
                return range.map { Int32(classifier.decision(classifier.features(of: buffer[$0], batched: true))) }
            }
        }
        return decisions.joined().map { program.outcome(Int($0)) }
    }

    /// Registers every distinct text of a batch and matches them before the
    /// instances are shared out, the texts spread over the workers: each text is
    /// matched once, not once per worker, and the workers only read the tables.
    private mutating func matchTexts(of instances: UnsafeBufferPointer<MeetingInstance>, workers: Int) {
        var pending: [(field: TextField, text: String, id: Int32)] = []
        // By index: each instance borrowed in place (a for-in over the buffer copies every one).
        for index in instances.indices {
            for field in program.textFields {
                let text = text(of: instances[index], field)
                let slot = field.slot
                let identity = StringIdentity(text)
                if field != .categories, textsByIdentity[slot].value(for: identity) != nil { continue }
                let id: Int32
                if let known = texts[slot].ids[text] {
                    id = known
                } else {
                    id = Int32(texts[slot].matches.count)
                    texts[slot].ids[text] = id
                    texts[slot].matches.append([])
                    pending.append((field, text, id))
                }
                if field != .categories { textsByIdentity[slot].insert(id, for: identity) }
            }
        }
        let matcher = self
        let rows = ParallelSlices.map(count: pending.count, workers: workers) { _, range in
            range.map { matcher.matchRow(pending[$0].field, pending[$0].text) }
        }.joined()
        for (item, row) in zip(pending, rows) { texts[item.field.slot].matches[Int(item.id)] = row }
    }
}
