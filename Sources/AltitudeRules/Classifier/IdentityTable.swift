/// A string's representation, as bits: equal bits are the same text (the same
/// storage, or the same small string held inline); equal texts may differ.
struct StringIdentity {
    fileprivate var words: (UInt64, UInt64)

    init(_ string: String) { words = unsafeBitCast(string, to: (UInt64, UInt64).self) }
}

/// Small integers by string identity, by open addressing. The classifier looks
/// one up for every title and attendee of every instance; a multiplicative hash of
/// 16 bytes costs a fraction of `Dictionary`'s seeded SipHash.
struct IdentityTable {
    private var first: [UInt64] = []
    private var second: [UInt64] = []
    /// -1 marks an empty slot.
    private var values: [Int32] = []
    private var count = 0

    func value(for key: StringIdentity) -> Int32? {
        guard !values.isEmpty else { return nil }
        var slot = home(key)
        while values[slot] >= 0 {
            if first[slot] == key.words.0 && second[slot] == key.words.1 { return values[slot] }
            slot = (slot + 1) & (values.count - 1)
        }
        return nil
    }

    /// Adds a key the table does not hold.
    mutating func insert(_ value: Int32, for key: StringIdentity) {
        if (count + 1) * 2 > values.count { grow() }
        var slot = home(key)
        while values[slot] >= 0 { slot = (slot + 1) & (values.count - 1) }
        first[slot] = key.words.0
        second[slot] = key.words.1
        values[slot] = value
        count += 1
    }

    private func home(_ key: StringIdentity) -> Int {
        let mixed = (key.words.0 &* 0x9E37_79B9_7F4A_7C15) ^ (key.words.1 &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed >> 32) & (values.count - 1)
    }

    private mutating func grow() {
        let old = (first, second, values)
        let capacity = max(64, values.count * 2)
        first = Array(repeating: 0, count: capacity)
        second = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        count = 0
        for slot in old.2.indices where old.2[slot] >= 0 {
            insert(old.2[slot], for: StringIdentity(words: (old.0[slot], old.1[slot])))
        }
    }
}

extension StringIdentity {
    fileprivate init(words: (UInt64, UInt64)) { self.words = words }
}
