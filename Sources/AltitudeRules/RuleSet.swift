import AltitudeModel
import AltitudeYAML
import Foundation

/// A source of rules: the shipped `Rules/`, the user's rules directory, a client's
/// rules, or `--rules FILE`. Later layers win.
public struct RuleLayer: Sendable {
    public struct File: Sendable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// `shipped`, `user`, `client NAME`, `--rules`.
    public var name: String
    public var files: [File]
    /// Built into the binary (the shipped rules and packs): what the test suite checks
    /// is not checked again on every load (see `ConditionKind.checkCompiles`).
    public let isShipped: Bool

    public init(name: String, files: [File]) {
        self.init(name: name, files: files, isShipped: false)
    }

    private init(name: String, files: [File], isShipped: Bool) {
        self.name = name
        self.files = files
        self.isShipped = isShipped
    }

    /// Every `*.yaml` in a directory, in name order; an empty layer when there is none.
    /// A directory that is there but cannot be listed is an error: its rules would be silently missing.
    public static func directory(_ path: String, name: String) throws(ConfigErrors) -> RuleLayer {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return RuleLayer(name: name, files: []) }
        guard isDirectory.boolValue else {
            throw ConfigErrors([ConfigError(file: path, message: "is not a directory: the \(name) rules go in a directory of .yaml files")])
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw ConfigErrors([ConfigError(file: path, message: "cannot be read (permission denied?): the \(name) rules in it would be missing")])
        }
        var files: [File] = []
        for file in names.sorted() where file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
            files.append(try read(path + "/" + file))
        }
        return RuleLayer(name: name, files: files)
    }

    public static func read(_ path: String) throws(ConfigErrors) -> File {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigErrors([ConfigError(file: path, message: FileManager.default.fileExists(atPath: path)
                                                ? "cannot be read (permission denied?)" : "no such rules file")])
        }
        return File(path: path, text: String(decoding: data, as: UTF8.self))
    }

    /// The rules Altitude ships, built into the binary from `Rules/*.yaml`.
    public static let shipped = RuleLayer(name: "shipped", files: ShippedRules.files
        .filter { $0.name.hasSuffix(".yaml") && !$0.name.hasPrefix(packFolder) && $0.name != Calibration.fileName }
        .map { File(path: "Rules/" + $0.name, text: $0.text) }, isShipped: true)

    /// The rule packs Altitude ships, one per function (`Rules/packs/finance.yaml`), by name.
    public static let packs: [String] = ShippedRules.files.compactMap { file in
        guard file.name.hasPrefix(packFolder), file.name.hasSuffix(".yaml") else { return nil }
        return String(file.name.dropFirst(packFolder.count).dropLast(".yaml".count))
    }

    /// A function's pack as a layer (`pack finance`); nil for a name `packs` does not list.
    public static func pack(_ function: String) -> RuleLayer? {
        ShippedRules.files.first { $0.name == packFolder + function + ".yaml" }
            .map { RuleLayer(name: packPrefix + function, files: [File(path: "Rules/" + $0.name, text: $0.text)], isShipped: true) }
    }

    private static let packFolder = "packs/"
    /// How a pack's layer is named: `pack finance`.
    public static let packPrefix = "pack "

    /// The rules format's guide (`Rules/README.md`), for `altitude rules doc`.
    public static let guide = ShippedRules.files.first { $0.name == "README.md" }?.text ?? ""
}

/// The ladder and the ordered rules after every layer is merged: what classifies.
public struct RuleSet: Sendable {
    public let ladder: Ladder
    public let rules: [Rule]
    /// Rules a layer turned off, by id, and where.
    public let disabled: [String: Rule.Origin]
    /// The insight rules, in the order they were written; every one is tried on each week.
    public let insights: [InsightRule]

