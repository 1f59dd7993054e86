/// A problem in a profile, rules or config.yaml file: where it is, what is wrong, and what to do.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String
    public var hint: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: message`, then the hint on its own line.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        var text = "\(location): error: \(message)"
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}

/// Every problem found in a set of files: nothing is used while any remain.
public struct ConfigErrors: AltitudeFailure {
    public var errors: [ConfigError]

    public init(_ errors: [ConfigError]) {
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
    public var exitReason: ExitReason { .configError }
    /// Each error already names its file, line and column.
    public var presentation: FailurePresentation { .located }
}
