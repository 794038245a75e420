/// The rule for the keys of `countries` in a store.
///
/// A key is either an ISO 3166 alpha-3 country code (three capital letters), or a local code
/// for an entity that has none, such as a city or province assessed by a Local MGI, or the
/// made-up entities of a synthetic store: 4 to 10 capital letters and digits, starting with a
/// letter. A local code is never three characters long, so it can never be mistaken for, or
/// collide with, a country code; three letters alone allow only 17,576 keys, too few for the
/// stores of tens of thousands of entities migof is built to handle.
public enum EntityKey {
    /// The longest local code.
    public static let maxLength = 10

    /// What is wrong with `key` as an entity key, or nil when it is valid.
    public static func problem(_ key: String) -> String? {
        let bytes = key.utf8
        let isLetter = { (b: UInt8) in b >= 65 && b <= 90 }
        let isDigit = { (b: UInt8) in b >= 48 && b <= 57 }
        if bytes.count == 3 {
            guard bytes.allSatisfy(isLetter) else { return "must be three capital letters (ISO 3166 alpha-3)" }
            return nil
        }
        guard (4...maxLength).contains(bytes.count), let first = bytes.first, isLetter(first),
              bytes.allSatisfy({ isLetter($0) || isDigit($0) }) else {
            return "must be three capital letters (ISO 3166 alpha-3) or a local code of 4 to \(maxLength) "
                + "capital letters and digits starting with a letter"
        }
        return nil
    }

    /// Whether `key` is a valid entity key.
    public static func isValid(_ key: String) -> Bool {
        problem(key) == nil
    }
}
