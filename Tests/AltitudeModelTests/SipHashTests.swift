import AltitudeModel
import Testing

/// Redaction's pseudonyms rest on SipHash-2-4 being the published function.
@Suite("SipHash-2-4")
struct SipHashTests {
    @Test("Matches the reference vectors (key 00…0f, messages 00…, lengths 0, 8 and 15)")
    func referenceVectors() {
        let hasher = SipHash24(key: Array(0..<16))
        #expect(hasher.hash([UInt8]()) == 0x726f_db47_dd0e_0e31)
        #expect(hasher.hash(Array(0..<8)) == 0x93f5_f579_9a93_2462)
        #expect(hasher.hash(Array(0..<15)) == 0xa129_ca61_49be_45e5)
    }
}
