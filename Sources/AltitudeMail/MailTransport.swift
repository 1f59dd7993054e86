import AltitudeModel
import AltitudeYAML
import Foundation
import Yams

/// One way of sending the digest, as config.yaml chooses it (`smtp: {…}`, `sendmail: {…}`
/// under `mail:`), with everything Altitude knows of it: the key that chooses it and the
/// keys of its section, how the section is read (every problem at its file:line:column),
/// what `config check` checks of it, and the sending. A value is one transport as
/// config.yaml sets it: reading its section is how it is made.
///
/// `MailTransportRegistry.transports` lists them; a new transport is a type conforming to
/// this, in a file of its own, and a line there (`MailTransportTests` holds each to its
/// keys, its errors and the README).
public protocol MailTransport: Sendable {
    /// The key under `mail:` that chooses it.
    static var key: String { get }

    /// The keys its section may hold, in the order the README writes them.
    static var keys: [String] { get }

    /// Its section in brief, as `altitude config --help` lists it: `sendmail {path}`.
    static var synopsis: String { get }

    /// Reads its section (the value of `key:`), reporting every problem to `reader`
    /// with its place; nil when it cannot be read.
    static func parse(_ node: Node, reader: inout NodeReader) -> Self?

    /// `sendmail` or `smtp host:port`: what the store records and messages name.
    var name: String { get }

    /// What `config check` makes sure of before cron finds out: that a secret the
    /// settings point to (a password) can be read now, and is private. The secret
    /// itself goes nowhere. Nothing to check for a transport without one.
    func checkSecret(environment: [String: String]) throws(MailFailure)

    /// Hands a finished message to whatever delivers it. `environment` is where
    /// secrets named by variable are looked up.
    func send(_ message: [UInt8], from sender: MailAddress, to recipient: MailAddress,
              environment: [String: String]) throws(MailFailure)
}

extension MailTransport {
    /// `mail.smtp`: how messages name its section and keys.
    static var section: String { "mail.\(key)" }
}

/// A message that could not be sent: what happened, in words for cron's mail,
/// and a code of its own for each kind of failure.
public struct MailFailure: AltitudeFailure {
    public var exitReason: ExitReason
    public var description: String

    public init(_ reason: ExitReason, _ message: String) {
        exitReason = reason
        description = message
    }
}

/// `~/…` is the user's home: config files are written by hand.
func expandingHome(_ path: String) -> String {
    guard path.hasPrefix("~/") else { return path }
    let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
    return home + path.dropFirst()
}
