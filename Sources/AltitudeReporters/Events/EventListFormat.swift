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

/// Renders a list of instances.
public protocol EventListFormatter: Sendable {
    func write(_ instances: [MeetingInstance], window: EventWindow, to output: TextOutput)
}

extension EventListFormatter {
    /// The whole rendering as one string (tests, small outputs).
    public func format(_ instances: [MeetingInstance], window: EventWindow) -> String {
        let output = TextOutput()
        write(instances, window: window, to: output)
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
