import AltitudeAnalysis
import AltitudeModel
import Foundation

/// What `altitude whatif` asks: series to stop attending or hand off, limits to keep,
/// the week the four weeks end with, and whether to redact.
public struct WhatIfRequest: Sendable {
    /// One change, as typed.
    public enum Change: Sendable, Hashable {
        case stop(CommitmentTerms.Series)
        case handOff(CommitmentTerms.Series)
        case limit(LimitTerms)
    }

    public var changes: [Change]
    public var week: WeekChoice
    public var redact: Bool

    public init(changes: [Change], week: WeekChoice = .last, redact: Bool = false) {
        self.changes = changes
        self.week = week
        self.redact = redact
    }
}

extension Workspace {
    /// The last four weeks (ending with the week asked for) and the next, as they were
    /// and as they would have been with the changes; each title resolved to the series
    /// it names, as a commitment's is, and redacted with the client's key when asked.
    public func whatIf(_ request: WhatIfRequest, in calendar: LoadedCalendar) throws -> WhatIf {
        let (leader, classifications) = try calendar.classified()
        let resolver = CommitmentResolver(calendar: calendar, leader: leader)
        let changes = try request.changes.map { change throws -> WhatIf.Change in
            do throws(CommitmentResolver.Problem) {
                switch change {
                case .stop(let series): return .stop(try resolver.series(series))
                case .handOff(let series): return .handOff(try resolver.series(series))
                case .limit(let limit): return .limit(try resolver.subject(limit.subject), seconds: limit.seconds)
                }
            } catch {
                let option = switch change {
                case .stop: "--stop"
                case .handOff: "--hand-off"
                case .limit: "--limit"
                }
                throw Failure(.usage, "\(option): \(error.message)" + (error.hint.map { "; \($0)" } ?? ""))
            }
        }
        let week = request.week.resolve(now: now, zone: leader.profile.timeZone)
        let whatIf = WhatIf.measure(changes, instances: calendar.instances, classifications: classifications,
                                    span: CalendarSpan(coverage: calendar.coverage, zone: leader.profile.timeZone), profile: leader.profile,
                                    week: week)
        return request.redact ? try redactor(for: calendar, profile: leader.profile).redact(whatIf) : whatIf
    }
}
