import Dispatch
import Foundation

/// Work over `count` items cut into contiguous slices, one per core, each slice's
/// result kept in its place: the one way Altitude spreads a batch over the cores
/// (parsing a chunk's events, preparing a snapshot's rows, classifying, a coach's
/// clients). A slice is never smaller than `minimumSlice` items, so small batches
/// stay on one thread, where starting workers would cost more than they save.
public enum ParallelSlices {
    /// The slices of `count` items: at most `workers`, at least `minimumSlice` items each (but one slice, however few).
    public static func ranges(count: Int, minimumSlice: Int = 1,
                              workers: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Range<Int>] {
        let slices = max(1, min(workers, count / max(1, minimumSlice)))
        return (0..<slices).map { (count * $0 / slices)..<(count * ($0 + 1) / slices) }
    }

    /// `body` run on every slice at once (`slice` is its number, from 0), the results in slice order.
    public static func map<Result>(count: Int, minimumSlice: Int = 1, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                   _ body: (_ slice: Int, _ range: Range<Int>) -> Result) -> [Result] {
        let slices = ranges(count: count, minimumSlice: minimumSlice, workers: workers)
        guard slices.count > 1 else { return slices.map { body(0, $0) } }
        let results = Slots<Result>(count: slices.count)
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: slices.count) { slice in
                results.store(shared.value(slice, slices[slice]), at: slice)
            }
        }
        return results.all
    }

    /// `body` once for each item, as many at once as there are cores: for items that are each a
    /// large piece of work (a client's whole analysis).
    public static func map<Result>(each count: Int, _ body: (Int) -> Result) -> [Result] {
        map(count: count, minimumSlice: 1, workers: count) { slice, _ in body(slice) }
    }

    /// One place per slice, each written by its own worker once and read after all have
    /// finished (memory of its own, not an array: workers write at once, so no exclusive access to one).
    private final class Slots<Value>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Value?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func store(_ value: Value, at index: Int) { slots[index] = value }

        /// Every slot was stored before this is read (`concurrentPerform` returns when all have run).
        var all: [Value] { slots.compactMap { $0 } }
    }

    /// The body shared by the workers: each calls it on a slice of its own, so nothing it touches is shared unguarded.
    private struct UncheckedSendable<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
