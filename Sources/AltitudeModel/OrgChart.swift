/// An organisation chart: who reports to whom, as many HR systems export it
/// (`org.csv`: `email,name,manager_email`). It tells the classifier how far below
/// the leader each attendee sits, which the profile's lists cannot: a meeting whose
/// colleagues are all two or more levels down is below-altitude work whatever its title.
public struct OrgChart: Sendable, Hashable {
    public struct Person: Sendable, Hashable {
        /// Lower-cased.
        public var email: String
        public var name: String
        /// Lower-cased; nil at the top of the chart.
        public var manager: String?

        public init(email: String, name: String, manager: String?) {
            self.email = email.lowercased()
            self.name = name
            self.manager = manager?.lowercased()
        }
    }

    /// One problem in the file, with the line it is on.
    public struct Problem: Sendable, Hashable {
        public var line: Int
        public var message: String

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    /// Every problem in the file.
    public struct Problems: Error, Sendable, Hashable {
        public var problems: [Problem]

        public init(problems: [Problem]) {
            self.problems = problems
        }
    }

    public let people: [Person]

    public init(people: [Person]) {
        self.people = people
    }

    /// Reads the CSV. The header names the columns (`email`, `manager_email`, and
    /// optionally `name`, in any order; `manager` is accepted for `manager_email`),
    /// so an export with extra columns reads as it is. Every problem is returned, each with its line.
    public static func parse(_ text: String) throws(Problems) -> OrgChart {
        var lines = CSVLines(text)
        guard let header = lines.next() else { throw Problems(problems: [Problem(line: 1, message: "the org chart is empty")]) }
        let columns = header.fields.map { $0.trimmed.lowercased().replacingOccurrences(of: " ", with: "_") }
        let emailColumn = columns.firstIndex(of: "email")
        let managerColumn = columns.firstIndex(of: "manager_email") ?? columns.firstIndex(of: "manager")
        let nameColumn = columns.firstIndex(of: "name")
        guard let emailColumn, let managerColumn else {
            let found = header.fields.map { "“\($0.trimmed)”" }.joined(separator: ", ")
            throw Problems(problems: [Problem(line: header.line, message: "the first line should name the columns email, name, "
                                                + "manager_email (it has \(found))")])
        }
        var people: [Person] = []
        var problems: [Problem] = []
        var seen: [String: Int] = [:]
        var badManagers: Set<String> = []
        while let row = lines.next() {
            if let opened = row.unclosedQuote {
                // Read on, the quote would swallow every row after it into one field, without a word.
                problems.append(Problem(line: opened, message: "a quoted field opened here is never closed: the rest of the file "
                                        + "(to line \(row.lastLine)) would be read as part of one field; close the quote"))
                break
            }
            if row.fields.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            func field(_ index: Int) -> String { index < row.fields.count ? row.fields[index].trimmed : "" }
            let email = field(emailColumn).lowercased()
            let manager = field(managerColumn).lowercased()
            guard Self.isAddress(email) else {
                problems.append(Problem(line: row.line, message: "“\(field(emailColumn))” is not an email address"))
                continue
            }
            if !manager.isEmpty, !Self.isAddress(manager) {
                // Once per value: an export that names managers by name gets one line, not one per row.
                if badManagers.insert(manager).inserted {
                    problems.append(Problem(line: row.line, message: "the manager “\(field(managerColumn))” is not an email address"))
                }
                continue
            }
            if manager == email {
                problems.append(Problem(line: row.line, message: "\(email) is their own manager"))
                continue
            }
            if let first = seen[email] {
                problems.append(Problem(line: row.line, message: "\(email) is listed twice (first on line \(first))"))
                continue
            }
            seen[email] = row.line
            people.append(Person(email: email, name: nameColumn.map(field) ?? "", manager: manager.isEmpty ? nil : manager))
        }
        if people.isEmpty, problems.isEmpty { problems.append(Problem(line: header.line, message: "the org chart lists nobody under its header")) }
        problems += loops(in: people, lines: seen)
        guard problems.isEmpty else { throw Problems(problems: problems) }
        return OrgChart(people: people)
    }

