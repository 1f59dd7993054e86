import AltitudeModel
import Foundation

/// Where calendar text comes from, and the name to report problems under (the
/// path as the user typed it, `<stdin>`, or a feed address with its secret part
/// hidden). Files and standard input are read in chunks as they are parsed.
public struct CalendarSource: Sendable {
    enum Content: Sendable {
        case data(Data)
        case file(String)
        case standardInput
    }

    public let name: String
    let content: Content

    public init(name: String, data: Data) {
        self.name = name
        content = .data(data)
    }

    private init(name: String, content: Content) {
        self.name = name
        self.content = content
    }

    /// All its bytes, read now: for an import, which hashes a snapshot before parsing it.
    public func contents() throws(InputError) -> Data {
        var reader = try ChunkReader(self)
        return try reader.rest()
    }

    /// A file, or standard input for `-`; checked now, read while parsing.
    public static func load(_ path: String) throws(InputError) -> CalendarSource {
        path == "-" ? standardInput() : try file(path)
    }

    public static func file(_ path: String) throws(InputError) -> CalendarSource {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, message: "no such file", isUnreadable: true)
        }
        guard !isDirectory.boolValue else { throw InputError(file: path, message: "is a directory, not a calendar file", isUnreadable: true) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw InputError(file: path, message: "cannot be read (permission denied)", isUnreadable: true)
        }
        return CalendarSource(name: path, content: .file(path))
    }

    public static func standardInput() -> CalendarSource {
        CalendarSource(name: "<stdin>", content: .standardInput)
    }
}

/// The bytes of a source, a chunk at a time.
struct ChunkReader {
    private var handle: FileHandle?
    private var data: Data?
    private let name: String

    init(_ source: CalendarSource) throws(InputError) {
        name = source.name
        switch source.content {
        case .data(let data):
            self.data = data
        case .file(let path):
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw InputError(file: path, message: "cannot be read (permission denied?)", isUnreadable: true)
            }
            self.handle = handle
        case .standardInput:
            handle = FileHandle.standardInput
        }
    }

    /// The next chunk of at most `maximum` bytes, or nil at the end.
    mutating func next(maximum: Int) throws(InputError) -> Data? {
        if let data {
            self.data = nil
            return data.isEmpty ? nil : data
        }
        do {
            guard let chunk = try handle?.read(upToCount: maximum), !chunk.isEmpty else { return nil }
            return chunk
        } catch {
            throw InputError(file: name, message: "cannot be read: \(error.localizedDescription)", isUnreadable: true)
        }
    }

    /// Everything that is left.
    mutating func rest() throws(InputError) -> Data {
        var all = Data()
        while let chunk = try next(maximum: 1 << 22) { all.append(chunk) }
        return all
    }
}

/// Calendar bytes as UTF-8, whatever the file was written in: a UTF-8 byte-order
/// mark is dropped (libical reads it as text), UTF-16 and UTF-32 are transcoded
/// (libical reads them as nothing at all), bare-CR line ends become LF.
enum CalendarText {
    /// Prepares the first chunk. When the text needs transcoding, the rest of the
    /// source is read too and the whole text comes back at once (`isWhole`).
    static func prepareFirst(_ chunk: Data, reader: inout ChunkReader, file: String) throws(InputError) -> (text: Data, isWhole: Bool) {
        let head = [UInt8](chunk.prefix(4))
        func has(_ prefix: [UInt8]) -> Bool { head.starts(with: prefix) }
        let encoding: String.Encoding
        var skip = 0
        if has([0xEF, 0xBB, 0xBF]) {
            return try normalizedLineEnds(chunk.dropFirst(3), reader: &reader)
        } else if has([0xFF, 0xFE, 0x00, 0x00]) {
            (encoding, skip) = (.utf32LittleEndian, 4)
        } else if has([0x00, 0x00, 0xFE, 0xFF]) {
            (encoding, skip) = (.utf32BigEndian, 4)
        } else if has([0xFF, 0xFE]) {
            (encoding, skip) = (.utf16LittleEndian, 2)
        } else if has([0xFE, 0xFF]) {
            (encoding, skip) = (.utf16BigEndian, 2)
        } else if head.count >= 2, head[0] != 0, head[1] == 0 {
            encoding = .utf16LittleEndian  // "B\0E\0G\0…" with no byte-order mark
        } else if head.count >= 2, head[0] == 0, head[1] != 0 {
            encoding = .utf16BigEndian
        } else {
            return try normalizedLineEnds(chunk, reader: &reader)
        }
        let whole = chunk + (try reader.rest())
        guard let text = String(data: whole.dropFirst(skip), encoding: encoding) else {
            throw InputError(file: file, message: "looks like UTF-16 or UTF-32 text but does not decode as such")
        }
        let (normalized, _) = try normalizedLineEnds(Data(text.utf8), reader: &reader)
        return (normalized, true)
    }

