import ArgumentParser

/// Exit codes, after BSD sysexits(3), so cron wrappers can tell failures apart.
enum ExitStatus {
    /// EX_DATAERR: an input file is not a usable calendar.
    static let dataError = ExitCode(65)
    /// EX_NOINPUT: an input file does not exist or cannot be read.
    static let noInput = ExitCode(66)
    /// EX_UNAVAILABLE: a feed answered with an error (404, 403, a redirect loop, too large).
    static let unavailable = ExitCode(69)
    /// EX_TEMPFAIL: a feed did not answer in time or could not be reached; try again later.
    static let temporaryFailure = ExitCode(75)
    /// EX_SOFTWARE: a bug in Altitude.
    static let internalError = ExitCode(70)
    /// EX_CANTCREAT: an output file cannot be written.
    static let cannotCreate = ExitCode(73)
    /// EX_IOERR: reading or writing failed part-way.
    static let ioError = ExitCode(74)
    /// EX_CONFIG: a profile or rules file has errors.
    static let configError = ExitCode(78)
    /// A check found problems (`rules test` with failing examples).
    static let checkFailed = ExitCode(1)
}
