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
        let workers = max(1, min(parallelism, instances.count / 2048))
        var decisions = [Int32](repeating: -1, count: instances.count)
        var prepared = self
        decisions.withUnsafeMutableBufferPointer { buffer in
            let slots = WorkerShared(buffer)
            // Through a buffer pointer each instance is borrowed, not copied (and retained) per read.
            instances.withUnsafeBufferPointer { buffer in
                prepared.matchTexts(of: buffer, workers: workers)
                let start = prepared
                let instances = WorkerShared(buffer)
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    var classifier = start
                    let count = instances.buffer.count
                    for index in (count * worker / workers)..<(count * (worker + 1) / workers) {
                        slots.buffer[index] = Int32(classifier.decision(classifier.features(of: instances.buffer[index], batched: true)))
                    }
                }
            }
        }
        return decisions.map { program.outcome(Int($0)) }
    }

    /// A buffer the workers share: each writes only its own indices, and all of
    /// them are done before the buffer's owner returns.
    private struct WorkerShared<Buffer>: @unchecked Sendable {
        let buffer: Buffer
        init(_ buffer: Buffer) { self.buffer = buffer }
    }

    /// Registers every distinct text of a batch and matches them before the
    /// instances are shared out, the texts spread over the workers: each text is
    /// matched once, not once per worker, and the workers only read the tables.
    private mutating func matchTexts(of instances: UnsafeBufferPointer<MeetingInstance>, workers: Int) {
        var pending: [(field: TextField, text: String, id: Int32)] = []
        for instance in instances {
            for field in program.textFields {
                let text = text(of: instance, field)
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
        var rows = [[Bool]](repeating: [], count: pending.count)
        let matcher = self
        rows.withUnsafeMutableBufferPointer { buffer in
            let slots = WorkerShared(buffer)
            let work = WorkerShared(pending)
            let parts = min(workers, max(1, pending.count))
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let count = work.buffer.count
                for index in (count * part / parts)..<(count * (part + 1) / parts) {
                    slots.buffer[index] = matcher.matchRow(work.buffer[index].field, work.buffer[index].text)
                }
            }
        }
        for (index, item) in pending.enumerated() { texts[item.field.slot].matches[Int(item.id)] = rows[index] }
    }
}
