import AltitudeModel
import Testing

/// Every failure states its words once; the program's prefix is added in one place.
@Suite("Failures on stderr")
struct FailureTests {
    struct Located: AltitudeFailure {
        var exitReason: ExitReason { .configError }
        var description: String { "rules.yaml:3:5: error: unknown key\nrules.yaml:9:1: error: no level" }
        var presentation: FailurePresentation { .located }
        var consequence: String? { "2 errors: nothing is classified until they are fixed" }
    }

    @Test("An error is introduced as one, an outcome without the word, located lines as they are; the consequence follows on its own line")
    func presentation() {
        let error = Failure(.noInput, "there is no store at /tmp/x yet")
        #expect(error.diagnostic == "altitude: error: there is no store at /tmp/x yet")
        #expect(error.exitReason == .noInput)
        #expect(Failure(.checkFailed, "nothing matched", isError: false).diagnostic == "altitude: nothing matched")
        #expect(Located().diagnostic == """
            rules.yaml:3:5: error: unknown key
            rules.yaml:9:1: error: no level
            altitude: 2 errors: nothing is classified until they are fixed
            """)
    }

    @Test("Naming whom a failure is about puts the name after the program's, never inside located lines")
    func aboutSomeone() {
        #expect(Failure(.temporaryFailure, "the mail server did not answer").diagnostic(about: "acme")
                == "altitude: acme: error: the mail server did not answer")
        #expect(Located().diagnostic(about: "acme").hasPrefix("rules.yaml:3:5: error: unknown key\n"))
        #expect(Located().diagnostic(about: "acme").hasSuffix("\naltitude: acme: 2 errors: nothing is classified until they are fixed"))
    }
}
