import Foundation
import Testing
@testable import AltitudeRules

/// The function packs' examples are their tests, as the shipped rules' are: one test
/// per pack rule, each run with the shipped rules beneath its pack.
@Suite("Rule packs")
struct PackRuleTests {
    /// Each pack on top of the shipped rules, loaded once.
    static let loaded: [String: RuleSet] = Dictionary(uniqueKeysWithValues: RuleLayer.packs.map { name in
        (name, try! RuleSet.load([RuleLayer.shipped, RuleLayer.pack(name)!]))
    })

    /// Every pack rule, as "pack/id".
    static let rules: [String] = RuleLayer.packs.sorted().flatMap { name in
        loaded[name]!.rules.filter { $0.origin.layer == "pack \(name)" }.map { "\(name)/\($0.id)" }
    }

    @Test("Each pack rule's examples hold with the shipped rules beneath it", arguments: rules)
    func examples(rule key: String) throws {
        let parts = key.split(separator: "/").map(String.init)
        let rules = try #require(Self.loaded[parts[0]])
        let rule = try #require(rules.rule(parts[1]))
        #expect(rule.matchExamples.count >= 2, "every pack rule shows at least two meetings it matches")
        #expect(!rule.noMatchExamples.isEmpty, "every pack rule shows at least one meeting it does not match")
        #expect(!rule.description.isEmpty)
        #expect(rule.category != nil, "every pack rule names a category")
        let report = ExampleRunner.run(rule, in: rules)
        #expect(report.failures.isEmpty, "\(report.failures.map(\.description).joined(separator: "\n"))")
    }

    @Test("No description reads “director- level”: a word hyphenated across a folded line keeps its hyphen and loses the break")
    func noBrokenHyphens() throws {
        let all = try RuleSet.load([RuleLayer.shipped] + RuleLayer.packs.sorted().compactMap(RuleLayer.pack))
        let broken = try Regex("[A-Za-z]- [a-z`]")
        let texts = all.rules.map { ($0.id, $0.description) } + all.insights.map { ($0.id, $0.description + " " + $0.advice) }
        for (id, text) in texts {
            #expect(text.firstMatch(of: broken) == nil, "\(id): \(text)")
        }
    }

    @Test("A pack leaves every shipped example as it was", arguments: RuleLayer.packs.sorted())
    func shippedExamplesHold(pack: String) throws {
        let rules = try #require(Self.loaded[pack])
        let report = ExampleRunner.run(rules)
        #expect(report.failures.isEmpty, "\(report.failures.map(\.description).joined(separator: "\n"))")
    }

    @Test("Each pack's examples hold when it is named first among every pack (the first-named function decides)",
          arguments: RuleLayer.packs.sorted())
    func firstAmongEveryPack(pack: String) throws {
        // The layer list puts the first-named function last, where its rules are tried first.
        let others = RuleLayer.packs.filter { $0 != pack }.compactMap(RuleLayer.pack)
        let rules = try RuleSet.load([RuleLayer.shipped] + others + [try #require(RuleLayer.pack(pack))])
        let failures = rules.rules.filter { $0.origin.layer == RuleLayer.packPrefix + pack }.flatMap { ExampleRunner.run($0, in: rules).failures }
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test("Every pack the README lists exists, and every pack has at least ten rules of its own")
    func packsListedAndFull() throws {
        let listed = try rulesReadmeTable(headedBy: "| pack | `function:` | what it covers |").map { row in
            row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
        }
        #expect(Set(listed) == Set(RuleLayer.packs), "Rules/README.md lists \(listed.sorted()), Rules/packs/ has \(RuleLayer.packs.sorted())")
        for name in RuleLayer.packs {
            let own = Self.loaded[name]!.rules.filter { $0.origin.layer == "pack \(name)" }
            #expect(own.count >= 10, "pack \(name) has \(own.count) rules of its own")
            #expect(own.allSatisfy { $0.id.hasPrefix(name + "-") }, "pack \(name)'s ids start with “\(name)-”")
        }
    }

    @Test("Pack rule ids are unique across every pack and the shipped rules")
    func uniqueIds() {
        var seen = Set(Shipped.rules.rules.map(\.id))
        for name in RuleLayer.packs.sorted() {
            for rule in Self.loaded[name]!.rules where rule.origin.layer == "pack \(name)" {
                #expect(seen.insert(rule.id).inserted, "“\(rule.id)” in pack \(name) is already used")
            }
        }
    }
}