    /// Relative levels that fall off the ladder for this leader (`self+3` for a vp
    /// on a five-level ladder): the classifier would clamp them without a word.
    public func levelsOffTheLadder(for profile: LeaderProfile) -> [ConfigError] {
        guard let leaderIndex = ladder.index(of: profile.level) else { return [] }
        return rules.compactMap { rule in
            guard case .level(.relative(let offset)) = rule.outcome, !ladder.levels.indices.contains(leaderIndex + offset) else { return nil }
            let nearest = ladder.levels[min(max(leaderIndex + offset, 0), ladder.levels.count - 1)].name
            return ConfigError(file: rule.origin.file, line: rule.origin.line,
                               message: "rule “\(rule.id)”: \(LevelSpec.relative(offset)) is off the ladder for a \(profile.level); "
                                   + "its meetings would count as \(nearest)",
                               hint: "give the level by name, or a smaller offset")
        }
    }

    /// The shipped rules that exclude time the leader did not spend — cancelled,
    /// declined, marked free — tried before every other rule and never replaced or
    /// disabled, so every command gives the same answer for such a meeting.
    public static let noTimeTaken = ["cancelled", "declined", "free-time"]

    /// Merges layers in order. A later layer's rule with an earlier id replaces it
    /// in place; `disable: true` removes it; a new rule goes ahead of the earlier
    /// layers' rules, or where `before:`/`after:` says. All problems in all files
    /// are reported together; with any, nothing is returned.
    public static func load(_ layers: [RuleLayer]) throws(ConfigErrors) -> RuleSet {
        var errors: [ConfigError] = []
        var parsed: [(layer: String, file: ParsedRuleFile, reader: NodeReader)] = []
        var ladder: Ladder?
        for layer in layers {
            for file in layer.files {
                var parser = RuleFileParser(file: file.path, layer: layer.name, checksCompiling: !layer.isShipped)
                let result = parser.parse(file.text)
                errors += parser.reader.errors
                if let fileLadder = result.ladder { ladder = fileLadder }
                parsed.append((layer.name, result, parser.reader))
            }
        }
        guard let ladder else {
            throw ConfigErrors(errors + [ConfigError(file: layers.first?.files.first?.path ?? "Rules/",
                                                     message: "no rules file defines the ladder", hint: "add `ladder:` with the levels, lowest first")])
        }

        var rules: [Rule] = []
        var insights: [InsightRule] = []
        var disabled: [String: Rule.Origin] = [:]
        var currentLayer: String?
        var layerStart = 0  // where this layer's unplaced new rules go: ahead of earlier layers
        for (layerName, file, reader) in parsed {
            if layerName != currentLayer {
                currentLayer = layerName
                layerStart = 0
            }
            var fileReader = reader
            for entry in file.entries {
                let existing = rules.firstIndex { $0.id == entry.id }
                if existing != nil, Self.noTimeTaken.contains(entry.id) {
                    fileReader.fail(at: entry.idNode, "“\(entry.id)” cannot be \(entry.disable ? "disabled" : "replaced"): cancelled, declined "
                                    + "and free meetings take none of the leader's time, in every command",
                                    hint: "rules you add are tried after these three; match on other things")
                    continue
                }
                if entry.disable {
                    guard let existing else {
                        let hint = Spelling.suggestion(for: entry.id, among: rules.map(\.id)).map { "did you mean “\($0)”?" }
                        fileReader.fail(at: entry.idNode, "there is no rule “\(entry.id)” to disable", hint: hint)
                        continue
                    }
                    disabled[entry.id] = .init(layer: layerName, file: fileReader.file, line: entry.idNode.mark?.line ?? 0)
                    rules.remove(at: existing)
                    if existing < layerStart { layerStart -= 1 }
                    continue
                }
                switch entry.level {
                case .absolute(let name) where ladder.index(of: name) == nil:
                    let hint = Spelling.suggestion(for: name, among: ladder.names).map { "did you mean “\($0)”?" }
                        ?? "the ladder is \(ladder.names.joined(separator: " < ")); or use self, self-1, self+1"
                    fileReader.fail(at: entry.levelNode, "“\(name)” is not a level on the ladder", hint: hint)
                    continue
                case .relative(let offset) where abs(offset) >= ladder.levels.count:
                    fileReader.fail(at: entry.levelNode, "“\(LevelSpec.relative(offset))” is off the ladder whatever the leader's level",
                                    hint: "the ladder has \(ladder.levels.count) levels (\(ladder.names.joined(separator: " < ")))")
                    continue
                default:
                    break
                }
                guard var rule = entry.rule else { continue }
                rule.origin.layer = layerName
                var position: Int
                if let anchor = entry.before ?? entry.after {
                    guard let anchorIndex = rules.firstIndex(where: { $0.id == anchor }) else {
                        let hint = Spelling.suggestion(for: anchor, among: rules.map(\.id)).map { "did you mean “\($0)”?" }
                        fileReader.fail(at: entry.idNode, "rule “\(entry.id)” is placed next to “\(anchor)”, which does not exist", hint: hint)
                        continue
                    }
                    position = entry.before != nil ? anchorIndex : anchorIndex + 1
                    if let existing {
                        rules.remove(at: existing)
                        if existing < position { position -= 1 }
                    }
                    rules.insert(rule, at: position)
                    if position <= layerStart { layerStart += 1 }
                } else if let existing {
                    rules[existing] = rule  // replaced in place
                } else {
                    rules.insert(rule, at: layerStart)
                    layerStart += 1
                }
            }
            mergeInsights(file.insights, layer: layerName, into: &insights, reader: &fileReader)
            errors += fileReader.errors.filter { !reader.errors.contains($0) }
        }
        // Whatever the layers placed ahead of them, these are tried first: otherwise a
        // rule added ahead could count a declined meeting that the weekly figures leave out.
        let first = noTimeTaken.compactMap { id in rules.first { $0.id == id } }
        rules = first + rules.filter { !noTimeTaken.contains($0.id) }
        errors += unknownCategories(in: insights, rules: rules)
        guard errors.isEmpty else { throw ConfigErrors(errors) }
        return RuleSet(ladder: ladder, rules: rules, disabled: disabled, insights: insights)
    }

