import Foundation
import Testing

/// A misspelt `--client` is a usage error that names the likely client, whichever command reads it from the store.
@Suite("Unknown client names")
struct ClientNameTests {
    @Test("Every command that reads a client from the store answers an unknown name with 64 and “did you mean”", arguments: [
        ["events"], ["report"], ["trends"], ["explain", "standup"], ["label", "--review"], ["digest", "--dry-run"],
        ["sessions", "add"], ["sessions", "list"], ["sources"], ["forget", "1"],
    ])
    func misspelt(command: [String]) throws {
        let store = TestStore()
        try store.add([CoachClient(word: "Atlas", standupMinutes: 30, staffHours: 2)])
        let outcome = try store.run(command + ["--client", "atlsa"])
        #expect(outcome.status == 64, "\(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stderr.contains("no client atlsa in the store; did you mean atlas?"), "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
    }

    @Test("clients show says it the same way; a name like no client's gets no guess")
    func clientsShow() throws {
        let store = TestStore()
        try store.add([CoachClient(word: "Atlas", standupMinutes: 30, staffHours: 2)])
        #expect(try store.run(["clients", "show", "atlsa"]).stderr.contains("did you mean atlas?"))
        let nobody = try store.run(["events", "--client", "nobody"])
        #expect(nobody.status == 64)
        #expect(nobody.stderr.contains("no client nobody in the store; `altitude clients` lists them"), "\(nobody.stderr)")
    }
}
