import AltitudeModel
import Foundation

/// Reads calendar exports into meeting instances: the importer stage's one door.
public struct CalendarImporter: Sendable {
    public struct Options: Sendable {
        /// The zone floating times and all-day dates are read in, and `from`/`to` mean.
        public var timeZone: ZoneRules
        /// Whose calendar it is, to read their own response off each event.
        public var owner: OwnerIdentity
        /// First day of the window; nil means the calendar's first instance.
        public var from: CivilDate?
        /// Day after the window (exclusive); nil means `DayWindow.horizonWeeks` after today.
        public var to: CivilDate?
        /// The clock: "today" for the default window.
        public var now: Date
        /// The most occurrences one series may have in the window.
        public var seriesCap: Int
        public var parallelism: Int

        public init(timeZone: ZoneRules, owner: OwnerIdentity = .unknown, from: CivilDate? = nil, to: CivilDate? = nil,
                    now: Date = Date(), seriesCap: Int = 50_000,
                    parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) {
            self.timeZone = timeZone
            self.owner = owner
            self.from = from
            self.to = to
            self.now = now
            self.seriesCap = seriesCap
            self.parallelism = max(1, parallelism)
        }
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Reads every source (all or nothing: a fatal problem in one stops the read)
    /// and returns the instances in the window, ordered by start, then UID.
    public func read(_ sources: [CalendarSource]) throws(InputError) -> ImportResult {
        var files: [ParsedFile] = []
        for source in sources {
            files.append(try FileParser.parse(source, parallelism: options.parallelism))
        }
        let window = self.window(for: files)
        var result = ImportResult(window: window)
        var perFile: [[MeetingInstance]] = []
        for index in files.indices {
            let file = files[index]
            files[index] = ParsedFile(name: file.name)  // its records go as soon as they are expanded
            let (instances, diagnostics) = expand(file, window: window)
            perFile.append(instances)
            result.diagnostics += file.diagnostics + diagnostics
            result.files.append(FileSummary(
                name: file.name, events: file.eventCount, skipReasons: file.skipReasons, instances: instances.count,
                ignoredComponents: file.ignoredComponents, coverage: coverage(of: file, instances: instances)))
        }
        result.instances = InstanceMerger.merge(consume perFile)
        return result
    }

    /// The window in instants: `from` (or the first instance) to `to` (or the horizon).
    private func window(for files: [ParsedFile]) -> DateInterval {
        let days = DayWindow(from: options.from, to: options.to)
        return days.interval(firstStart: options.from == nil ? earliestStart(of: files) : nil, zone: options.timeZone, now: options.now)
    }

    private func earliestStart(of files: [ParsedFile]) -> Date? {
        var earliest: Int64?
        for file in files {
            var expander = SeriesExpander(context: context(file, window: InstantWindow(start: 0, end: 0)),
                                          resolver: ZoneResolver(fallback: options.timeZone, calendars: file.calendars))
            for record in file.records {
                guard let timing = expander.timing(of: record) else { continue }
                let start: Int64
                switch timing.start {
                case .timed(let wall, let zone): start = zone.utcSeconds(fromWall: wall)
                case .allDay(let day): start = options.timeZone.utcSeconds(fromWall: Int64(day) * WallClock.secondsPerDay)
                }
                earliest = min(earliest ?? start, start)
            }
        }
        return earliest.map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }

    /// The time the file has data for: the range Outlook says it exported (X-CALSTART
    /// to X-CALEND), else from the first to the end of the last of its single events
    /// (every one counts: cancelled, declined, all-day), else of all its instances. A
    /// recurring series reaches back to the day it began and ahead to its end, whatever
    /// range was exported: its occurrences alone do not show the export holds those weeks.
    private func coverage(of file: ParsedFile, instances: [MeetingInstance]) -> DateInterval? {
        if let (start, end) = file.declaredRange {
            func instant(_ value: CalendarDateTime) -> Date {
                let seconds = value.zone == .utc ? value.wall : options.timeZone.utcSeconds(fromWall: value.wall)
                return Date(timeIntervalSince1970: TimeInterval(seconds))
            }
            return DateInterval(start: instant(start), end: max(instant(start), instant(end)))
        }
        let single = instances.filter { !$0.isRecurring }
        let chosen = single.isEmpty ? instances : single
        guard let first = chosen.map(\.start).min(), let last = chosen.map(\.end).max() else { return nil }
        return DateInterval(start: first, end: max(first, last))
    }

    private func context(_ file: ParsedFile, window: InstantWindow) -> SeriesExpander.Context {
        SeriesExpander.Context(file: file.name, window: window, displayZone: options.timeZone, owner: options.owner,
                               calendarNames: file.calendarNames, seriesCap: options.seriesCap)
    }

