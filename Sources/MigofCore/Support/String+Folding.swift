import Foundation

extension String {
    /// Lower-cased with accents removed, so `cote` matches "Côte d'Ivoire" and `turkiye` "Türkiye".
    public var folded: String {
        // ASCII text folds to its lower case; Foundation's folding costs microseconds a name,
        // which adds up for stores of tens of thousands of entities.
        var text = self
        let (ascii, upper) = text.withUTF8 { bytes in
            (bytes.allSatisfy { $0 < 0x80 }, bytes.contains { $0 >= 0x41 && $0 <= 0x5A })
        }
        if ascii {
            // Already folded (codes of a synthetic store, most typed queries): the same string.
            guard upper else { return text }
            return text.withUTF8 { bytes in
                String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    for (offset, byte) in bytes.enumerated() { buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                    return bytes.count
                }
            }
        }
        return folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
