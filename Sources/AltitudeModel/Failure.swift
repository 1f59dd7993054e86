/// How a run ends, after BSD sysexits(3), so cron wrappers and scripts can tell
/// failures apart. `altitude --help` lists them; every error carries one.
public enum ExitReason: Int32, Sendable, CaseIterable {
    /// A check found problems (`rules test` failed, `explain` found no meeting).
    case checkFailed = 1
    /// EX_USAGE: an option or argument is wrong.
    case usage = 64
    /// EX_DATAERR: an input is not a usable calendar.
    case dataError = 65
    /// EX_NOINPUT: an input does not exist or cannot be read; no store yet.
    case noInput = 66
    /// EX_NOUSER: the mail server refused the sender or a recipient.
    case recipientRejected = 67
    /// EX_NOHOST: the mail server refused the connection or cannot be found.
    case mailServerUnreachable = 68
    /// EX_UNAVAILABLE: a feed refused access, has no calendar, is too large or loops.
    case unavailable = 69
    /// EX_SOFTWARE: a bug in Altitude.
    case internalError = 70
    /// EX_OSERR: the sendmail program could not be run or failed.
    case sendmailFailed = 71
    /// EX_CANTCREAT: an output file cannot be created.
    case cannotCreate = 73
    /// EX_IOERR: reading or writing failed part-way (the store, a full disk, a closed output).
    case ioError = 74
    /// EX_TEMPFAIL: a feed's or the mail server is down or did not answer in time; try again later.
    case temporaryFailure = 75
    /// EX_PROTOCOL: the mail server's certificate did not verify, or it offers no TLS where TLS is required.
    case tlsFailed = 76
    /// EX_NOPERM: the mail server refused the user name and password.
    case authenticationFailed = 77
    /// EX_CONFIG: a profile, rules or config.yaml file has errors.
    case configError = 78
}

/// An error that says how the run ends: its exit code and what stderr says. The
/// command line prints `diagnostic` and exits with `exitReason`; no command picks
/// a code from a message.
public protocol AltitudeFailure: Error, Sendable {
    var exitReason: ExitReason { get }
    /// The lines for stderr, complete (`altitude: error: …`).
    var diagnostic: String { get }
}

extension AltitudeFailure where Self: CustomStringConvertible {
    public var diagnostic: String { "altitude: error: \(description)" }
}

/// A failure of the workflow itself (no profile, no store, nothing found), in one sentence.
public struct Failure: AltitudeFailure, CustomStringConvertible {
    public var exitReason: ExitReason
    public var description: String
    /// Whether stderr calls it an error; a check that found nothing is not one.
    public var isError: Bool

    public init(_ reason: ExitReason, _ message: String, isError: Bool = true) {
        exitReason = reason
        description = message
        self.isError = isError
    }

    public var diagnostic: String { isError ? "altitude: error: \(description)" : "altitude: \(description)" }
}
