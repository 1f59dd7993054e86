import AltitudeModel

/// The formats `altitude events` writes.
public enum EventListFormat: String, CaseIterable, Sendable {
    case text, csv, json

    /// The formatter for this format (one type per format).
    public func formatter(timeZone: ZoneRules, style: TerminalStyle = .plain) -> any EventListFormatter {
        switch self {
        case .text: EventListTextFormatter(timeZone: timeZone, style: style)
        case .csv: EventListCSVFormatter()
        case .json: EventListJSONFormatter(timeZone: timeZone)
        }
    }
}

/// Renders a list of instances, with what the rules decided when a profile was given.
public protocol EventListFormatter: Sendable {
    /// `classifications`, when given, has one entry per instance.
    func write(_ instances: [MeetingInstance], classifications: [Classification]?, window: EventWindow, to output: TextOutput)
}

extension EventListFormatter {
    /// The whole rendering as one string (tests, small outputs).
    public func format(_ instances: [MeetingInstance], classifications: [Classification]? = nil, window: EventWindow) -> String {
        let output = TextOutput()
        write(instances, classifications: classifications, window: window, to: output)
        return output.text
    }
}

/// The window a listing covers, for formats that state it.
public struct EventWindow: Sendable {
    public var from: CivilDate
    public var to: CivilDate

    public init(from: CivilDate, to: CivilDate) {
        self.from = from
        self.to = to
    }
}
