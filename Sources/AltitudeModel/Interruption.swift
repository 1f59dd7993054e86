#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// What SIGINT, SIGTERM and SIGHUP do while a run is armed: Ctrl-C, cron's timeout, a
/// shutdown or a closed terminal.
///
/// Outside deferred work the run ends at once — a message made beforehand on stderr,
/// then exit 130 — which is right for work that commits all or nothing (an import's
/// transaction). Work that must not be cut in half (a digest handed to the mailer but
/// not yet recorded) runs in `deferring`: a signal then only marks the run as
/// interrupted and calls `onRequest` (which stops mail sessions in progress), the
/// work finishes or gives up on its own, no new deferred work starts, and the caller
/// ends the run saying what was done.
public enum Interruption {
    nonisolated(unsafe) private static var message: UnsafeMutableBufferPointer<UInt8>?
    /// Called from the signal handler, so it must be async-signal-safe.
    nonisolated(unsafe) public static var onRequest: (@convention(c) () -> Void)?
    private static let requestedFlag = Atomic<Bool>(false)
    private static let deferredWork = Atomic<Int>(0)
    private static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// Whether a signal asked the run to end.
    public static var requested: Bool { requestedFlag.load(ordering: .sequentiallyConsistent) }

    /// Until `disarm()`, the signals end the run as described above, saying `text` when it ends at once.
    public static func arm(saying text: String) {
        let bytes = Array(text.utf8)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        let previous = message
        message = buffer
        previous?.deallocate()
        _ = requested  // the atomics initialised here, not first in the handler
        _ = deferredWork.load(ordering: .relaxed)
        for signal in signals { Glibc.signal(signal, handler) }
        // A parent may have started us with them blocked (a test runner does): this thread takes them.
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for signal in signals { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_UNBLOCK, &blocked, nil)
    }

    public static func disarm() {
        for signal in signals { Glibc.signal(signal, SIG_DFL) }
    }

    /// Runs `work` unless the run was interrupted already (then nil); a signal while it
    /// runs waits for it.
    public static func deferring<T>(_ work: () throws -> T) rethrows -> T? {
        deferredWork.add(1, ordering: .sequentiallyConsistent)
        defer { deferredWork.subtract(1, ordering: .sequentiallyConsistent) }
        // After the count is raised: a signal from here on sees the work and waits for it.
        guard !requested else { return nil }
        return try work()
    }

    // Inside a signal handler only async-signal-safe calls: atomics, one write(2) of bytes prepared beforehand, _exit.
    private static let handler: @convention(c) (Int32) -> Void = { _ in
        requestedFlag.store(true, ordering: .sequentiallyConsistent)
        onRequest?()
        guard deferredWork.load(ordering: .sequentiallyConsistent) == 0 else { return }
        if let message { _ = Glibc.write(STDERR_FILENO, message.baseAddress, message.count) }
        _exit(ExitReason.interrupted.rawValue)
    }
}
