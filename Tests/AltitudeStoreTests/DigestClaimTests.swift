import AltitudeModel
@testable import AltitudeStore
import Foundation
import Testing

@Suite("Store: digests claimed and recorded once per client, week and recipient")
struct DigestClaimTests {
    let directory = TemporaryDirectory()
    let now = Date(timeIntervalSince1970: 1_772_452_800)  // 2026-03-02 12:00 UTC
    let figures = DigestFigures(belowShare: 0.38, rollingBelowShare: 0.41, belowHours: 9.5, meetingHours: 25, fingerprint: 7)

    let week9 = ISOWeek(containing: CivilDate(dayNumber: 20_507))  // 2026-02-23 to 03-01
    let week10 = ISOWeek(containing: CivilDate(dayNumber: 20_514))

    var path: String { directory.path("store/altitude.sqlite") }

    @Test("A claim keeps a second run off until it is recorded (then: sent already) or released (then: claimable again)")
    func claimRecordRelease() throws {
        let store = try Store(path: path)
        // A second run: the store opened again (its own lock file description), as another process would.
        let other = try Store(path: path)
        #expect(try store.claimDigest(client: "me", week: week9, recipient: "a@x.example", at: now, force: false) == .claimed)
        #expect(try other.claimDigest(client: "me", week: week9, recipient: "a@x.example", at: now, force: true)
                == .beingSent(since: now, pid: Int(getpid())), "even --force does not send what another run is sending")
        #expect(try other.claimDigest(client: "me", week: week9, recipient: "b@x.example", at: now, force: false) == .claimed,
                "each recipient on its own")

        try other.releaseDigest(client: "me", week: week9, recipient: "b@x.example")
        #expect(try store.claimDigest(client: "me", week: week9, recipient: "b@x.example", at: now, force: false) == .claimed)
        #expect(try store.digestAttempts(client: "me", recipient: "b@x.example") == [DigestAttempt(week: week9, sent: false)],
                "a released claim stays as the record that the week was tried")

        try store.recordDigestSent(client: "me", week: week9, recipient: "a@x.example", messageID: "m1@x", transport: "sendmail",
                                   figures: figures, at: now)
        guard case .alreadySent(let sent) = try store.claimDigest(client: "me", week: week9, recipient: "a@x.example",
                                                                   at: now, force: false) else {
            Issue.record("a recorded digest is sent already")
            return
        }
        #expect(sent.week == week9 && sent.messageID == "m1@x" && sent.transport == "sendmail" && sent.figures == figures)
        #expect(try store.lastDigest(client: "me", before: week10)?.messageID == "m1@x")
        #expect(try store.lastDigest(client: "me", before: week9) == nil, "only earlier weeks")
    }

    @Test("--force claims a sent digest again, and a failed resend keeps the record of the first")
    func forceKeepsRecordOnFailure() throws {
        let store = try Store(path: path)
        _ = try store.claimDigest(client: "me", week: week9, recipient: "a@x.example", at: now, force: false)
        try store.recordDigestSent(client: "me", week: week9, recipient: "a@x.example", messageID: "m1@x", transport: "sendmail",
                                   figures: figures, at: now)
        #expect(try store.claimDigest(client: "me", week: week9, recipient: "a@x.example", at: now, force: true) == .claimed)
        try store.releaseDigest(client: "me", week: week9, recipient: "a@x.example")
        #expect(try store.lastDigest(client: "me", before: week10)?.messageID == "m1@x")
    }

    @Test("A claim whose run is gone (its lock dropped with it) is taken over at once, naming the run; one whose run lives is not")
    func claimOfAGoneRunTakenOver() throws {
        var first: Store? = try Store(path: path)
        _ = try first?.claimDigest(client: "me", week: week9, recipient: "a@x.example", at: now, force: false)
        let second = try Store(path: path)
        #expect(try second.claimDigest(client: "me", week: week9, recipient: "a@x.example", at: now.addingTimeInterval(60), force: false)
                == .beingSent(since: now, pid: Int(getpid())))
        first = nil  // its claims file closed, as the kernel closes it for a process that dies
        #expect(try second.claimDigest(client: "me", week: week9, recipient: "a@x.example", at: now.addingTimeInterval(60), force: false)
                == .takenOver(since: now, pid: Int(getpid())), "a minute later, not two hours")
        try second.recordDigestSent(client: "me", week: week9, recipient: "a@x.example", messageID: "m1@x", transport: "sendmail",
                                    figures: figures, at: now)
        #expect(try second.digestAttempts(client: "me", recipient: "a@x.example") == [DigestAttempt(week: week9, sent: true)])
        #expect(first == nil)
    }

    @Test("The claims file beside the store is created private")
    func claimsFilePrivate() throws {
        let store = try Store(path: path)
        _ = try store.claimDigest(client: "me", week: week9, recipient: "a@x.example", at: now, force: false)
        let attributes = try FileManager.default.attributesOfItem(atPath: path + "-claims")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }
}
