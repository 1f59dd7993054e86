import Foundation
import Synchronization

/// A regular expression, searched anywhere in the text, case-insensitive unless
/// it says `(?-i)`.
public struct TextPattern: Sendable, Hashable {
    public let source: String
    /// Compiled the first time a text gets past `requiredText`: with every pack on, most
    /// of a thousand patterns never meet a text that could match them, and compiling
    /// them all cost more than matching. Shared by the copies the classifier's workers hold.
    private let compiled: CompiledOnce
    /// Lower-cased texts, as UTF-8, of which every match contains one: a plain
    /// substring test rules most texts out before the (far slower) regular expression runs.
    let requiredText: [[UInt8]]?

    /// Not compiled yet: `compiles()` says whether it will.
    init(_ source: String) {
        self.source = source
        compiled = CompiledOnce(source)
        requiredText = RequiredText.alternatives(in: source).map { $0.map { Array($0.utf8) } }
    }

    /// Whether the source is a regular expression ICU accepts (compiling it, once).
    func compiles() -> Bool { compiled.expression != nil }

    /// The compiled expression; nil when the source is not one (see `compiles()`).
    var expression: NSRegularExpression? { compiled.expression }

    func matches(_ text: String) -> Bool {
        matches(text, lowered: RequiredText.lowered(text))
    }

    /// `lowered` is the text as `RequiredText.lowered` gives it, worked out once for all
    /// the patterns a text is tried against; nil skips the shortcut.
    func matches(_ text: String, lowered: [UInt8]?) -> Bool {
        if let requiredText, let lowered, !RequiredText.occurs(requiredText, in: lowered) { return false }
        // One that does not compile matches nothing: a user's is refused when the rules are
        // loaded (`TextCondition.checkCompiles`), and the test suite compiles every shipped one.
        guard let expression = compiled.expression else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    public static func == (lhs: TextPattern, rhs: TextPattern) -> Bool { lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }

    /// A pattern's regular expression, compiled on first use by whichever thread needs it first.
    private final class CompiledOnce: Sendable {
        private enum State {
            case pending
            case compiled(NSRegularExpression?)
        }

        private let source: String
        private let state = Mutex(State.pending)

        init(_ source: String) { self.source = source }

        var expression: NSRegularExpression? {
            state.withLock { state in
                if case .compiled(let expression) = state { return expression }
                let expression = try? NSRegularExpression(pattern: source, options: [.caseInsensitive])
                state = .compiled(expression)
                return expression
            }
        }
    }
}

/// Text every match of a pattern must contain: one of a few lower-cased literals.
/// `\b(stand-?up|daily sync)\b` needs "stand" or "daily sync"; a group or a
/// character made optional by `?`, `*` or `{0,…}` needs nothing. The pattern is read
/// conservatively: lookarounds, classes, escapes such as `\b`, non-ASCII letters and
/// free-spacing mode end or cancel a requirement. When in doubt there is none,
/// never a wrong one.
enum RequiredText {
    /// The shortest literal worth a search: a single letter rules too little out.
    static let minimumLength = 2

    static func alternatives(in pattern: String) -> [String]? {
        var reader = PatternReader(characters: Array(pattern.unicodeScalars))
        let result = reader.alternation()
        guard !reader.unsafe, reader.index == reader.characters.count else { return nil }
        return result
    }

    /// The text's UTF-8 lower-cased, what `occurs` searches; nil when the text is not
    /// ASCII (Unicode case folding can match "ß" with "ss"): no shortcut then.
    static func lowered(_ text: String) -> [UInt8]? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    }

    /// Whether one of `needles` occurs in `text`, byte by byte: Foundation's
    /// `contains` bridges to CFString on every call, which costs more than the search.
    static func occurs(_ needles: [[UInt8]], in text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { haystack in needles.contains { occurs($0, in: haystack) } }
    }

    private static func occurs(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
        return needle.withUnsafeBytes { wanted in
            for start in 0...(haystack.count - needle.count) where haystack[start] == first
                && memcmp(haystack.baseAddress! + start, wanted.baseAddress!, needle.count) == 0 {
                return true
            }
            return false
        }
    }

    /// A recursive reading of the pattern's structure: just enough of ICU's syntax
    /// to know what is literal and what is required. It reads code points, as ICU does
    /// (a quantifier applies to one), and compares them as integers: reading
    /// `Character`s cost more than compiling the expression.
    private struct PatternReader {
        let characters: [Unicode.Scalar]
        var index = 0
        /// A construct that changes what literals mean (free-spacing mode).
        var unsafe = false

        /// Branches up to a closing parenthesis or the end: every branch must
        /// require something, and any one of those suffices.
        mutating func alternation() -> [String]? {
            var union: [String] = []
            var complete = true
            while true {
                if let branch = branch() { union += branch } else { complete = false }
                guard index < characters.count, characters[index] == "|" else { break }
                index += 1
            }
            return complete ? union : nil
        }

