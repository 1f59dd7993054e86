import AltitudeModel
import AltitudeWorkspace
import ArgumentParser

/// A value typed on the command line that can say why a text is not one. Options
/// read it with `transform: Type.parse`, so a mistyped value gets the type's own
/// words ("no week 54 in 2026 …") instead of the parser's "invalid value".
protocol ExplainedArgument: ExpressibleByArgument {
    static func problem(with text: String) -> String
}

extension ExplainedArgument {
    @Sendable static func parse(_ text: String) throws -> Self {
        guard let value = Self(argument: text) else { throw ValidationError(problem(with: text)) }
        return value
    }
}

extension ClientName: ExplainedArgument {
    public init?(argument: String) { self.init(text: argument) }
}

extension LevelChoice: ExplainedArgument {
    public init?(argument: String) { self.init(text: argument) }
}

extension WeekChoice: ExplainedArgument {
    public init?(argument: String) { self.init(text: argument) }
}

extension WeekCount: ExplainedArgument {
    public init?(argument: String) { self.init(text: argument) }

    static func problem(with text: String) -> String {
        "--weeks \(text): give a number of weeks from 1 to \(WeekCount.maximum.formatted()), or all"
    }
}

extension CivilDate: ExplainedArgument {
    public init?(argument: String) { self.init(iso: argument) }

    static func problem(with text: String) -> String {
        "“\(text)” is not a date: use YYYY-MM-DD, such as 2026-03-02"
    }
}

extension CommitmentTerms: ExplainedArgument {
    public init?(argument: String) { self.init(text: argument) }
}

/// A commitment's number, as `sessions list` shows it (`#3`, or `3`).
struct CommitmentNumber: ExplainedArgument {
    var value: Int64

    init?(argument: String) {
        guard let value = Int64(argument.hasPrefix("#") ? String(argument.dropFirst()) : argument), value > 0 else { return nil }
        self.value = value
    }

    static func problem(with text: String) -> String {
        "“\(text)” is not a commitment's number: give the number `altitude sessions list` shows, such as 3 or #3"
    }
}

extension CommitmentTerms.Series: ExplainedArgument {
    public init?(argument: String) { self.init(text: argument) }

    static func problem(with text: String) -> String {
        "“\(text)” does not name a series: give its title, or uid:UID"
    }
}

extension LimitTerms: ExplainedArgument {
    public init?(argument: String) { self.init(text: argument) }
}
