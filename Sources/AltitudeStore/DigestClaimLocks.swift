import AltitudeModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The OS locks that make a digest claim belong to a live run.
///
/// A claim in the store's `digest` table says a run is sending; the lock says the run
/// is still alive. Each (client, week, recipient) has one byte of `altitude.sqlite-claims`
/// beside the store, and a run holds an open-file-description lock (`F_OFD_SETLK`) on
/// it while it sends. The kernel drops the lock when the run ends however it ends —
/// SIGKILL, a crash, a reboot — so a claim whose byte can be locked is one whose run
/// is gone, and the next run takes it over at once instead of waiting out a timer.
/// Open-file-description locks (unlike classic POSIX ones) belong to the open file, not
/// the process: two stores opened in one process keep each other off too, and a child
/// process never inherits them (the file is opened close-on-exec).
final class DigestClaimLocks: Sendable {
    private let path: String
    private let descriptor = Mutex<Int32?>(nil)

    init(storePath: String) {
        path = storePath + "-claims"
    }

    deinit {
        if let open = descriptor.withLock({ $0 }) { close(open) }
    }

    /// Locks the digest's byte; false when a live run holds it.
    func lock(_ key: DigestKey) throws(StoreError) -> Bool {
        try setLock(key, type: Int16(F_WRLCK))
    }

    /// Unlocks it: after the claim is recorded or released.
    func unlock(_ key: DigestKey) {
        _ = try? setLock(key, type: Int16(F_UNLCK))
    }

    private func setLock(_ key: DigestKey, type: Int16) throws(StoreError) -> Bool {
        let open = try openFile()
        var region = flock()
        region.l_type = type
        region.l_whence = Int16(SEEK_SET)
        region.l_start = key.byte
        region.l_len = 1
        region.l_pid = 0  // must be 0 for an open-file-description lock
        if fcntl(open, Self.setLockWithoutWaiting, &region) == 0 { return true }
        let reason = errno
        if reason == EAGAIN || reason == EACCES { return false }
        throw StoreError(path: path, message: "cannot be locked: \(String(cString: strerror(reason)))")
    }

    private func openFile() throws(StoreError) -> Int32 {
        let result: Result<Int32, StoreError> = descriptor.withLock { open in
            if let open { return .success(open) }
            let opened = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard opened >= 0 else {
                return .failure(StoreError(path: path, message: "cannot be opened: \(String(cString: strerror(errno)))"))
            }
            open = opened
            return .success(opened)
        }
        return try result.get()
    }

    /// `F_OFD_SETLK` from <fcntl.h>, which Swift's Glibc module does not export
    /// (it is behind `_GNU_SOURCE`); the value is Linux's ABI.
    private static let setLockWithoutWaiting: Int32 = 37
}

/// One digest: the client, the week it is about and the recipient.
struct DigestKey: Hashable {
    var client: String
    var week: ISOWeek
    var recipient: String

    /// Its byte in the claims file: a 62-bit hash, so two digests share a byte
    /// (and keep each other waiting) only by a chance of one in 2^62.
    var byte: Int {
        var hash = ContentHash()
        hash.add(client)
        hash.add(week.description)
        hash.add(recipient)
        return Int(UInt64(bitPattern: hash.value) >> 2)
    }
}
