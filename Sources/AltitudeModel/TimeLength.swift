/// A length of time as people write it: `30m`, `1h`, `1h30m`, `90m`. Rules
/// files, insight thresholds, commitments and `altitude whatif --limit` all read it alike.
public enum TimeLength {
    /// The length in seconds; nil when `text` is not one (a bare number has no unit).
    public static func seconds(in text: String) -> Int? {
        var total = 0
        var number = ""
        var sawUnit = false
        for character in text.lowercased() where character != " " {
            if character.isNumber {
                number.append(character)
            } else if let value = Int(number), let unit = ["h": 3600, "m": 60, "s": 1][String(character)] {
                total += value * unit
                number = ""
                sawUnit = true
            } else {
                return nil
            }
        }
        return sawUnit && number.isEmpty ? total : nil
    }
}
