import AltitudeModel
import Testing

/// The values a user types — a client's name, a label's level — read and checked in one place.
@Suite("Values typed by a user")
struct ValueParsingTests {
    @Test("A client name is a short name without / or line breaks; `me` is the user's own")
    func clientNames() {
        #expect(ClientName(text: "acme")?.name == "acme")
        #expect(ClientName(text: "Acme Corp (EMEA)")?.name == "Acme Corp (EMEA)")
        for bad in ["", ".", "..", "a/b", "two\nlines", String(repeating: "x", count: 101)] {
            #expect(ClientName(text: bad) == nil, "\(bad)")
        }
        #expect(ClientName(text: "me") == .me)
        #expect(ClientName.me.isMe && !(ClientName(text: "acme")?.isMe ?? true))
        #expect(ClientName.problem(with: "a/b").contains("without / or line breaks"))
    }

    @Test("A level choice is exclude, a level's name or a relative level; the offset is read from self±N")
    func levelChoices() {
        #expect(LevelChoice(text: "exclude") == .exclude)
        #expect(LevelChoice(text: " Manager ") == .level("manager"))
        #expect(LevelChoice(text: "self-1")?.relativeOffset == -1)
        #expect(LevelChoice(text: "self+2")?.relativeOffset == 2)
        #expect(LevelChoice(text: "self")?.relativeOffset == 0)
        #expect(LevelChoice(text: "manager")?.relativeOffset == nil)
        #expect(LevelChoice(text: "selfish")?.relativeOffset == nil, "a name that starts with self is a name")
        for bad in ["", "-1", "ic level", "vp;rm", "3"] {
            #expect(LevelChoice(text: bad) == nil, "\(bad)")
        }
    }
}
