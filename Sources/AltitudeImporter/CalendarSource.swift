import AltitudeModel
import Foundation

/// Calendar text and the name to report problems under (the path as the user
/// typed it, `<stdin>`, or a feed address with its secret part hidden).
public struct CalendarSource: Sendable {
    public let name: String
    public let data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// Reads a file, or standard input for `-`.
    public static func load(_ path: String) throws(InputError) -> CalendarSource {
        path == "-" ? try standardInput() : try file(path)
    }

    public static func file(_ path: String) throws(InputError) -> CalendarSource {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, message: "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(file: path, message: "is a directory, not a calendar file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, message: "cannot be read (permission denied?)")
        }
        return CalendarSource(name: path, data: data)
    }

    public static func standardInput() throws(InputError) -> CalendarSource {
        do {
            return CalendarSource(name: "<stdin>", data: try FileHandle.standardInput.readToEnd() ?? Data())
        } catch {
            throw InputError(file: "<stdin>", message: "cannot be read: \(error.localizedDescription)")
        }
    }
}

/// Calendar bytes as UTF-8, whatever the file was written in: a UTF-8 byte-order
/// mark is dropped (libical reads it as text), UTF-16 and UTF-32 are transcoded
/// (libical reads them as nothing at all).
enum CalendarText {
    static func utf8(_ data: Data, file: String) throws(InputError) -> Data {
        let head = [UInt8](data.prefix(4))
        func has(_ prefix: [UInt8]) -> Bool { head.starts(with: prefix) }
        let encoding: String.Encoding
        var skip = 0
        if has([0xEF, 0xBB, 0xBF]) {
            return normalizedLineEnds(data.dropFirst(3))
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
            return normalizedLineEnds(data)
        }
        guard let text = String(data: data.dropFirst(skip), encoding: encoding) else {
            throw InputError(file: file, message: "looks like UTF-16 or UTF-32 text but does not decode as such")
        }
        return normalizedLineEnds(Data(text.utf8))
    }

    /// Classic Mac files end lines with a bare CR, which libical does not split on.
    private static func normalizedLineEnds(_ data: Data) -> Data {
        guard !data.contains(0x0A), data.contains(0x0D) else { return data }
        return Data(data.map { $0 == 0x0D ? 0x0A : $0 })
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
