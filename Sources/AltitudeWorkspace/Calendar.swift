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
    /// Whose calendar: the client it was read for (`me` for the user's own).
    public var client: ClientName
    public var instances: [MeetingInstance]
    /// Warnings about the input, for stderr.
    public var diagnostics: [Diagnostic]
    /// The window the instances were chosen for, and the days the user asked for.
    public var window: DateInterval
    public var days: DayWindow
    /// The time each source (file, or stored source) has data for: weeks outside all of
    /// them are not weeks of data, whatever recurring meetings reach into them.
    public var coverage: [DateInterval]
    /// The zone the calendar was read and is shown in.
    public var zone: ZoneRules
    /// The leader it was classified for, when there is a profile.
    public var leader: LeaderContext?
    /// One per instance, when there is a leader.
    public var classifications: [Classification]?
    /// What was read from files, counted (nil when read from the store).
    public var readFromFiles: FilesRead?
    /// Set when the profile's addresses are on none of the meetings: every figure
    /// about people and responses would be wrong without a word, so this is said
    /// even with `--quiet`.
    public var ownerWarning: String?
}

/// What reading calendar files yielded, for the line after the output: how many
/// instances from how many events in how many files, what was skipped, how many warnings.
public struct FilesRead: Sendable {
    public var files: Int
    public var events: Int
    public var instances: Int
    public var skippedEvents: Int
    public var warnings: Int

    init(_ result: ImportResult) {
        files = result.files.count
        events = result.files.reduce(0) { $0 + $1.events }
        instances = result.instances.count
        skippedEvents = result.files.reduce(0) { $0 + $1.skipped }
        warnings = result.diagnostics.count
    }
}

extension LoadedCalendar {
    mutating func classify(by leader: LeaderContext) {
        self.leader = leader
        classifications = leader.makeClassifier().classify(instances)
    }
}

extension Workspace {
    /// Reads the calendar and, when there is a profile (or one is required),
    /// classifies it: the rules compile on another thread while the calendar is read.
    /// `progress` hears what is being done now, for a status line. A caller that
    /// loads many calendars at once (the portfolio) passes its open store, and has
    /// the rules compiled in line: it keeps the cores busy itself.
    public func loadCalendar(_ query: CalendarQuery, for selection: LeaderSelection, requireProfile: Bool,
                             store openStore: Store? = nil, rulesInBackground: Bool = true,
                             progress: (String) -> Void = { _ in }) throws -> LoadedCalendar {
        let store = query.readsStore ? try openStore ?? openExistingStore() : nil
        // `me` is every command's default: a store without it reads as an empty calendar.
        if let store, !selection.client.isMe { try requireClient(selection.client, in: store) }
        let pending = try beginLeader(selection, store: store, requireProfile: requireProfile, rulesInBackground: rulesInBackground)
        let zone = query.timeZone ?? pending?.profile.timeZone ?? systemTimeZone
        let owner = pending?.profile.owner ?? .unknown
        var calendar: LoadedCalendar
        progress(store == nil ? "reading \(query.sources.count == 1 ? query.sources[0] : "\(query.sources.count) calendars")"
                     : "reading the store")
        if let store {
            calendar = try read(store, client: selection.client, days: query.days, zone: zone, owner: owner)
        } else {
            let importer = CalendarImporter(options: .init(timeZone: zone, owner: owner, from: query.days.from, to: query.days.to,
                                                           now: now))
            let sources = try query.sources.map { path throws(InputError) in try CalendarSource.load(path) }
            let result = try importer.read(sources)
            calendar = LoadedCalendar(client: selection.client, instances: result.instances, diagnostics: result.diagnostics, window: result.window,
                                      days: query.days, coverage: result.files.compactMap(\.coverage), zone: zone,
                                      readFromFiles: FilesRead(result))
        }
        if let leader = try pending?.finish() {
            progress("classifying \(calendar.instances.count.formatted()) instances")
            calendar.ownerWarning = Self.ownerWarning(calendar.instances, profile: leader.profile, origin: leader.profileOrigin)
            calendar.classify(by: leader)
        }
        return calendar
    }

    /// The client's instances in the window, with the owner's own responses read
    /// again from the current profile (the store keeps what was read at import).
    private func read(_ store: Store, client: ClientName, days: DayWindow, zone: ZoneRules, owner: OwnerIdentity) throws -> LoadedCalendar {
        let first = days.from == nil ? try store.firstStart(client: client.name, zone: zone) : nil
        let window = days.interval(firstStart: first, zone: zone, now: now)
        var instances = try store.instances(client: client.name, zone: zone, window: window)
        if !owner.emails.isEmpty {
            for index in instances.indices {
                instances[index].myResponse = owner.response(organizer: instances[index].organizer, attendees: instances[index].attendees)
            }
        }
        return LoadedCalendar(client: client, instances: instances, diagnostics: [], window: window, days: days,
                              coverage: try store.sources(client: client.name).compactMap(\.coverage), zone: zone)
    }

    /// A warning when the owner (the profile's email and aliases) organises or
    /// attends none of the meetings that have an organizer or attendees — a typo,
    /// or `altitude init`'s template left as it is — naming the address most
    /// meetings are organised by, the likely owner.
    static func ownerWarning(_ instances: [MeetingInstance], profile: LeaderProfile, origin: String) -> String? {
        let owner = profile.owner
        var organizers: [String: Int] = [:]
        var withPeople = 0
        for instance in instances where instance.organizer != nil || !instance.attendees.isEmpty {
            withPeople += 1
            if let organizer = instance.organizer?.email.lowercased() {
                if owner.isOwner(organizer) { return nil }
                organizers[organizer, default: 0] += 1
            }
            if instance.attendees.contains(where: { owner.isOwner($0.email.lowercased()) }) { return nil }
        }
        guard withPeople > 0 else { return nil }
        let addresses = ([profile.email] + profile.aliases).joined(separator: ", ")
        var text = "\(origin): warning: \(addresses) organises or attends none of the \(withPeople.formatted()) meetings with people, "
            + "so every attendee counts as someone else, your own declines are not seen and time with people is wrong"
        if let likely = organizers.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
            text += "; most meetings are organised by \(likely.key) (\(likely.value.formatted())): if that is you, put it in `email:` or `aliases:`"
        }
        return text
    }
}