    private func expand(_ file: ParsedFile, window: DateInterval) -> ([MeetingInstance], [Diagnostic]) {
        let instantWindow = InstantWindow(start: Int64(window.start.timeIntervalSince1970), end: Int64(window.end.timeIntervalSince1970))
        var expander = SeriesExpander(context: context(file, window: instantWindow),
                                      resolver: ZoneResolver(fallback: options.timeZone, calendars: file.calendars))
        let (series, duplicateNotes) = SeriesGrouping.group(file.recordChunks, file: file.name)
        var instances: [MeetingInstance] = []
        instances.reserveCapacity(file.eventCount)
        for entry in series {
            instances += expander.instances(of: entry, in: file.recordChunks)
        }
        return (instances, duplicateNotes + expander.resolver.diagnostics(file: file.name) + expander.diagnostics)
    }
}

/// What reading sources produced.
public struct ImportResult: Sendable {
    public var instances: [MeetingInstance] = []
    public var diagnostics: [Diagnostic] = []
    public var files: [FileSummary] = []
    /// The window the instances were chosen for.
    public var window: DateInterval

    public init(window: DateInterval) {
        self.window = window
    }
}

/// One source's counts, for the summary line.
public struct FileSummary: Sendable, Hashable {
    public var name: String
    public var events: Int
    /// Why each skipped event was skipped ("it has no DTSTART, so it has no time").
    public var skipReasons: [String]
    public var instances: Int
    public var ignoredComponents: [String: Int]
    /// The time the file has data for (see `CalendarImporter.coverage(of:instances:)`); nil when it holds nothing.
    public var coverage: DateInterval?

    public var skipped: Int { skipReasons.count }
}

/// Groups records by UID into series. A UID with several masters (duplicated
/// exports do this) keeps the one with the highest SEQUENCE, then the latest
/// modification, then the last in the file; so does a repeated override.
enum SeriesGrouping {
    static func group(_ chunks: [[EventRecord]], file: String) -> ([Series], [Diagnostic]) {
        var order: [String] = []
        var masters: [String: [RecordReference]] = [:]
        var overrides: [String: [RecordReference]] = [:]
        var synthetic: [String: Int] = [:]
        for (chunk, records) in chunks.enumerated() {
            for (index, record) in records.enumerated() {
                let reference = RecordReference(chunk: chunk, index: index)
                // An event without a UID shares nothing with any other: it is its own series.
                let id = record.uid ?? uniqueID(Sanitizer.syntheticSeriesID(record), taken: &synthetic)
                if masters[id] == nil && overrides[id] == nil { order.append(id) }
                if record.recurrenceID == nil || record.uid == nil {
                    masters[id, default: []].append(reference)
                } else {
                    overrides[id, default: []].append(reference)
                }
            }
        }
        func record(_ reference: RecordReference) -> EventRecord { chunks[reference.chunk][reference.index] }
        func precedes(_ a: RecordReference, _ b: RecordReference) -> Bool { Self.precedes(record(a), record(b)) }

        var notes: [Diagnostic] = []
        var series: [Series] = []
        series.reserveCapacity(order.count)
        for id in order {
            let copies = masters[id] ?? []
            let master = copies.max(by: precedes)
            if copies.count > 1, let master {
                let line = record(master).line
                notes.append(Diagnostic(.warning, file: file, line: line, uid: id,
                                        message: "\(copies.count) events share this UID: the one at line \(line) is used"))
            }
            var byOccurrence: [CalendarDateTime: RecordReference] = [:]
            for override in overrides[id] ?? [] {
                let key = record(override).recurrenceID!
                if let existing = byOccurrence[key], precedes(override, existing) { continue }
                byOccurrence[key] = override
            }
            series.append(Series(id: id, master: master, overrides: byOccurrence.values.sorted()))
        }
        return (series, notes)
    }

    /// `base`, or `base-2`, `base-3`… when identical events without UIDs repeat.
    private static func uniqueID(_ base: String, taken: inout [String: Int]) -> String {
        let seen = taken[base, default: 0]
        taken[base] = seen + 1
        return seen == 0 ? base : "\(base)-\(seen + 1)"
    }

    /// Whether `a` gives way to `b` (SEQUENCE, then modification time, then file order).
    static func precedes(_ a: EventRecord, _ b: EventRecord) -> Bool {
        if a.sequence != b.sequence { return a.sequence < b.sequence }
        if let left = a.lastModified, let right = b.lastModified, left != right { return left < right }
        return a.line < b.line
    }
}
