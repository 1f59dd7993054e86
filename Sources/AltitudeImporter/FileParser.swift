import AltitudeModel
import Dispatch
import Foundation

/// One source read into event records, ready to expand.
struct ParsedFile: Sendable {
    var name: String
    var records: [EventRecord] = []
    var calendars: [ZoneResolver.CalendarZones] = []
    var calendarNames: [String?] = []
    var diagnostics: [Diagnostic] = []
    /// VEVENTs in the file, and how many could not be used.
    var eventCount = 0
    var skippedCount = 0
    var ignoredComponents: [String: Int] = [:]
}

/// Reads a source: decode, find its structure, parse its VEVENTs on all cores.
enum FileParser {
    /// Below this many events one thread is quicker than splitting the work.
    static let eventsPerWorkerMinimum = 256

    static func parse(_ source: CalendarSource, parallelism: Int) throws(InputError) -> ParsedFile {
        let text = try CalendarText.utf8(source.data, file: source.name)
        let outcome: Result<ParsedFile, InputError> = text.withUnsafeBytes { raw in
            Result { () throws(InputError) in try parse(raw, name: source.name, parallelism: parallelism) }
        }
        return try outcome.get()
    }

    private static func parse(_ text: UnsafeRawBufferPointer, name: String, parallelism: Int) throws(InputError) -> ParsedFile {
        let layout = try CalendarLayout.scan(text, file: name)
        var file = ParsedFile(name: name, ignoredComponents: layout.ignoredComponents)
        var scratch: [UInt8] = []
        for calendar in layout.calendars {
            let properties = CalendarProperties.read(
                lines: calendar.propertyLines.map { UnsafeRawBufferPointer(rebasing: text[$0.range]) }, scratch: &scratch)
            var definitions: [String: TimeZoneDefinition] = [:]
            for block in calendar.timeZones {
                let bytes = UnsafeRawBufferPointer(rebasing: text[block.range])
                if let definition = TimeZoneReader.definition(bytes, line: block.line, refold: block.hasLongLine, scratch: &scratch) {
                    definitions[definition.tzid] = definition
                } else {
                    file.diagnostics.append(Diagnostic(.warning, file: name, line: block.line,
                                                       message: "a VTIMEZONE without a usable TZID or offsets is ignored"))
                }
            }
            var calendarZone: ZoneRules?
            if let zoneName = properties.timeZone {
                calendarZone = ZoneResolver.systemZone(zoneName) ?? definitions[zoneName]?.compiled(identifier: zoneName)
                if calendarZone == nil {
                    file.diagnostics.append(Diagnostic(.warning, file: name, line: calendar.line,
                                                       message: "X-WR-TIMEZONE “\(zoneName)” is not a known time zone: ignored"))
                }
            }
            file.calendars.append(.init(definitions: definitions, calendarZone: calendarZone))
            file.calendarNames.append(properties.name)
        }
        for repair in layout.repairs {
            file.diagnostics.append(Diagnostic(.warning, file: name, line: repair.line, message: repair.message))
        }
        if let line = layout.trailingTextLine {
            file.diagnostics.append(Diagnostic(.warning, file: name, line: line, message: "text after END:VCALENDAR is ignored"))
        }

        let blocks = layout.calendars.enumerated().flatMap { index, calendar in calendar.events.map { (index, $0) } }
        file.eventCount = blocks.count
        let workers = max(1, min(parallelism, blocks.count / eventsPerWorkerMinimum))
        var results = [WorkerOutput](repeating: WorkerOutput(), count: workers)
        let shared = SharedText(bytes: text)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = WorkerSlots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let range = (blocks.count * worker / workers)..<(blocks.count * (worker + 1) / workers)
                slots.buffer[worker] = parseEvents(blocks[range], text: shared.bytes, file: name)
            }
        }
        for result in results {
            file.records += result.records
            file.diagnostics += result.diagnostics
            file.skippedCount += result.skipped
        }
        return file
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
        var skipped = 0
    }

    /// Each worker writes only its own slot, and the file's bytes are only read.
    private struct WorkerSlots: @unchecked Sendable { let buffer: UnsafeMutableBufferPointer<WorkerOutput> }
    private struct SharedText: @unchecked Sendable { let bytes: UnsafeRawBufferPointer }

    private static func parseEvents(_ blocks: ArraySlice<(Int, CalendarLayout.Block)>, text: UnsafeRawBufferPointer,
                                    file: String) -> WorkerOutput {
        var output = WorkerOutput()
        output.records.reserveCapacity(blocks.count)
        var scratch: [UInt8] = []
        for (calendar, block) in blocks {
            let bytes = UnsafeRawBufferPointer(rebasing: text[block.range])
            guard var (record, repairedUTF8) = EventReader.read(bytes, line: block.line, refold: block.hasLongLine,
                                                                calendarIndex: calendar, scratch: &scratch)
            else {
                output.skipped += 1
                output.diagnostics.append(Diagnostic(.warning, file: file, line: block.line,
                                                     message: "this VEVENT could not be parsed: skipped"))
                continue
            }
            for problem in record.problems where !problem.message.hasPrefix("No value") {
                // Google writes empty LOCATION: and DESCRIPTION: lines; libical flags them harmlessly.
                let line = problem.property.map { CalendarText.line(ofProperty: $0, in: bytes, firstLine: block.line) } ?? block.line
                let message = problem.property == "RRULE"
                    ? repairRules(of: &record, bytes: bytes)
                    : "\(problem.message) — ignored"
                output.diagnostics.append(Diagnostic(.warning, file: file, line: line, uid: record.uid, message: message))
            }
            if repairedUTF8 {
                output.diagnostics.append(Diagnostic(.warning, file: file, line: block.line, uid: record.uid,
                                                     message: "text that is not valid UTF-8 was repaired (shown as �)"))
            }
            switch Sanitizer.check(record) {
            case .keep(let repaired, let notes):
                for note in notes {
                    output.diagnostics.append(Diagnostic(.warning, file: file, line: block.line, uid: repaired.uid, message: note))
                }
                output.records.append(repaired)
            case .skip(let reason):
                output.skipped += 1
                output.diagnostics.append(Diagnostic(.warning, file: file, line: block.line, uid: record.uid,
                                                     message: "event skipped: \(reason)"))
            }
        }
        return output
    }
}
