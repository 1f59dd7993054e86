extension String {
    /// The text with every character that could steer a terminal written out where it can be
    /// seen: control characters as `\e`, `\a`, `\r`, `\0` or `\x1F` (line breaks too, unless
    /// kept), C1 controls and the bidirectional embeddings, overrides, isolates and marks as
    /// `U+202E`. Calendars are hostile input quoted into warnings and errors: a title or UID
    /// must not clear the screen, ring the bell, set the clipboard (OSC 52) or reverse a line.
    /// For stderr; CSV and JSON keep the text as it is.
    public func visibleControlCharacters(keepingLineBreaks: Bool = true) -> String {
        guard unicodeScalars.contains(where: { Self.needsShowing($0, keepingLineBreaks: keepingLineBreaks) }) else { return self }
        var text = ""
        for scalar in unicodeScalars {
            guard Self.needsShowing(scalar, keepingLineBreaks: keepingLineBreaks) else {
                text.unicodeScalars.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x1B: text += "\\e"
            case 0x07: text += "\\a"
            case 0x08: text += "\\b"
            case 0x0D: text += "\\r"
            case 0x0A: text += "\\n"
            case 0x00: text += "\\0"
            case ..<0x20, 0x7F: text += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            default: text += "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            }
        }
        return text
    }

    private static func needsShowing(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        // A tab moves the cursor right, nothing more.
        scalar.steersTerminal && scalar != "\t" && !(keepingLineBreaks && scalar == "\n")
    }

    private func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

extension Unicode.Scalar {
    /// A control character (C0, DEL, C1), or a bidirectional mark, embedding, override or
    /// isolate, which reorders what follows on the line: what calendar text must not bring
    /// to a terminal as it is.
    public var steersTerminal: Bool {
        switch value {
        case ..<0x20, 0x7F, 0x80..<0xA0, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
