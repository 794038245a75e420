import Foundation

extension String {
    /// Lower-cased with accents removed, so `cote` matches "Côte d'Ivoire" and `turkiye` "Türkiye".
    public var folded: String {
        // ASCII text folds to its lower case; Foundation's folding costs microseconds a name,
        // which adds up for stores of tens of thousands of entities.
        var text = self
        let ascii = text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
        if ascii {
            return text.withUTF8 { bytes in
                String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
            }
        }
        return folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
