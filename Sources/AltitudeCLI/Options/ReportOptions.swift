import AltitudeAnalysis
import AltitudeModel
import AltitudeReporters
import ArgumentParser
import Foundation

extension ReportFormat: ExpressibleByArgument {}

/// `--week`: this week, last week, an ISO week, or the week holding a date.
enum WeekChoice: ExpressibleByArgument, Equatable {
    case this
    case last
    case week(ISOWeek)

    init?(argument: String) {
        switch argument.lowercased() {
        case "this": self = .this
        case "last": self = .last
        default:
            if let week = ISOWeek(iso: argument) {
                self = .week(week)
            } else if let date = CivilDate(iso: argument) {
                self = .week(ISOWeek(containing: date))
            } else {
                return nil
            }
        }
    }

    var defaultValueDescription: String {
        switch self {
        case .this: "this"
        case .last: "last"
        case .week(let week): week.description
        }
    }

    /// The week meant, as of `now` in the leader's zone.
    func resolve(now: Date, zone: ZoneRules) -> ISOWeek {
        let current = ISOWeek(containing: zone.localDate(of: now))
        switch self {
        case .this: return current
        case .last: return current.adding(weeks: -1)
        case .week(let week): return week
        }
    }
}

/// `--weeks`: how many weeks the trend covers, or all of the calendar's.
enum WeekCount: ExpressibleByArgument, Equatable {
    case count(Int)
    case all

    init?(argument: String) {
        if argument.lowercased() == "all" {
            self = .all
        } else if let count = Int(argument), (1...5200).contains(count) {
            self = .count(count)
        } else {
            return nil
        }
    }

    var defaultValueDescription: String {
        switch self {
        case .count(let count): String(count)
        case .all: "all"
        }
    }
}

/// What `report` and `trends` share: the calendar, the week, the window, the format
/// and where the result goes.
struct ReportOptions: ParsableArguments {
    @OptionGroup var calendarOptions: CalendarOptions

    @Option(help: ArgumentHelp("The week: this, last (the last complete week), an ISO week (2026-W10) or a date in it.",
                               valueName: "week"))
    var week: WeekChoice = .last

    @Option(help: ArgumentHelp("Weeks of trend, ending with the week (a number, or all).", valueName: "n"))
    var weeks: WeekCount = .count(12)

    @Option(help: "Output format: text, json, csv or html.")
    var format: ReportFormat = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (created private, 0600) instead of standard output.",
                                                      valueName: "file"))
    var output: String?

    /// Reads and classifies the calendar, analyses the weeks and writes the view.
    func run(view: ReportFormat.View) throws {
        let console = Console()
        let environment = AltitudeEnvironment.current()
        let calendar = try calendarOptions.load(requireProfile: true, environment: environment, console: console)
        guard let classifying = calendar.classifying, let classifications = calendar.classifications else {
            throw ExitStatus.configError  // a profile is required: load has said why
        }
        let profile = classifying.profile
        let focus = week.resolve(now: environment.now, zone: profile.timeZone)
        let first: ISOWeek? = switch weeks {
        case .count(let count): focus.adding(weeks: 1 - count)
        case .all: nil
        }
        let report = AllocationReport.build(instances: calendar.instances, classifications: classifications, profile: profile,
                                            ruleSet: classifying.rules, focus: focus, first: first)
        let style = output == nil && format == .text ? console.style(for: .standardOutput) : .plain
        let formatter = format.formatter(view: view, style: style)
        if let output {
            do {
                try PrivateFile.write(formatter.format(report), to: output)
            } catch {
                console.diagnose("altitude: error: cannot write \(output): \(error.localizedDescription)")
                throw ExitStatus.cannotCreate
            }
            console.diagnose("altitude: wrote the \(format.rawValue) \(view == .week ? "report" : "trends") to \(output)")
        } else {
            let stream = TextOutput(handle: .standardOutput)
            formatter.write(report, to: stream)
            stream.flush()
        }
        calendarOptions.summarize(calendar, console: console)
    }
}
