import Foundation
import AltitudeModel

/// A readable listing in the reader's time zone, one line per instance:
/// `Mon 2026-01-05  09:00–09:30   0.5h  Weekly 1:1 with Ben  [declined]`.
public struct EventListTextFormatter: EventListFormatter {
    let timeZone: ZoneRules
    let style: TerminalStyle

    public init(timeZone: ZoneRules, style: TerminalStyle = .plain) {
        self.timeZone = timeZone
        self.style = style
    }

    public func write(_ instances: [MeetingInstance], classifications: [Classification]?, window: EventWindow,
                      to output: TextOutput) {
        let count = "\(instances.count) instance\(instances.count == 1 ? "" : "s")"
        // A calendar with nothing in it has no days either: its window is empty, not a range that ends before it starts.
        let days = window.to > window.from ? ", \(window.from) through \(window.to.adding(days: -1))" : ": the calendar holds none"
        output.write(style.dim("\(count)\(days), times in \(timeZone.identifier)") + "\n")
        for (index, instance) in instances.enumerated() {
            output.write(line(instance, classifications?[index]) + "\n")
        }
    }

    private func line(_ instance: MeetingInstance, _ classification: Classification?) -> String {
        let startWall = timeZone.wallSeconds(from: instance.start)
        let day = WallClock.date(startWall)
        var text = "\(day.weekday.shortName.capitalized) \(day)  "
        if let span = instance.allDay {
            text += span.days == 1 ? "all day    " : "\(span.days) days".padding(11)
            text += "       "
        } else {
            let endWall = timeZone.wallSeconds(from: instance.end)
            text += Self.clock(startWall) + "–" + Self.clock(endWall)
            text += WallClock.dayNumber(endWall) > WallClock.dayNumber(startWall) ? "+ " : "  "
            text += Self.hours(instance.duration).leftPadding(5) + "  "
        }
        var title = instance.title.isEmpty ? "(no title)" : instance.title
        title = title.replacingControlCharacters()
        var marks: [String] = []
        if instance.status == .cancelled { marks.append(style.red("cancelled")) }
        if instance.myResponse == .declined { marks.append(style.red("declined")) }
        if instance.status == .tentative || instance.myResponse == .tentative { marks.append(style.yellow("tentative")) }
        if instance.transparency == .transparent { marks.append(style.dim("free")) }
        let dimmed = instance.status == .cancelled || instance.myResponse == .declined
        text += dimmed ? style.dim(title) : title
        if !marks.isEmpty { text += "  [" + marks.joined(separator: ", ") + "]" }
        if let classification { text += "  " + tag(classification) }
        return text
    }

    /// `↓ manager` below, `= vp` at, `↑ executive` above, `· excluded`, `? unclassified`.
    private func tag(_ classification: Classification) -> String {
        let level = classification.level ?? ""
        switch classification.relation {
        case .below: return style.yellow("↓ \(level)")
        case .at: return style.green("= \(level)")
        case .above: return style.cyan("↑ \(level)")
        case .excluded: return style.dim("· excluded (\(classification.category ?? classification.rule ?? ""))")
        case .unclassified: return style.red("? unclassified")
        }
    }

    static func clock(_ wall: Int64) -> String {
        String(WallClock.isoDescription(wall).dropFirst(11).prefix(5))
    }

    /// `1h`, `0.5h`, `1.25h`: at most two decimals, no trailing zeros.
    static func hours(_ seconds: Double) -> String {
        var text = String(format: "%.2f", seconds / 3600)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "h"
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }

    /// Calendar text is hostile: no escape sequences, line breaks or bidi overrides reach the terminal.
    func replacingControlCharacters() -> String {
        guard unicodeScalars.contains(where: \.steersTerminal) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0.steersTerminal ? " " : $0 }))
    }
}
