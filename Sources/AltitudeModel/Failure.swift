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
    /// SIGINT, SIGTERM or SIGHUP ended the run (the status a shell gives Ctrl-C): what it
    /// finished is kept, the rest is left as it was for the next run.
    case interrupted = 130
}

/// An error that says how the run ends: its exit code and what happened, in
/// words. The command line prints `diagnostic` and exits with `exitReason`; no
/// command picks a code from a message, and no failure writes the program's
/// prefix itself — `diagnostic` adds it, here and nowhere else.
public protocol AltitudeFailure: Error, Sendable, CustomStringConvertible {
    var exitReason: ExitReason { get }
    /// How stderr introduces `description` (default: as an error).
    var presentation: FailurePresentation { get }
    /// What the failure means for the run, said on a line of its own after it ("nothing was imported").
    var consequence: String? { get }
}

/// How a failure's words are introduced on stderr.
public enum FailurePresentation: Sendable {
    /// `altitude: error: …`
    case error
    /// `altitude: …`: the run ends with a code, but nothing broke (a check found problems, nothing matched).
    case outcome
    /// As they are: lines that introduce themselves (`file:line:column: error: …`, or several failures' diagnostics).
    case located
}

extension AltitudeFailure {
    public var presentation: FailurePresentation { .error }
    public var consequence: String? { nil }

    /// The lines for stderr, complete (`altitude: error: …`).
    public var diagnostic: String { diagnostic(about: nil) }

    /// The lines for stderr, naming whom they are about when several runs share
    /// one stderr (`altitude: acme: error: …`, the digest of every client).
    public func diagnostic(about subject: String?) -> String {
        let program = "altitude: " + (subject.map { "\($0): " } ?? "")
        let text: String = switch presentation {
        case .error: program + "error: " + description
        case .outcome: program + description
        case .located: description
        }
        return consequence.map { text + "\n" + program + $0 } ?? text
    }
}

/// A failure of the workflow itself (no profile, no store, nothing found), in one sentence.
public struct Failure: AltitudeFailure {
    public var exitReason: ExitReason
    public var description: String
    public var presentation: FailurePresentation

    /// `isError: false` for an outcome that is not an error (a check that found nothing).
    public init(_ reason: ExitReason, _ message: String, isError: Bool = true) {
        exitReason = reason
        description = message
        presentation = isError ? .error : .outcome
    }
}