    /// A later layer's insight with an earlier id replaces it in place, `disable: true`
    /// removes it, and a new one is added after the others (order does not decide anything).
    private static func mergeInsights(_ entries: [ParsedRuleFile.InsightEntry], layer: String, into insights: inout [InsightRule],
                                      reader: inout NodeReader) {
        for entry in entries {
            let existing = insights.firstIndex { $0.id == entry.id }
            if entry.disable {
                guard let existing else {
                    let hint = Spelling.suggestion(for: entry.id, among: insights.map(\.id)).map { "did you mean “\($0)”?" }
                    reader.fail(at: entry.idNode, "there is no insight “\(entry.id)” to disable", hint: hint)
                    continue
                }
                insights.remove(at: existing)
                continue
            }
            guard var rule = entry.rule else { continue }
            rule.origin.layer = layer
            if let existing { insights[existing] = rule } else { insights.append(rule) }
        }
    }

    /// A user's insight testing a category no classification rule gives would never
    /// fire: most likely a typo. (Shipped insights are exempt, so that turning off a
    /// shipped rule does not stop everything from being classified.)
    private static func unknownCategories(in insights: [InsightRule], rules: [Rule]) -> [ConfigError] {
        let known = Set(rules.compactMap(\.category) + ["unclassified", "uncategorised"])
        return insights.filter { $0.origin.layer != RuleLayer.shipped.name }.flatMap { insight in
            insight.when.categories.filter { !known.contains($0) }.map { name in
                let hint = Spelling.suggestion(for: name, among: known).map { "did you mean “\($0)”?" }
                    ?? "categories come from the classification rules' `category:`; `altitude rules list` shows them"
                return ConfigError(file: insight.origin.file, line: insight.origin.line,
                                   message: "insight “\(insight.id)” tests the category “\(name)”, which no classification rule gives",
                                   hint: hint)
            }
        }
    }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    public func insight(_ id: String) -> InsightRule? { insights.first { $0.id == id } }
}
