import AltitudeModel

/// Where each VCALENDAR, VTIMEZONE and VEVENT sits in a file's bytes, with line
/// numbers. Found by reading line starts only: a folded continuation always starts
/// with a space or tab, so `BEGIN:`/`END:` at a line start is always structure.
/// libical keeps no line numbers; this is where they come from.
struct CalendarLayout: Sendable {
    /// A byte range of the text and the line it starts on.
    struct Block: Sendable {
        var range: Range<Int>
        var line: Int
        /// A physical line longer than libical reads in linear time; refold it first.
        var hasLongLine: Bool
    }

    struct Calendar: Sendable {
        var line: Int
        /// The VCALENDAR's own property lines (X-WR-CALNAME, X-WR-TIMEZONE, …).
        var propertyLines: [Block] = []
        var timeZones: [Block] = []
        var events: [Block] = []
    }

    var calendars: [Calendar] = []
    /// Components that are not events (VTODO, VJOURNAL, …), counted by name.
    var ignoredComponents: [String: Int] = [:]
    /// Lines of text after the last END:VCALENDAR, which are ignored.
    var trailingTextLine: Int?
    /// Structure that was repaired (an END that names the wrong component), by line.
    var repairs: [(line: Int, message: String)] = []

    /// Physical lines longer than this are refolded before libical sees them: its
    /// line reader is quadratic in line length (a 10 MB line took 23 s).
    static let longLineThreshold = 4096
    /// Components nested deeper than this are not a calendar anyone wrote.
    static let maximumDepth = 16

    /// Scans UTF-8 text (BOM already removed).
    static func scan(_ text: UnsafeRawBufferPointer, file: String) throws(InputError) -> CalendarLayout {
        var scanner = Scanner(text: text, file: file)
        return try scanner.run()
    }

    private struct Scanner {
        let text: UnsafeRawBufferPointer
        let file: String
        var layout = CalendarLayout()
        var stack: [(name: String, line: Int)] = []
        var blockStart = 0
        var blockLine = 0
        var blockHasLongLine = false
        var sawCalendar = false

        init(text: UnsafeRawBufferPointer, file: String) {
            self.text = text
            self.file = file
        }

        mutating func run() throws(InputError) -> CalendarLayout {
            let count = text.count
            guard count > 0 else { throw InputError(file: file, message: "the file is empty: there is no calendar in it") }
            var position = 0
            var line = 0
            while position < count {
                line += 1
                let start = position
                var contentEnd = start
                while contentEnd < count, text[contentEnd] != 0x0A, text[contentEnd] != 0x0D {
                    if text[contentEnd] == 0 {
                        throw InputError(file: file, line: line, message: "binary data (a NUL byte): this is not an iCalendar text file")
                    }
                    contentEnd += 1
                }
                position = contentEnd
                if position < count, text[position] == 0x0D { position += 1 }
                if position < count, text[position] == 0x0A { position += 1 }
                try handleLine(start: start, contentEnd: contentEnd, next: position, line: line)
            }
            if let open = stack.last {
                throw InputError(
                    file: file, line: line,
                    message: "the file ends inside \(open.name) (begun at line \(open.line)): it looks truncated, so nothing was read from it")
            }
            if !sawCalendar {
                throw InputError(file: file, message: "the file has no BEGIN:VCALENDAR: it is not an iCalendar file")
            }
            return layout
        }

        private mutating func handleLine(start: Int, contentEnd: Int, next: Int, line: Int) throws(InputError) {
            let length = contentEnd - start
            if length > CalendarLayout.longLineThreshold { blockHasLongLine = true }
            guard length > 0 else { return }
            let first = text[start]
            if first == 0x20 || first == 0x09 {  // a folded continuation
                if stack.isEmpty { try outsideCalendar(start: start, contentEnd: contentEnd, line: line) }
                return
            }
            if let name = componentName(after: "BEGIN:", start: start, contentEnd: contentEnd) {
                try begin(name, start: start, line: line)
            } else if let name = componentName(after: "END:", start: start, contentEnd: contentEnd) {
                try end(name, start: start, next: next, line: line)
            } else if stack.isEmpty {
                try outsideCalendar(start: start, contentEnd: contentEnd, line: line)
            } else if stack.count == 1 {
                layout.calendars[layout.calendars.count - 1].propertyLines.append(
                    Block(range: start..<next, line: line, hasLongLine: length > CalendarLayout.longLineThreshold))
            }
        }

