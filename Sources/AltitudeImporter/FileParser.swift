import AltitudeModel
import Dispatch
import Foundation

/// One source read into event records, ready to expand.
struct ParsedFile: Sendable {
    var name: String
    /// Records in file order, one exactly-sized array per chunk read.
    var recordChunks: [[EventRecord]] = []
    var records: FlattenSequence<[[EventRecord]]> { recordChunks.joined() }
    var calendars: [ZoneResolver.CalendarZones] = []
    var calendarNames: [String?] = []
    /// The range the file says it was exported for (Outlook's X-CALSTART and X-CALEND), as
    /// written: the earliest start and the latest end its calendars give.
    var declaredRange: (start: CalendarDateTime, end: CalendarDateTime)?
    var diagnostics: [Diagnostic] = []
    /// VEVENTs in the file, and how many could not be used.
    var eventCount = 0
    /// Why each skipped event was skipped, in file order.
    var skipReasons: [String] = []
    var ignoredComponents: [String: Int] = [:]
    /// Events with text that is not UTF-8 (read as Windows-1252): the first, and how many.
    var latin1Events: (line: Int, uid: String?, count: Int)?
}

/// Reads a source a chunk at a time: decode, find its structure, parse each
/// chunk's VEVENTs on all cores. Memory holds one chunk of text, not the file.
enum FileParser {
    static let chunkSize = 1 << 20
    /// Below this many events one thread is quicker than splitting the work.
    static let eventsPerWorkerMinimum = 128

    static func parse(_ source: CalendarSource, parallelism: Int, chunkSize: Int = chunkSize) throws(InputError) -> ParsedFile {
        var reader = try ChunkReader(source)
        var scanner = CalendarScanner(file: source.name)
        var file = ParsedFile(name: source.name)
        var definitions: [Int: [String: TimeZoneDefinition]] = [:]
        var pending: [UInt8] = []
        var scratch: [UInt8] = []
        var readers = [EventReader](repeating: EventReader(), count: max(1, parallelism))
        var first = true
        var reachedEnd = false
        while !reachedEnd {
            if var chunk = try reader.next(maximum: chunkSize) {
                if first {
                    // Encoding detection looks at the first four bytes.
                    while chunk.count < 4, let more = try reader.next(maximum: chunkSize) { chunk.append(more) }
                    let prepared = try CalendarText.prepareFirst(chunk, reader: &reader, file: source.name)
                    chunk = prepared.text
                    reachedEnd = prepared.isWhole
                }
                pending.append(contentsOf: chunk)
            } else {
                reachedEnd = true
            }
            first = false
            let isLast = reachedEnd
            let scanned: Result<([CalendarScanner.Block], Int), InputError> = pending.withUnsafeBytes { text in
                Result { () throws(InputError) in try scanner.scan(text, isLast: isLast) }
            }
            let (blocks, consumed) = try scanned.get()
            pending.withUnsafeBytes { text in
                for block in blocks where block.kind == .timeZone {
                    let bytes = UnsafeRawBufferPointer(rebasing: text[block.range])
                    if let definition = TimeZoneReader.definition(bytes, line: block.line, refold: block.hasLongLine, scratch: &scratch) {
                        definitions[block.calendar, default: [:]][definition.tzid] = definition
                    } else {
                        file.diagnostics.append(Diagnostic(.warning, file: source.name, line: block.line,
                                                           message: "a VTIMEZONE without a usable TZID or offsets is ignored"))
                    }
                }
                parseEvents(blocks.filter { $0.kind == .event }, text: text, readers: &readers, into: &file)
            }
            pending.removeFirst(consumed)
        }
        describeCalendars(scanner.summary, definitions: definitions, into: &file, scratch: &scratch)
        return file
    }

    /// Calendar names and zones (X-WR-CALNAME, X-WR-TIMEZONE, VTIMEZONEs), and what the scan repaired or ignored.
    private static func describeCalendars(_ summary: CalendarScanner.Summary, definitions: [Int: [String: TimeZoneDefinition]],
                                          into file: inout ParsedFile, scratch: inout [UInt8]) {
        file.ignoredComponents = summary.ignoredComponents
        for (index, calendar) in summary.calendars.enumerated() {
            let properties = CalendarProperties.read(lines: calendar.propertyLines, scratch: &scratch)
            let zones = definitions[index] ?? [:]
            var calendarZone: ZoneRules?
            if let zoneName = properties.timeZone {
                calendarZone = ZoneResolver.systemZone(zoneName) ?? zones[zoneName]?.compiled(identifier: zoneName)
                if calendarZone == nil {
                    file.diagnostics.append(Diagnostic(.warning, file: file.name, line: calendar.line,
                                                       message: "X-WR-TIMEZONE “\(zoneName)” is not a known time zone: ignored"))
                }
            }
            file.calendars.append(.init(definitions: zones, calendarZone: calendarZone))
            file.calendarNames.append(properties.name)
            if let start = properties.rangeStart.flatMap(Libical.dateTime(parsing:)),
               let end = properties.rangeEnd.flatMap(Libical.dateTime(parsing:)), start.wall < end.wall {
                let declared = file.declaredRange ?? (start, end)
                file.declaredRange = (declared.start.wall <= start.wall ? declared.start : start,
                                      declared.end.wall >= end.wall ? declared.end : end)
            }
        }
        for repair in summary.repairs {
            file.diagnostics.append(Diagnostic(.warning, file: file.name, line: repair.line, message: repair.message))
        }
        if let latin1 = file.latin1Events {
            // One warning for the file: a Latin-1 export has such text in most of its events.
            let events = latin1.count == 1 ? "" : " (\(latin1.count.formatted()) events, the first here)"
            file.diagnostics.append(Diagnostic(.warning, file: file.name, line: latin1.line, uid: latin1.uid,
                                               message: "text that is not valid UTF-8\(events) is read as Windows-1252 (Latin-1)"))
        }
        if let line = summary.trailingTextLine {
            file.diagnostics.append(Diagnostic(.warning, file: file.name, line: line, message: "text after END:VCALENDAR is ignored"))
        }
    }