        /// One branch: its literal runs and required groups are the candidates,
        /// and the one whose shortest literal is longest is kept.
        private mutating func branch() -> [String]? {
            var candidates: [[String]] = []
            var run = ""
            func endRun() {
                if !run.isEmpty { candidates.append([run.lowercased()]) }
                run = ""
            }
            while index < characters.count, characters[index] != "|", characters[index] != ")" {
                let character = characters[index]
                var literal: Unicode.Scalar?
                switch character {
                case "\\":
                    guard index + 1 < characters.count else { unsafe = true; return nil }
                    let escaped = characters[index + 1]
                    index += 2
                    if escaped.properties.isAlphabetic || escaped.properties.numericType != nil {  // \b, \s, \d…
                        endRun()
                    } else {
                        literal = escaped
                    }
                case "(":
                    endRun()
                    if let requirement = group(), !optionalQuantifier() { candidates.append(requirement) }
                case "[":
                    index = Self.skipClass(characters, from: index)
                    endRun()
                case "{":
                    // A counted quantifier after a group, class or escape: its digits are not text.
                    while index < characters.count, characters[index] != "}" { index += 1 }
                    index += 1
                    endRun()
                case ".", "^", "$", "?", "*", "+", "}", "]":
                    index += 1
                    endRun()
                default:
                    literal = character
                    index += 1
                }
                guard let literal else { continue }
                guard literal.isASCII else {
                    // Case folding can match a non-ASCII letter with ASCII ("K", the Kelvin sign, with "k").
                    endRun()
                    continue
                }
                if index < characters.count, "?*+{".unicodeScalars.contains(characters[index]) {
                    // A quantifier after it: optional (?, *, {0,…}) drops it; + or {n≥1} keeps one.
                    if !optionalQuantifier() { run.unicodeScalars.append(literal) }
                    endRun()
                } else {
                    run.unicodeScalars.append(literal)
                }
            }
            endRun()
            let best = candidates.max { shortest($0) < shortest($1) }
            guard let best, shortest(best) >= RequiredText.minimumLength else { return nil }
            return best
        }

        /// In bytes: the literals are ASCII.
        private func shortest(_ literals: [String]) -> Int { literals.map(\.utf8.count).min() ?? 0 }

        /// A group opening at `index`: its requirement, or nil for a lookaround, an
        /// inline flag or a group that requires nothing. Leaves `index` after it.
        private mutating func group() -> [String]? {
            index += 1
            if index < characters.count, characters[index] == "?" {
                index += 1
                guard index < characters.count else { unsafe = true; return nil }
                switch characters[index] {
                case ":":
                    index += 1
                case "=", "!", "#":
                    skipRestOfGroup()
                    return nil
                case "<" where index + 1 < characters.count && "=!".unicodeScalars.contains(characters[index + 1]):
                    skipRestOfGroup()
                    return nil
                case "<":
                    while index < characters.count, characters[index] != ">" { index += 1 }
                    index += 1
                default:
                    // Inline flags: (?i) or (?-i:…); free spacing makes spaces meaningless.
                    var flags: [Unicode.Scalar] = []
                    while index < characters.count, characters[index] != ")", characters[index] != ":" {
                        flags.append(characters[index])
                        index += 1
                    }
                    if flags.contains("x") { unsafe = true }
                    guard index < characters.count else { unsafe = true; return nil }
                    if characters[index] == ")" {
                        index += 1
                        return nil
                    }
                    index += 1
                }
            }
            let requirement = alternation()
            guard index < characters.count, characters[index] == ")" else { unsafe = true; return nil }
            index += 1
            return requirement
        }

        /// Reads a quantifier at `index`, if there is one: whether it allows zero.
        private mutating func optionalQuantifier() -> Bool {
            guard index < characters.count else { return false }
            switch characters[index] {
            case "?", "*":
                index += 1
                skipLazyOrPossessive()
                return true
            case "+":
                index += 1
                skipLazyOrPossessive()
                return false
            case "{":
                let allowsZero = index + 1 < characters.count && characters[index + 1] == "0"
                while index < characters.count, characters[index] != "}" { index += 1 }
                index += 1
                skipLazyOrPossessive()
                return allowsZero
            default:
                return false
            }
        }

        private mutating func skipLazyOrPossessive() {
            if index < characters.count, characters[index] == "?" || characters[index] == "+" { index += 1 }
        }

        /// From inside a group to just after its closing parenthesis.
        private mutating func skipRestOfGroup() {
            var depth = 1
            while index < characters.count {
                switch characters[index] {
                case "\\": index += 1
                case "[": index = Self.skipClass(characters, from: index) - 1
                case "(": depth += 1
                case ")":
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        return
                    }
                default: break
                }
                index += 1
            }
            unsafe = true
        }

        /// The index after the character class that opens at `start`.
        static func skipClass(_ characters: [Unicode.Scalar], from start: Int) -> Int {
            var index = start + 1
            if index < characters.count, characters[index] == "^" { index += 1 }
            if index < characters.count, characters[index] == "]" { index += 1 }  // a leading ] is a member
            while index < characters.count {
                if characters[index] == "\\" { index += 2; continue }
                if characters[index] == "]" { return index + 1 }
                index += 1
            }
            return characters.count
        }
    }
}
