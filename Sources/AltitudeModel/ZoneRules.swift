import Foundation
import Synchronization

/// The UTC offsets a time zone uses over time, as a sorted table of transitions.
///
/// One type serves zones from the system's tzdata and zones defined by a file's
/// VTIMEZONE, so wall-to-instant conversion (with RFC 5545 §3.3.5 gap and overlap
/// rules) is written once. Immutable: one value is shared across threads.
public struct ZoneRules: Sendable, Hashable, CustomStringConvertible {
    /// The name users know the zone by (an IANA name where there is one).
    public let identifier: String
    /// UTC instants (seconds since the epoch) at which the offset changes, ascending.
    let transitions: [Int64]
    /// `offsets[i]` is in force from `transitions[i]` until the next transition.
    let offsets: [Int32]
    /// The offset in force before the first transition.
    let initialOffset: Int32

    public static let utc = ZoneRules(identifier: "UTC", transitions: [], offsets: [], initialOffset: 0)

    public init(identifier: String, transitions: [Int64], offsets: [Int32], initialOffset: Int32) {
        precondition(transitions.count == offsets.count, "one offset per transition")
        self.identifier = identifier
        self.transitions = transitions
        self.offsets = offsets
        self.initialOffset = initialOffset
    }

    /// A fixed offset from UTC, in seconds east.
    public init(identifier: String, fixedOffset: Int32) {
        self.init(identifier: identifier, transitions: [], offsets: [], initialOffset: fixedOffset)
    }

    /// The zone of that IANA name in the system's tzdata, or nil when unknown.
    /// Transitions are tabulated from 1900 to 2200; the last offset holds after.
    public init?(ianaIdentifier name: String) {
        if ["UTC", "Z", "Etc/UTC", "GMT", "Etc/GMT", "UCT", "Zulu", "Etc/Zulu", "Universal"].contains(name) {
            self = .utc
            return
        }
        if let known = Self.tabulated.withLock({ $0[name] }) {
            guard let known else { return nil }
            self = known
            return
        }
        guard let rules = Self.tabulate(name) else {
            Self.tabulated.withLock { $0[name] = .some(nil) }
            return nil
        }
        Self.tabulated.withLock { $0[name] = rules }
        self = rules
    }

    /// Zones already read from tzdata (nil: not a zone), shared by every thread:
    /// tabulating three centuries of transitions costs milliseconds, and the
    /// importer's workers and the profile ask for the same few zones.
    private static let tabulated = Mutex<[String: ZoneRules?]>([:])

    private static func tabulate(_ name: String) -> ZoneRules? {
        // Foundation also accepts tzdata's legacy names ("EST", "US/Eastern") and
        // "GMT+1"-style offsets; all of them are unambiguous, so they are welcome.
        guard let zone = TimeZone(identifier: name) else { return nil }
        var transitions: [Int64] = []
        var offsets: [Int32] = []
        let lowerBound = Date(timeIntervalSince1970: -2_208_988_800)  // 1900-01-01
        let upperBound = Date(timeIntervalSince1970: 7_258_118_400)  // 2200-01-01
        var cursor = lowerBound
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < upperBound {
            let offset = Int32(zone.secondsFromGMT(for: next))
            let previous = offsets.last ?? Int32(zone.secondsFromGMT(for: cursor))
            if offset != previous {
                transitions.append(Int64(next.timeIntervalSince1970))
                offsets.append(offset)
            }
            cursor = next
        }
        return ZoneRules(identifier: name, transitions: transitions, offsets: offsets,
                         initialOffset: Int32(zone.secondsFromGMT(for: lowerBound)))
    }


    /// The offset (seconds east of UTC) in force at an instant.
    public func offset(atUTC instant: Int64) -> Int32 {
        // Index of the last transition at or before the instant.
        var low = 0
        var high = transitions.count
        while low < high {
            let mid = (low + high) / 2
            if transitions[mid] <= instant { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? initialOffset : offsets[low - 1]
    }

    public func wallSeconds(fromUTC instant: Int64) -> Int64 {
        instant + Int64(offset(atUTC: instant))
    }

    /// The instant a wall time names in this zone, per RFC 5545 §3.3.5: a time
    /// repeated by a fall-back overlap is its first occurrence; a time skipped by a
    /// spring-forward gap is read with the offset in force before the gap.
    public func utcSeconds(fromWall wall: Int64) -> Int64 {
        if transitions.isEmpty { return wall - Int64(initialOffset) }
        let before = Int64(offset(atUTC: wall - WallClock.secondsPerDay))
        let after = Int64(offset(atUTC: wall + WallClock.secondsPerDay))
        let earlier = wall - before
        if Int64(offset(atUTC: earlier)) == before { return earlier }
        let later = wall - after
        if before != after, Int64(offset(atUTC: later)) == after { return later }
        return earlier
    }

    /// The instant of a wall time, as a `Date`.
    public func instant(fromWall wall: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(utcSeconds(fromWall: wall)))
    }

    public func wallSeconds(from date: Date) -> Int64 {
        wallSeconds(fromUTC: Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    /// The local date of an instant in this zone.
    public func localDate(of date: Date) -> CivilDate {
        WallClock.date(wallSeconds(from: date))
    }

    /// The instant at which a local date begins.
    public func startOfDay(_ date: CivilDate) -> Date {
        instant(fromWall: WallClock.seconds(date: date))
    }

    public var description: String { identifier }

    public static func == (lhs: ZoneRules, rhs: ZoneRules) -> Bool {
        lhs.identifier == rhs.identifier && lhs.initialOffset == rhs.initialOffset
            && lhs.transitions == rhs.transitions && lhs.offsets == rhs.offsets
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(identifier)
        hasher.combine(transitions.count)
    }
}