        private mutating func begin(_ name: String, start: Int, line: Int) throws(InputError) {
            if stack.isEmpty {
                guard name == "VCALENDAR" else {
                    if sawCalendar { return noteTrailingText(line: line) }
                    throw InputError(file: file, line: line, message: "expected BEGIN:VCALENDAR but found BEGIN:\(name): this is not an iCalendar file")
                }
                sawCalendar = true
                layout.calendars.append(Calendar(line: line))
            } else if stack.count == 1 {
                blockStart = start
                blockLine = line
                blockHasLongLine = false
            } else if stack.count >= CalendarLayout.maximumDepth {
                throw InputError(file: file, line: line, message: "components are nested more than \(CalendarLayout.maximumDepth) deep")
            }
            stack.append((name, line))
        }

        private mutating func end(_ name: String, start: Int, next: Int, line: Int) throws(InputError) {
            guard let open = stack.last else {
                if sawCalendar { return noteTrailingText(line: line) }
                throw InputError(file: file, line: line, message: "END:\(name) before any BEGIN:VCALENDAR: this is not an iCalendar file")
            }
            if open.name != name {
                // Repair rather than refuse: exporters do write "END:VTOOD".
                if let outer = stack.lastIndex(where: { $0.name == name }) {
                    while stack.count > outer + 1 {
                        let unclosed = stack[stack.count - 1]
                        layout.repairs.append((line, "BEGIN:\(unclosed.name) from line \(unclosed.line) has no END: END:\(name) closes it"))
                        closeInnermost(next: start)
                    }
                } else {
                    layout.repairs.append((line, "END:\(name) does not match BEGIN:\(open.name) from line \(open.line): read as END:\(open.name)"))
                }
            }
            closeInnermost(next: next)
        }

        private mutating func closeInnermost(next: Int) {
            let closed = stack.removeLast()
            guard stack.count == 1 else { return }
            let block = Block(range: blockStart..<next, line: blockLine, hasLongLine: blockHasLongLine)
            let index = layout.calendars.count - 1
            switch closed.name {
            case "VEVENT": layout.calendars[index].events.append(block)
            case "VTIMEZONE": layout.calendars[index].timeZones.append(block)
            default: layout.ignoredComponents[closed.name, default: 0] += 1
            }
        }

        private mutating func outsideCalendar(start: Int, contentEnd: Int, line: Int) throws(InputError) {
            if sawCalendar { return noteTrailingText(line: line) }
            let shown = String(decoding: UnsafeRawBufferPointer(rebasing: text[start..<min(contentEnd, start + 40)]), as: UTF8.self)
            throw InputError(file: file, line: line, message: "expected BEGIN:VCALENDAR but the line reads “\(shown)”: this is not an iCalendar file")
        }

        private mutating func noteTrailingText(line: Int) {
            if layout.trailingTextLine == nil { layout.trailingTextLine = line }
        }

        /// The upper-cased component name when the line is `PREFIX` + name (case-insensitive).
        private func componentName(after prefix: StaticString, start: Int, contentEnd: Int) -> String? {
            let prefixLength = prefix.utf8CodeUnitCount
            guard contentEnd - start > prefixLength else { return nil }
            let prefixBytes = UnsafeRawBufferPointer(start: prefix.utf8Start, count: prefixLength)
            for offset in 0..<prefixLength where text[start + offset] & 0xDF != prefixBytes[offset] & 0xDF {
                // `& 0xDF` folds ASCII case; ':' (0x3A) folds to 0x1A on both sides alike.
                return nil
            }
            var nameEnd = contentEnd
            while nameEnd > start + prefixLength, text[nameEnd - 1] == 0x20 || text[nameEnd - 1] == 0x09 { nameEnd -= 1 }
            let bytes = UnsafeRawBufferPointer(rebasing: text[(start + prefixLength)..<nameEnd])
            return String(decoding: bytes, as: UTF8.self).uppercased()
        }
    }
}
