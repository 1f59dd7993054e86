import Foundation

/// The encodings a mail message needs (RFC 2045, 2047, 5322): bodies in
/// quoted-printable with lines of at most 76 characters, and header text as
/// encoded words when it is not plain ASCII.
enum MIME {
    /// UTF-8 text in quoted-printable, CRLF line ends, no line over 76 characters.
    static func quotedPrintable(_ text: String) -> String {
        var output = ""
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            var current = ""
            let bytes = Array(line.utf8)
            for (position, byte) in bytes.enumerated() {
                let isLast = position == bytes.count - 1
                var piece: String
                // Trailing white space is encoded: transports strip it.
                if (byte == 0x20 || byte == 0x09) && isLast {
                    piece = hex(byte)
                } else if byte == 0x3D || byte < 0x20 || byte > 0x7E {
                    piece = hex(byte)
                } else if position == 0 && (byte == 0x2E || (byte == 0x46 && bytes.starts(with: Array("From ".utf8)))) {
                    // A line of one dot would end an SMTP message; mailboxes quote a line starting "From ".
                    piece = hex(byte)
                } else {
                    piece = String(UnicodeScalar(byte))
                }
                // Room for a soft break (`=`) at the end of every line but the last piece.
                if current.utf8.count + piece.utf8.count > (isLast ? 76 : 75) {
                    output += current + "=\r\n"
                    current = ""
                    if piece == "." { piece = hex(byte) }
                }
                current += piece
            }
            output += current
            if index < lines.count - 1 { output += "\r\n" }
        }
        return output
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }

    /// Header text as it may appear: control characters (CR, LF, tabs) become
    /// spaces, so no text can end a header or start another; non-ASCII text
    /// becomes RFC 2047 encoded words (base64, whole characters per word).
    static func headerText(_ text: String) -> String {
        let flat = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
        guard flat.unicodeScalars.contains(where: { !$0.isASCII }) || flat.contains("=?") else { return flat }
        var words: [String] = []
        var chunk = ""
        // 45 bytes of UTF-8 is 60 of base64: an encoded word of 72 characters, within a 76-character line.
        for character in flat {
            if chunk.utf8.count + String(character).utf8.count > 45 {
                words.append(encodedWord(chunk))
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(encodedWord(chunk)) }
        return words.joined(separator: " ")
    }

    private static func encodedWord(_ text: String) -> String {
        "=?UTF-8?B?\(Data(text.utf8).base64EncodedString())?="
    }

    /// `Name <address>` with the name quoted or encoded; just the address when there is no name.
    static func mailbox(name: String?, address: String) -> String {
        guard let name, !name.isEmpty else { return address }
        let flat = headerText(name)
        if flat.hasPrefix("=?") { return "\(flat) <\(address)>" }
        let quoted = flat.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(quoted)\" <\(address)>"
    }

    /// A header line folded at spaces so no line passes 78 characters (an
    /// encoded word is at most 72, so one always fits on a line of its own).
    static func header(_ name: String, _ value: String) -> String {
        var lines: [String] = []
        var current = name + ":"
        for word in value.split(separator: " ", omittingEmptySubsequences: false) {
            if current.utf8.count + 1 + word.utf8.count > 78, current.utf8.count > name.utf8.count + 1 {
                lines.append(current)
                current = " " + word
            } else {
                current += " " + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 5322's date: `Mon, 02 Mar 2026 07:00:00 +0000`.
    static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