    /// Classic Mac files end lines with a bare CR, which libical does not split on.
    private static func normalizedLineEnds(_ chunk: Data, reader: inout ChunkReader) throws(InputError) -> (Data, Bool) {
        guard !chunk.contains(0x0A), chunk.contains(0x0D) else { return (chunk, false) }
        let whole = chunk + (try reader.rest())
        return (Data(whole.map { $0 == 0x0D ? 0x0A : $0 }), true)
    }

    /// The line (1-based) of the first line in `bytes` that holds property `name`,
    /// counting from `firstLine`. Used only when there is a problem to report.
    static func line(ofProperty name: String, in bytes: UnsafeRawBufferPointer, firstLine: Int) -> Int {
        let target = Array(name.uppercased().utf8)
        var line = firstLine
        var atLineStart = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                atLineStart = true
            } else if atLineStart {
                atLineStart = false
                let end = index + target.count
                if end < bytes.count, (bytes[end] == 0x3A || bytes[end] == 0x3B),  // ':' or ';'
                   zip(target, bytes[index..<end]).allSatisfy({ $0 == ($1 & 0xDF) || $0 == $1 }) {
                    return line
                }
            }
            index += 1
        }
        return firstLine
    }
}

extension CalendarText {
    /// The unfolded values of every `name` property in a block, for the rare
    /// repairs that need the text libical refused.
    static func values(ofProperty name: String, in bytes: UnsafeRawBufferPointer) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\n ", with: "").replacingOccurrences(of: "\n\t", with: "")
        return text.split(separator: "\n").compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let head = line[..<colon]
            let propertyName = head.split(separator: ";", maxSplits: 1).first.map { $0.uppercased() }
            return propertyName == name ? String(line[line.index(after: colon)...]) : nil
        }
    }
}

extension CalendarText {
    /// Text that is not valid UTF-8, read the way the file most likely meant it:
    /// valid UTF-8 sequences as UTF-8, every other byte as Windows-1252 (the Latin-1
    /// superset Outlook and Lotus Notes write in western locales). A file in Latin-1
    /// reads as written ("Zürich", not "Z�rich"); a stray byte in a UTF-8 file costs
    /// one character, as U+FFFD would.
    static func decodingLatin1Fallback(_ bytes: UnsafeRawBufferPointer) -> String {
        var result = ""
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = switch byte {
            case 0xC2...0xDF: 2
            case 0xE0...0xEF: 3
            case 0xF0...0xF4: 4
            default: 1
            }
            if length > 1, index + length <= bytes.count,
               let character = String(validating: UnsafeRawBufferPointer(rebasing: bytes[index..<(index + length)]), as: UTF8.self) {
                result += character
                index += length
                continue
            }
            result.unicodeScalars.append(windows1252(byte))
            index += 1
        }
        return result
    }

    /// Windows-1252: Latin-1, except that 0x80–0x9F hold printable characters (€, “, –…).
    private static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return Unicode.Scalar(high[Int(byte - 0x80)]) ?? Unicode.Scalar(byte)
    }
}