    /// Parses a chunk's VEVENTs, split across the readers (one per thread).
    private static func parseEvents(_ blocks: [CalendarScanner.Block], text: UnsafeRawBufferPointer,
                                    readers: inout [EventReader], into file: inout ParsedFile) {
        guard !blocks.isEmpty else { return }
        file.eventCount += blocks.count
        let name = file.name
        // Each slice has a reader of its own (libical's state is not shared between threads).
        let results = readers.withUnsafeMutableBufferPointer { readerSlots in
            let slots = ReaderSlots(readers: readerSlots)
            return ParallelSlices.map(count: blocks.count, minimumSlice: eventsPerWorkerMinimum, workers: readerSlots.count) { slice, range in
                parseEvents(blocks[range], text: text, file: name, reader: &slots.readers[slice])
            }
        }
        var records: [EventRecord] = []
        records.reserveCapacity(results.reduce(0) { $0 + $1.records.count })
        for result in results {
            records += result.records
            file.diagnostics += result.diagnostics
            file.skipReasons += result.skipReasons
            if let first = result.latin1Events.first {
                let seen = file.latin1Events ?? (first.line, first.uid, 0)
                file.latin1Events = (seen.line, seen.uid, seen.count + result.latin1Events.count)
            }
        }
        file.recordChunks.append(records)
    }

    /// Re-reads RRULEs libical refused, without their unreadable parts.
    private static func repairRules(of record: inout EventRecord, bytes: UnsafeRawBufferPointer) -> String {
        var messages: [String] = []
        for text in CalendarText.values(ofProperty: "RRULE", in: bytes) where Libical.recurrenceRule(parsing: text) == nil {
            if let (rule, dropped) = Sanitizer.repairedRule(text) {
                record.rules.append(rule)
                messages.append("RRULE “\(text)” has parts that cannot be read (\(dropped.joined(separator: ", "))): they are ignored")
            } else {
                messages.append("RRULE “\(text)” cannot be read: it is ignored")
            }
        }
        if messages.isEmpty { messages.append("an RRULE could not be read: it is ignored") }
        if record.rules.isEmpty { messages[messages.count - 1] += "; the event is read as a one-off" }
        return messages.joined(separator: "; ")
    }

    private struct WorkerOutput {
        var records: [EventRecord] = []
        var diagnostics: [Diagnostic] = []
        var skipReasons: [String] = []
        var latin1Events: [(line: Int, uid: String?)] = []

        mutating func skip(because reason: String, file: String, line: Int, uid: String?) {
            skipReasons.append(reason)
            diagnostics.append(Diagnostic(.warning, file: file, line: line, uid: uid, message: "event skipped: \(reason)"))
        }
    }

    /// Each slice uses only its own reader.
    private struct ReaderSlots: @unchecked Sendable {
        let readers: UnsafeMutableBufferPointer<EventReader>
    }

    private static func parseEvents(_ blocks: ArraySlice<CalendarScanner.Block>, text: UnsafeRawBufferPointer,
                                    file: String, reader: inout EventReader) -> WorkerOutput {
        var output = WorkerOutput()
        output.records.reserveCapacity(blocks.count)
        var scratch: [UInt8] = []
        for block in blocks {
            let calendar = block.calendar
            let bytes = UnsafeRawBufferPointer(rebasing: text[block.range])
            guard let (parsed, repairedUTF8) = reader.read(bytes, line: block.line, refold: block.hasLongLine,
                                                           calendarIndex: calendar, scratch: &scratch)
            else {
                output.skip(because: "libical could not parse it", file: file, line: block.line, uid: nil)
                continue
            }
            var record = parsed
            for problem in record.problems where !problem.message.hasPrefix("No value") {
                // Google writes empty LOCATION: and DESCRIPTION: lines; libical flags them harmlessly.
                let line = problem.property.map { CalendarText.line(ofProperty: $0, in: bytes, firstLine: block.line) } ?? block.line
                let message = problem.property == "RRULE"
                    ? repairRules(of: &record, bytes: bytes)
                    : "\(problem.message) — ignored"
                output.diagnostics.append(Diagnostic(.warning, file: file, line: line, uid: record.uid, message: message))
            }
            if repairedUTF8 { output.latin1Events.append((block.line, record.uid)) }
            switch Sanitizer.check(record) {
            case .keep(var repaired):
                for note in repaired.notes {
                    let line = note.property.map { CalendarText.line(ofProperty: $0, in: bytes, firstLine: block.line) } ?? block.line
                    output.diagnostics.append(Diagnostic(.warning, file: file, line: line, uid: repaired.uid, message: note.message))
                }
                repaired.notes = []
                output.records.append(repaired)
            case .skip(let reason):
                output.skip(because: reason, file: file, line: block.line, uid: record.uid)
            }
        }
        return output
    }
}
