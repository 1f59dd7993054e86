import AltitudeImporter
import AltitudeModel
import AltitudeRules
import AltitudeStore
import Foundation

/// Which calendar to read: files (`-` is standard input), or the store when
/// there are none; the days; and the zone floating times are read in (nil: the
/// profile's zone, else the system's).
public struct CalendarQuery: Sendable {
    public var sources: [String]
    public var days: DayWindow
    public var timeZone: ZoneRules?

    public init(sources: [String] = [], days: DayWindow = DayWindow(), timeZone: ZoneRules? = nil) {
        self.sources = sources
        self.days = days
        self.timeZone = timeZone
    }

    public var readsStore: Bool { sources.isEmpty }
}

/// A calendar read (from files or the store) and, when there is a profile,
/// classified: what every analysis starts from.
public struct LoadedCalendar: Sendable {
    public var instances: [MeetingInstance]
    /// Warnings about the input, for stderr.
    public var diagnostics: [Diagnostic]
    /// The window the instances were chosen for, and the days the user asked for.
    public var window: DateInterval
    public var days: DayWindow
    /// The zone the calendar was read and is shown in.
    public var zone: ZoneRules
    /// The leader it was classified for, when there is a profile.
    public var leader: LeaderContext?
    /// One per instance, when there is a leader.
    public var classifications: [Classification]?
    /// What was read from files (nil when read from the store).
    public var importResult: ImportResult?
}

extension Workspace {
    /// Reads the calendar and, when there is a profile (or one is required),
    /// classifies it: the rules compile on another thread while the calendar is read.
    public func loadCalendar(_ query: CalendarQuery, for selection: LeaderSelection, requireProfile: Bool) throws -> LoadedCalendar {
        let store = query.readsStore ? try openExistingStore() : nil
        let pending = try beginLeader(selection, store: store, requireProfile: requireProfile)
        let zone = query.timeZone ?? pending?.profile.timeZone ?? systemTimeZone
        let owner = pending?.profile.owner ?? .unknown
        var calendar: LoadedCalendar
        if let store {
            calendar = try read(store, client: selection.client, days: query.days, zone: zone, owner: owner)
        } else {
            let importer = CalendarImporter(options: .init(timeZone: zone, owner: owner, from: query.days.from, to: query.days.to,
                                                           now: now))
            let sources = try query.sources.map { path throws(InputError) in try CalendarSource.load(path) }
            let result = try importer.read(sources)
            calendar = LoadedCalendar(instances: result.instances, diagnostics: result.diagnostics, window: result.window,
                                      days: query.days, zone: zone, importResult: result)
        }
        if let leader = try pending?.finish() {
            calendar.leader = leader
            calendar.classifications = leader.makeClassifier().classify(calendar.instances)
        }
        return calendar
    }

    /// The client's instances in the window, with the owner's own responses read
    /// again from the current profile (the store keeps what was read at import).
    private func read(_ store: Store, client: String, days: DayWindow, zone: ZoneRules, owner: OwnerIdentity) throws -> LoadedCalendar {
        let first = days.from == nil ? try store.firstStart(client: client) : nil
        let window = days.interval(firstStart: first, zone: zone, now: now)
        var instances = try store.instances(client: client, window: window)
        if !owner.emails.isEmpty {
            for index in instances.indices {
                instances[index].myResponse = owner.response(organizer: instances[index].organizer, attendees: instances[index].attendees)
            }
        }
        return LoadedCalendar(instances: instances, diagnostics: [], window: window, days: days, zone: zone)
    }
}
