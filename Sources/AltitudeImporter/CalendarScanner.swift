import AltitudeModel

/// Finds each VCALENDAR, VTIMEZONE and VEVENT in calendar text as it streams in,
/// with line numbers. It reads line starts only: a folded continuation always
/// starts with a space or tab, so `BEGIN:`/`END:` at a line start is always
/// structure. libical keeps no line numbers; this is where they come from.
struct CalendarScanner {
    /// A component that ended inside the current buffer.
    struct Block: Sendable {
        enum Kind: Sendable, Equatable {
            case event
            case timeZone
        }

        var kind: Kind
        /// Byte range in the buffer given to `scan`.
        var range: Range<Int>
        var line: Int
        /// Which VCALENDAR of the file it sits in.
        var calendar: Int
        /// A physical line longer than libical reads in linear time; refold it first.
        var hasLongLine: Bool
    }

    /// What the scan learnt about the file besides its blocks.
    struct Summary: Sendable {
        /// Each VCALENDAR's own property lines (X-WR-CALNAME, …), copied out, and its line.
        var calendars: [(line: Int, propertyLines: [[UInt8]], isImplied: Bool)] = []
        /// Components that are not events (VTODO, VJOURNAL, …), counted by name.
        var ignoredComponents: [String: Int] = [:]
        /// The first line of text after the last END:VCALENDAR (ignored).
        var trailingTextLine: Int?
        /// Structure that was repaired (an END that names the wrong component).
        var repairs: [(line: Int, message: String)] = []
    }

    /// Physical lines longer than this are refolded before libical sees them: its
    /// line reader is quadratic in line length (a 10 MB line took 23 s).
    static let longLineThreshold = 4096
    /// Components nested deeper than this are not a calendar anyone wrote.
    static let maximumDepth = 16

    let file: String
    private(set) var summary = Summary()
    private var stack: [(name: String, line: Int)] = []
    private var line = 0
    private var blockStart = 0
    private var blockLine = 0
    private var blockHasLongLine = false
    private var sawCalendar = false
    /// The outermost open component is a VCALENDAR the file left out (bare components).
    private var calendarIsImplied = false
    /// Bytes at the start of the next buffer that were already scanned (an open block kept for parsing).
    private var resume = 0

    init(file: String) {
        self.file = file
    }

    /// Scans the complete lines of `text` (which continues where the last call's
    /// unconsumed bytes left off). Returns the blocks that ended, and how many
    /// bytes from the start can be dropped: everything before the first line
    /// that is incomplete or belongs to a block still open.
    mutating func scan(_ text: UnsafeRawBufferPointer, isLast: Bool) throws(InputError) -> (blocks: [Block], consumed: Int) {
        var blocks: [Block] = []
        var position = resume
        let count = text.count
        if stack.count >= 2 { blockStart = 0 }  // an open block was carried over to the buffer's start
        while position < count {
            let start = position
            var contentEnd = start
            while contentEnd < count, text[contentEnd] != 0x0A, text[contentEnd] != 0x0D {
                if text[contentEnd] == 0 {
                    throw InputError(file: file, line: line + 1, message: "binary data (a NUL byte): this is not an iCalendar text file")
                }
                contentEnd += 1
            }
            var next = contentEnd
            if next < count, text[next] == 0x0D { next += 1 }
            if next < count, text[next] == 0x0A { next += 1 }
            // A line is complete once its end is seen; a CR at the buffer's end may still have its LF to come.
            let complete = isLast || (contentEnd < count && !(text[contentEnd] == 0x0D && contentEnd + 1 == count))
            guard complete else { break }
            line += 1
            try handleLine(text, start: start, contentEnd: contentEnd, next: next, blocks: &blocks)
            position = next
        }
        if isLast {
            if calendarIsImplied, stack.count == 1 {
                stack.removeAll()  // bare components need no END:VCALENDAR either
                calendarIsImplied = false
            }
            if let open = stack.last {
                throw InputError(file: file, line: line,
                                 message: "the file ends inside \(open.name) (begun at line \(open.line)): it looks truncated, so nothing was read from it")
            }
            if !sawCalendar {
                throw InputError(file: file, message: line == 0 ? "the file is empty: there is no calendar in it"
                                                                : "the file has no BEGIN:VCALENDAR: it is not an iCalendar file")
            }
        }
        let consumed = stack.count >= 2 ? blockStart : position
        resume = position - consumed
        return (blocks, consumed)
    }

    private mutating func handleLine(_ text: UnsafeRawBufferPointer, start: Int, contentEnd: Int, next: Int,
                                     blocks: inout [Block]) throws(InputError) {
        let length = contentEnd - start
        if length > Self.longLineThreshold { blockHasLongLine = true }
        guard length > 0 else { return }
        let first = text[start]
        if first == 0x20 || first == 0x09 {  // a folded continuation
            if stack.isEmpty {
                try outsideCalendar(text, start: start, contentEnd: contentEnd)
            } else if stack.count == 1 {
                appendPropertyLine(text, start: start, next: next)
            }
            return
        }
        if let name = componentName(text, after: "BEGIN:", start: start, contentEnd: contentEnd) {
            try begin(name, start: start)
        } else if let name = componentName(text, after: "END:", start: start, contentEnd: contentEnd) {
            try end(name, start: start, next: next, blocks: &blocks)
        } else if stack.isEmpty {
            try outsideCalendar(text, start: start, contentEnd: contentEnd)
        } else if stack.count == 1 {
            appendPropertyLine(text, start: start, next: next)
        }
    }

