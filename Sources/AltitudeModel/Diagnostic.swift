/// A problem found in an input file: where it is, and what it means for the result.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case warning
        case error
    }

    public var severity: Severity
    /// The file as the user named it (`-` reads as `<stdin>`).
    public var file: String
    public var line: Int?
    public var uid: String?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, uid: String? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.uid = uid
        self.message = message
    }

    /// `file:line: warning: message (UID …)` — the shape editors and CI logs link.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": \(severity.rawValue): \(message)"
        if let uid, !uid.isEmpty { text += " (UID \(uid))" }
        return text
    }
}

/// A problem that stops a file from being read at all.
public struct InputError: AltitudeFailure {
    public var file: String
    public var line: Int?
    public var message: String
    /// Whether the file could not be had at all (missing, a directory, unreadable),
    /// rather than read and found not to be a usable calendar.
    public var isUnreadable: Bool

    public init(file: String, line: Int? = nil, message: String, isUnreadable: Bool = false) {
        self.file = file
        self.line = line
        self.message = message
        self.isUnreadable = isUnreadable
    }

    public var exitReason: ExitReason { isUnreadable ? .noInput : .dataError }

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
