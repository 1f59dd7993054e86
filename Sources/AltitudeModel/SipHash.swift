/// SipHash-2-4 (Aumasson and Bernstein, 2012): a keyed pseudorandom function
/// over short inputs with a 128-bit key. Redaction numbers pseudonyms with it:
/// stable across runs for one key (Swift's `Hasher` is seeded per process), and
/// without the key a pseudonym cannot be tied back to a title by trying likely
/// titles. Small and dependency-free, where HMAC-SHA256 would bring in a crypto
/// package for the same job.
public struct SipHash24: Sendable {
    private let k0: UInt64
    private let k1: UInt64

    /// The first 16 bytes of `key` (little-endian halves); shorter keys are zero-padded.
    public init(key: [UInt8]) {
        func word(_ offset: Int) -> UInt64 {
            (0..<8).reduce(0) { value, index in
                let position = offset + index
                return value | (UInt64(position < key.count ? key[position] : 0) << (8 * UInt64(index)))
            }
        }
        k0 = word(0)
        k1 = word(8)
    }

    public func hash(_ text: String) -> UInt64 { hash(Array(text.utf8)) }

    public func hash(_ message: [UInt8]) -> UInt64 {
        var v0: UInt64 = 0x736f6d6570736575 ^ k0
        var v1: UInt64 = 0x646f72616e646f6d ^ k1
        var v2: UInt64 = 0x6c7967656e657261 ^ k0
        var v3: UInt64 = 0x7465646279746573 ^ k1
        func round() {
            v0 &+= v1; v1 = v1.rotatedLeft(13); v1 ^= v0; v0 = v0.rotatedLeft(32)
            v2 &+= v3; v3 = v3.rotatedLeft(16); v3 ^= v2
            v0 &+= v3; v3 = v3.rotatedLeft(21); v3 ^= v0
            v2 &+= v1; v1 = v1.rotatedLeft(17); v1 ^= v2; v2 = v2.rotatedLeft(32)
        }
        func compress(_ block: UInt64) {
            v3 ^= block
            round(); round()
            v0 ^= block
        }
        let whole = message.count / 8 * 8
        for offset in stride(from: 0, to: whole, by: 8) {
            compress((0..<8).reduce(0) { $0 | (UInt64(message[offset + $1]) << (8 * UInt64($1))) })
        }
        var last = UInt64(message.count & 0xff) << 56
        for index in whole..<message.count { last |= UInt64(message[index]) << (8 * UInt64(index - whole)) }
        compress(last)
        v2 ^= 0xff
        round(); round(); round(); round()
        return v0 ^ v1 ^ v2 ^ v3
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
