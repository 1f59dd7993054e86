import Dispatch

/// Work started on another thread now, its value waited for later.
final class Background<Value: Sendable>: @unchecked Sendable {
    // Written once by the worker before it signals; read only after the wait.
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The value computed here and now: for a caller that already keeps every
    /// core busy (the portfolio), where waiting on more queued work could stall.
    init(computedNow work: () -> Value) {
        result = work()
        done.signal()
    }

    /// The value, waiting for the work to finish if need be.
    var value: Value {
        // The semaphore is a latch: every reader waits once and lets the next one through.
        done.wait()
        done.signal()
        return result!
    }
}