    private mutating func appendPropertyLine(_ text: UnsafeRawBufferPointer, start: Int, next: Int) {
        summary.calendars[summary.calendars.count - 1].propertyLines.append(Array(text[start..<next]))
    }

    /// Components that, found outside any VCALENDAR, show the file is iCalendar
    /// with its wrapper left out (mail clients and web pages paste bare VEVENTs).
    static let bareComponents: Set<String> = ["VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VALARM", "VAVAILABILITY"]

    private mutating func begin(_ name: String, start: Int) throws(InputError) {
        if calendarIsImplied, stack.count == 1, name == "VCALENDAR" {
            // A real VCALENDAR after bare components: the implied one ends here.
            stack.removeAll()
            calendarIsImplied = false
        }
        if stack.isEmpty {
            if name != "VCALENDAR" {
                if Self.bareComponents.contains(name) { return try beginImpliedCalendar(name, start: start) }
                if sawCalendar { return noteTrailingText() }
                throw InputError(file: file, line: line, message: "expected BEGIN:VCALENDAR but found BEGIN:\(name): this is not an iCalendar file")
            }
            sawCalendar = true
            summary.calendars.append((line, [], false))
        } else if stack.count == 1 {
            blockStart = start
            blockLine = line
            blockHasLongLine = false
        } else if stack.count >= Self.maximumDepth {
            throw InputError(file: file, line: line, message: "components are nested more than \(Self.maximumDepth) deep")
        }
        stack.append((name, line))
    }

    /// Opens a VCALENDAR the file left out, around a bare component, and says so once.
    private mutating func beginImpliedCalendar(_ name: String, start: Int) throws(InputError) {
        if !summary.calendars.contains(where: \.isImplied) {
            summary.repairs.append((line, "no BEGIN:VCALENDAR around BEGIN:\(name): the bare components are read as a calendar"))
        }
        sawCalendar = true
        calendarIsImplied = true
        summary.calendars.append((line, [], true))
        stack.append(("VCALENDAR", line))
        try begin(name, start: start)
    }

    private mutating func end(_ name: String, start: Int, next: Int, blocks: inout [Block]) throws(InputError) {
        if calendarIsImplied, stack.count == 1 {
            // Between bare components: an END:VCALENDAR closes the implied calendar, anything else is stray.
            if name == "VCALENDAR" {
                stack.removeAll()
                calendarIsImplied = false
            } else {
                summary.repairs.append((line, "END:\(name) closes nothing: ignored"))
            }
            return
        }
        guard let open = stack.last else {
            if sawCalendar { return noteTrailingText() }
            throw InputError(file: file, line: line, message: "END:\(name) before any BEGIN:VCALENDAR: this is not an iCalendar file")
        }
        if open.name != name {
            // Repair rather than refuse: exporters do write "END:VTOOD".
            if let outer = stack.lastIndex(where: { $0.name == name }) {
                while stack.count > outer + 1 {
                    let unclosed = stack[stack.count - 1]
                    summary.repairs.append((line, "BEGIN:\(unclosed.name) from line \(unclosed.line) has no END: END:\(name) closes it"))
                    closeInnermost(next: start, blocks: &blocks)
                }
            } else {
                summary.repairs.append((line, "END:\(name) does not match BEGIN:\(open.name) from line \(open.line): read as END:\(open.name)"))
            }
        }
        closeInnermost(next: next, blocks: &blocks)
    }

    private mutating func closeInnermost(next: Int, blocks: inout [Block]) {
        let closed = stack.removeLast()
        guard stack.count == 1 else { return }
        let kind: Block.Kind
        switch closed.name {
        case "VEVENT": kind = .event
        case "VTIMEZONE": kind = .timeZone
        default:
            summary.ignoredComponents[closed.name, default: 0] += 1
            return
        }
        blocks.append(Block(kind: kind, range: blockStart..<next, line: blockLine, calendar: summary.calendars.count - 1,
                            hasLongLine: blockHasLongLine))
    }

    private mutating func outsideCalendar(_ text: UnsafeRawBufferPointer, start: Int, contentEnd: Int) throws(InputError) {
        if sawCalendar { return noteTrailingText() }
        let shown = String(decoding: UnsafeRawBufferPointer(rebasing: text[start..<min(contentEnd, start + 40)]), as: UTF8.self)
        throw InputError(file: file, line: line, message: "expected BEGIN:VCALENDAR but the line reads “\(shown)”: this is not an iCalendar file")
    }

    private mutating func noteTrailingText() {
        if summary.trailingTextLine == nil { summary.trailingTextLine = line }
    }

    /// The upper-cased component name when the line is `prefix` + name (case-insensitive).
    private func componentName(_ text: UnsafeRawBufferPointer, after prefix: StaticString, start: Int, contentEnd: Int) -> String? {
        let prefixLength = prefix.utf8CodeUnitCount
        guard contentEnd - start > prefixLength else { return nil }
        let prefixBytes = UnsafeRawBufferPointer(start: prefix.utf8Start, count: prefixLength)
        // `& 0xDF` folds ASCII letters to upper case; ':' folds the same on both sides.
        for offset in 0..<prefixLength where text[start + offset] & 0xDF != prefixBytes[offset] & 0xDF {
            return nil
        }
        var nameEnd = contentEnd
        while nameEnd > start + prefixLength, text[nameEnd - 1] == 0x20 || text[nameEnd - 1] == 0x09 { nameEnd -= 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: text[(start + prefixLength)..<nameEnd]), as: UTF8.self).uppercased()
    }
}
