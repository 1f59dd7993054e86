import Foundation

/// Outlook writes a zone's *display name* as the TZID when it has no VTIMEZONE to
/// hand (`TZID="(UTC-05:00) Eastern Time (US & Canada)"`). ICU's CLDR table knows
/// Windows zone IDs ("Eastern Standard Time"), not display names, so this table
/// maps each display name to its Windows ID; `ZoneResolver` takes it from there.
///
/// How it was made: written by hand from the `Display` values of the registry's
/// time zones (`HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Time Zones\*`,
/// the names `tzutil /l` lists) as Windows 10 and 11 publish them, plus the names
/// older Windows used for the same IDs (XP's "(GMT…)" forms, and names since
/// changed: "Kiev", "Moscow, St. Petersburg, Volgograd", "Chihuahua, La Paz,
/// Mazatlan"…). The `(UTC±hh:mm)` prefix is left out: Windows updates change it
/// when a country changes its offset, and files keep the old one. Two retired
/// IDs CLDR no longer lists (Mid-Atlantic, Kamchatka) map straight to IANA names.
/// A test checks that every entry reaches an IANA zone.
enum WindowsDisplayNames {
    /// Display name without its offset prefix → Windows zone ID (or, for a retired ID, an IANA name).
    static let entries: [(name: String, windowsID: String)] = [
        ("International Date Line West", "Dateline Standard Time"),
        ("Coordinated Universal Time-11", "UTC-11"),
        ("Aleutian Islands", "Aleutian Standard Time"),
        ("Hawaii", "Hawaiian Standard Time"),
        ("Marquesas Islands", "Marquesas Standard Time"),
        ("Alaska", "Alaskan Standard Time"),
        ("Coordinated Universal Time-09", "UTC-09"),
        ("Baja California", "Pacific Standard Time (Mexico)"),
        ("Tijuana, Baja California", "Pacific Standard Time (Mexico)"),
        ("Coordinated Universal Time-08", "UTC-08"),
        ("Pacific Time (US & Canada)", "Pacific Standard Time"),
        ("Pacific Time (US & Canada); Tijuana", "Pacific Standard Time"),
        ("Arizona", "US Mountain Standard Time"),
        ("Chihuahua, La Paz, Mazatlan", "Mountain Standard Time (Mexico)"),
        ("La Paz, Mazatlan", "Mountain Standard Time (Mexico)"),
        ("Mountain Time (US & Canada)", "Mountain Standard Time"),
        ("Yukon", "Yukon Standard Time"),
        ("Central America", "Central America Standard Time"),
        ("Central Time (US & Canada)", "Central Standard Time"),
        ("Easter Island", "Easter Island Standard Time"),
        ("Guadalajara, Mexico City, Monterrey", "Central Standard Time (Mexico)"),
        ("Guadalajara, Mexico City, Monterrey - New", "Central Standard Time (Mexico)"),
        ("Guadalajara, Mexico City, Monterrey - Old", "Central Standard Time (Mexico)"),
        ("Saskatchewan", "Canada Central Standard Time"),
        ("Bogota, Lima, Quito, Rio Branco", "SA Pacific Standard Time"),
        ("Bogota, Lima, Quito", "SA Pacific Standard Time"),
        ("Chetumal", "Eastern Standard Time (Mexico)"),
        ("Eastern Time (US & Canada)", "Eastern Standard Time"),
        ("Haiti", "Haiti Standard Time"),
        ("Havana", "Cuba Standard Time"),
        ("Indiana (East)", "US Eastern Standard Time"),
        ("Turks and Caicos", "Turks And Caicos Standard Time"),
        ("Asuncion", "Paraguay Standard Time"),
        ("Atlantic Time (Canada)", "Atlantic Standard Time"),
        ("Caracas", "Venezuela Standard Time"),
        ("Cuiaba", "Central Brazilian Standard Time"),
        ("Manaus", "Central Brazilian Standard Time"),
        ("Georgetown, La Paz, Manaus, San Juan", "SA Western Standard Time"),
        ("Georgetown, La Paz, San Juan", "SA Western Standard Time"),
        ("Caracas, La Paz", "SA Western Standard Time"),
        ("La Paz", "SA Western Standard Time"),
        ("Santiago", "Pacific SA Standard Time"),
        ("Newfoundland", "Newfoundland Standard Time"),
        ("Newfoundland and Labrador", "Newfoundland Standard Time"),
        ("Araguaina", "Tocantins Standard Time"),
        ("Brasilia", "E. South America Standard Time"),
        ("Cayenne, Fortaleza", "SA Eastern Standard Time"),
        ("Cayenne", "SA Eastern Standard Time"),
        ("Buenos Aires, Georgetown", "SA Eastern Standard Time"),
        ("City of Buenos Aires", "Argentina Standard Time"),
        ("Buenos Aires", "Argentina Standard Time"),
        ("Greenland", "Greenland Standard Time"),
        ("Montevideo", "Montevideo Standard Time"),
        ("Punta Arenas", "Magallanes Standard Time"),
        ("Saint Pierre and Miquelon", "Saint Pierre Standard Time"),
        ("Salvador", "Bahia Standard Time"),
        ("Coordinated Universal Time-02", "UTC-02"),
        ("Mid-Atlantic - Old", "America/Noronha"),
        ("Mid-Atlantic", "America/Noronha"),
        ("Azores", "Azores Standard Time"),
        ("Cabo Verde Is.", "Cape Verde Standard Time"),
        ("Cape Verde Is.", "Cape Verde Standard Time"),
        ("Coordinated Universal Time", "UTC"),
        ("Dublin, Edinburgh, Lisbon, London", "GMT Standard Time"),
        ("Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London", "GMT Standard Time"),
        ("Monrovia, Reykjavik", "Greenwich Standard Time"),
        ("Casablanca, Monrovia", "Greenwich Standard Time"),
        ("Casablanca, Monrovia, Reykjavik", "Greenwich Standard Time"),
        ("Sao Tome", "Sao Tome Standard Time"),
        ("Casablanca", "Morocco Standard Time"),
        ("Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "W. Europe Standard Time"),
        ("Belgrade, Bratislava, Budapest, Ljubljana, Prague", "Central Europe Standard Time"),
        ("Brussels, Copenhagen, Madrid, Paris", "Romance Standard Time"),
        ("Sarajevo, Skopje, Warsaw, Zagreb", "Central European Standard Time"),
        ("West Central Africa", "W. Central Africa Standard Time"),
        ("Windhoek", "Namibia Standard Time"),
        ("Amman", "Jordan Standard Time"),
        ("Athens, Bucharest", "GTB Standard Time"),
        ("Athens, Bucharest, Istanbul", "GTB Standard Time"),
        ("Athens, Istanbul, Minsk", "GTB Standard Time"),
        ("Athens, Beirut, Istanbul, Minsk", "GTB Standard Time"),
        ("Beirut", "Middle East Standard Time"),
        ("Cairo", "Egypt Standard Time"),
        ("Chisinau", "E. Europe Standard Time"),
        ("E. Europe", "E. Europe Standard Time"),
        ("Bucharest", "E. Europe Standard Time"),
        ("Minsk", "Belarus Standard Time"),
        ("Damascus", "Syria Standard Time"),
        ("Gaza, Hebron", "West Bank Standard Time"),
        ("Harare, Pretoria", "South Africa Standard Time"),
        ("Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius", "FLE Standard Time"),
        ("Helsinki, Kiev, Riga, Sofia, Tallinn, Vilnius", "FLE Standard Time"),
        ("Jerusalem", "Israel Standard Time"),
        ("Juba", "South Sudan Standard Time"),
        ("Kaliningrad", "Kaliningrad Standard Time"),
        ("Kaliningrad, Minsk", "Kaliningrad Standard Time"),
        ("Khartoum", "Sudan Standard Time"),
        ("Tripoli", "Libya Standard Time"),
        ("Baghdad", "Arabic Standard Time"),
        ("Istanbul", "Turkey Standard Time"),
        ("Kuwait, Riyadh", "Arab Standard Time"),
        ("Moscow, St. Petersburg", "Russian Standard Time"),
        ("Moscow, St. Petersburg, Volgograd", "Russian Standard Time"),
        ("Moscow, St. Petersburg, Volgograd (RTZ 2)", "Russian Standard Time"),
        ("Nairobi", "E. Africa Standard Time"),
        ("Volgograd", "Volgograd Standard Time"),
        ("Tehran", "Iran Standard Time"),
        ("Abu Dhabi, Muscat", "Arabian Standard Time"),
        ("Astrakhan, Ulyanovsk", "Astrakhan Standard Time"),
        ("Baku", "Azerbaijan Standard Time"),
        ("Izhevsk, Samara", "Russia Time Zone 3"),
        ("Port Louis", "Mauritius Standard Time"),
        ("Saratov", "Saratov Standard Time"),
        ("Tbilisi", "Georgian Standard Time"),
        ("Yerevan", "Caucasus Standard Time"),
        ("Caucasus Standard Time", "Caucasus Standard Time"),
        ("Kabul", "Afghanistan Standard Time"),
        ("Ashgabat, Tashkent", "West Asia Standard Time"),
        ("Tashkent", "West Asia Standard Time"),
        ("Ekaterinburg", "Ekaterinburg Standard Time"),
        ("Islamabad, Karachi", "Pakistan Standard Time"),
        ("Islamabad, Karachi, Tashkent", "Pakistan Standard Time"),
        ("Qyzylorda", "Qyzylorda Standard Time"),
        ("Chennai, Kolkata, Mumbai, New Delhi", "India Standard Time"),
        ("Sri Jayawardenepura", "Sri Lanka Standard Time"),
        ("Kathmandu", "Nepal Standard Time"),
        ("Astana", "Central Asia Standard Time"),
        ("Astana, Dhaka", "Central Asia Standard Time"),
        ("Dhaka", "Bangladesh Standard Time"),
        ("Omsk", "Omsk Standard Time"),
        ("Almaty, Novosibirsk", "N. Central Asia Standard Time"),
        ("Yangon (Rangoon)", "Myanmar Standard Time"),
        ("Rangoon", "Myanmar Standard Time"),
        ("Bangkok, Hanoi, Jakarta", "SE Asia Standard Time"),
        ("Barnaul, Gorno-Altaysk", "Altai Standard Time"),
        ("Hovd", "W. Mongolia Standard Time"),
        ("Krasnoyarsk", "North Asia Standard Time"),
        ("Novosibirsk", "N. Central Asia Standard Time"),
        ("Tomsk", "Tomsk Standard Time"),
        ("Beijing, Chongqing, Hong Kong, Urumqi", "China Standard Time"),
        ("Beijing, Chongqing, Hong Kong SAR, Urumqi", "China Standard Time"),
        ("Irkutsk", "North Asia East Standard Time"),
        ("Irkutsk, Ulaan Bataar", "North Asia East Standard Time"),
        ("Kuala Lumpur, Singapore", "Singapore Standard Time"),
        ("Perth", "W. Australia Standard Time"),
        ("Taipei", "Taipei Standard Time"),
        ("Ulaanbaatar", "Ulaanbaatar Standard Time"),
        ("Eucla", "Aus Central W. Standard Time"),
        ("Chita", "Transbaikal Standard Time"),
        ("Osaka, Sapporo, Tokyo", "Tokyo Standard Time"),
        ("Pyongyang", "North Korea Standard Time"),
        ("Seoul", "Korea Standard Time"),
        ("Yakutsk", "Yakutsk Standard Time"),
        ("Adelaide", "Cen. Australia Standard Time"),
        ("Darwin", "AUS Central Standard Time"),
        ("Brisbane", "E. Australia Standard Time"),
        ("Canberra, Melbourne, Sydney", "AUS Eastern Standard Time"),
        ("Guam, Port Moresby", "West Pacific Standard Time"),
        ("Hobart", "Tasmania Standard Time"),
        ("Vladivostok", "Vladivostok Standard Time"),
        ("Lord Howe Island", "Lord Howe Standard Time"),
        ("Bougainville Island", "Bougainville Standard Time"),
        ("Chokurdakh", "Russia Time Zone 10"),
        ("Magadan", "Magadan Standard Time"),
        ("Magadan, Solomon Is., New Caledonia", "Central Pacific Standard Time"),
        ("Norfolk Island", "Norfolk Standard Time"),
        ("Sakhalin", "Sakhalin Standard Time"),
        ("Solomon Is., New Caledonia", "Central Pacific Standard Time"),
        ("Anadyr, Petropavlovsk-Kamchatsky", "Russia Time Zone 11"),
        ("Auckland, Wellington", "New Zealand Standard Time"),
        ("Coordinated Universal Time+12", "UTC+12"),
        ("Fiji", "Fiji Standard Time"),
        ("Fiji, Kamchatka, Marshall Is.", "Fiji Standard Time"),
        ("Petropavlovsk-Kamchatsky - Old", "Asia/Kamchatka"),
        ("Chatham Islands", "Chatham Islands Standard Time"),
        ("Coordinated Universal Time+13", "UTC+13"),
        ("Nuku'alofa", "Tonga Standard Time"),
        ("Samoa", "Samoa Standard Time"),
        ("Kiritimati Island", "Line Islands Standard Time"),
    ]

    /// Normalised display name → Windows ID.
    static let windowsIDs: [String: String] = {
        var table: [String: String] = [:]
        for entry in entries { table[key(entry.name)] = entry.windowsID }
        return table
    }()

    /// The Windows ID a display name (with or without its offset prefix, quoted or
    /// not, "&" or "and") stands for.
    static func windowsID(forDisplayName tzid: String) -> String? {
        windowsIDs[key(withoutOffsetPrefix(tzid))]
    }

    /// `(UTC+01:00) Amsterdam…`, `(GMT-06.00) Central…`, `(UTC) Dublin…` → the name after the prefix.
    static func withoutOffsetPrefix(_ tzid: String) -> Substring {
        let trimmed = tzid.trimmingCharacters(in: CharacterSet(charactersIn: "\"' \t"))[...]
        guard trimmed.hasPrefix("("), let close = trimmed.firstIndex(of: ")") else { return trimmed }
        let inside = trimmed[trimmed.index(after: trimmed.startIndex)..<close].uppercased()
        guard inside.hasPrefix("UTC") || inside.hasPrefix("GMT") else { return trimmed }
        return trimmed[trimmed.index(after: close)...]
    }

    /// Lower case, "&" as "and", punctuation and runs of spaces as one space: the
    /// spellings exporters vary.
    static func key<Text: StringProtocol>(_ name: Text) -> String {
        var words: [String] = []
        var word = ""
        for character in name.lowercased() {
            if character.isLetter || character.isNumber || character == "+" || character == "-" {
                word.append(character)
            } else {
                if !word.isEmpty { words.append(word) }
                word = ""
                if character == "&" { words.append("and") }
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.filter { $0 != "-" }.joined(separator: " ")
    }
}