    /// An address as a chart may hold one: an `@`, and no space, control character (a NUL
    /// byte) or bidi override, which no mail system accepts and which would reach the terminal.
    static func isAddress(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "@")) else { return false }
        // An ASCII address (nearly every one) is checked by byte: its control and space
        // characters are 0x00–0x20 and 0x7F, and none is a format character. Looking up
        // each character's Unicode properties cost more than the rest of reading a chart.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return !text.utf8.contains { $0 <= 0x20 || $0 == 0x7F } }
        return !text.unicodeScalars.contains {
            $0.properties.generalCategory == .control || $0.properties.generalCategory == .format || $0.properties.isWhitespace
        }
    }

    /// Management chains that come back on themselves (a reports to b, b to a): nobody can
    /// be their own manager's manager, and such a chart places people by chance. One
    /// problem per loop, on the line of the person listed first in it.
    static func loops(in people: [Person], lines: [String: Int]) -> [Problem] {
        let managers = Dictionary(people.compactMap { person in person.manager.map { (person.email, $0) } }, uniquingKeysWith: { first, _ in first })
        // Each person is reached by one walk up a chain, the first to get there: a walk
        // that reaches someone it has reached already has gone round a loop; one that
        // reaches someone an earlier walk reached stops there.
        var reachedBy: [String: Int] = [:]
        reachedBy.reserveCapacity(people.count)
        var problems: [Problem] = []
        for (walk, person) in people.enumerated() where reachedBy[person.email] == nil {
            var chain: [String] = []
            var current: String? = person.email
            while let email = current {
                if let earlier = reachedBy[email] {
                    guard earlier == walk, let start = chain.firstIndex(of: email) else { break }
                    let loop = Array(chain[start...])
                    let first = loop.min { (lines[$0] ?? 0) < (lines[$1] ?? 0) } ?? email
                    let ordered = loop.drop { $0 != first } + loop.prefix { $0 != first }
                    problems.append(Problem(line: lines[first] ?? 1, message: "the management chain loops: "
                                            + (ordered + [first]).joined(separator: " → ") + "; someone in it has the wrong manager"))
                    break
                }
                reachedBy[email] = walk
                chain.append(email)
                current = managers[email]
            }
        }
        return problems
    }

    /// Where each person in the chart stands relative to the leader (any of `addresses`):
    /// manager, directs, peers (the manager's other reports), `deeper` (two or more levels
    /// below) and `elsewhere` (everyone else). Empty when the leader is not in the chart.
    public func placements(of addresses: Set<String>) -> [String: PersonGroup] {
        guard let leader = people.first(where: { addresses.contains($0.email) }) else { return [:] }
        var reports: [String: [String]] = [:]
        for person in people { if let manager = person.manager { reports[manager, default: []].append(person.email) } }
        var placements: [String: PersonGroup] = [:]
        for person in people where !addresses.contains(person.email) { placements[person.email] = .elsewhere }
        if let manager = leader.manager {
            placements[manager] = .manager
            for peer in reports[manager, default: []] where !addresses.contains(peer) { placements[peer] = .peers }
        }
        // Breadth first down the leader's tree; `visited` guards against a cycle in a bad export.
        var visited: Set<String> = [leader.email]
        var level = reports[leader.email, default: []]
        var group = PersonGroup.directs
        while !level.isEmpty {
            var next: [String] = []
            for email in level where visited.insert(email).inserted {
                placements[email] = group
                next += reports[email, default: []]
            }
            level = next
            group = .deeper
        }
        return placements
    }
}

private extension String {
    /// Without spaces and tabs around it. Not `trimmingCharacters(in:)`: on Linux it goes
    /// through NSString and cost more than the rest of reading a 2,000-person chart.
    var trimmed: String {
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        guard let first = utf8.firstIndex(where: { !blank($0) }), let last = utf8.lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }
}

/// Records of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line
/// breaks), each with the line it starts on. Read as bytes: every byte that ends a
/// field or a record is ASCII, so UTF-8 text between them is copied whole.
struct CSVLines: IteratorProtocol {
    struct Row {
        var fields: [String]
        var line: Int
        /// The line a quoted field opened on, when the text ended before it closed.
        var unclosedQuote: Int?
        /// The line the record ends on.
        var lastLine: Int
    }

    private let bytes: [UInt8]
    private var position = 0
    private var line = 1

    init(_ text: String) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // a byte-order mark, as spreadsheets write
        self.bytes = bytes
    }

    mutating func next() -> Row? {
        guard position < bytes.count else { return nil }
        let start = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var quoteLine = start
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if quoted {
                if byte == quote {
                    if position < bytes.count, bytes[position] == quote {
                        field.append(quote)
                        position += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == newline { line += 1 }
                    field.append(byte)
                }
            } else if byte == quote && field.isEmpty {
                quoted = true
                quoteLine = line
            } else if byte == comma {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else if byte == newline || byte == carriageReturn {
                if byte == carriageReturn, position < bytes.count, bytes[position] == newline { position += 1 }
                line += 1
                break
            } else {
                field.append(byte)
            }
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return Row(fields: fields, line: start, unclosedQuote: quoted ? quoteLine : nil, lastLine: line)
    }
}

extension OrgChart {
    /// The chart as CSV with the columns `email,name,manager_email`: how the store keeps it.
    public var csv: String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        return people.reduce(into: "email,name,manager_email\n") { csv, person in
            csv += [person.email, person.name, person.manager ?? ""].map(field).joined(separator: ",") + "\n"
        }
    }
}
