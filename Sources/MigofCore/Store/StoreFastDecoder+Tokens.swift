#if canImport(Glibc)
import Glibc
#endif

extension StoreFastDecoder {
    // MARK: - Tokens

    /// Consumes `{` and whitespace; true when the object is empty (its `}` consumed too),
    /// false when a member follows, nil when the value is not an object.
    mutating func openObject() -> Bool? {
        guard scanner.i < scanner.end, scanner.bytes[scanner.i] == UInt8(ascii: "{") else { return nil }
        scanner.i += 1
        scanner.skipWhitespaceUncounted()
        guard scanner.i < scanner.end else { return nil }
        if scanner.bytes[scanner.i] == UInt8(ascii: "}") {
            scanner.i += 1
            return true
        }
        return false
    }

    /// After a member's value: true at a `,` (the next key follows), false at the closing `}`.
    mutating func nextMember() -> Bool? {
        scanner.skipWhitespaceUncounted()
        guard scanner.i < scanner.end else { return nil }
        let b = scanner.bytes[scanner.i]
        scanner.i += 1
        if b == UInt8(ascii: "}") { return false }
        guard b == UInt8(ascii: ",") else { return nil }
        scanner.skipWhitespaceUncounted()
        return true
    }

    /// Reads `"key" :` and the whitespace after it; the key's bytes, or nil for anything but a
    /// plain printable-ASCII key (escapes and other text are left to the checked decoder).
    mutating func readKey() -> UnsafeBufferPointer<UInt8>? {
        let bytes = scanner.bytes
        guard scanner.i < scanner.end, bytes[scanner.i] == Self.quote else { return nil }
        let start = scanner.i + 1
        var k = start
        while k < scanner.end {
            let b = bytes[k]
            if b == Self.quote { break }
            guard b >= 0x20, b < 0x7F, b != UInt8(ascii: "\\") else { return nil }
            k += 1
        }
        guard k < scanner.end else { return nil }
        scanner.i = k + 1
        scanner.skipWhitespaceUncounted()
        guard scanner.i < scanner.end, bytes[scanner.i] == UInt8(ascii: ":") else { return nil }
        scanner.i += 1
        scanner.skipWhitespaceUncounted()
        return UnsafeBufferPointer(rebasing: bytes[start..<k])
    }

    /// A string value, decoded by the scanner itself; one with a control character is left to
    /// the checked decoder, which refuses it with its position.
    mutating func readString() -> String? {
        guard scanner.i < scanner.end, scanner.bytes[scanner.i] == Self.quote else { return nil }
        guard let text = try? scanner.parseString(), ControlText.firstControl(in: text) == nil else { return nil }
        return text
    }

    /// A plain JSON integer (`-`, then digits without a leading zero) of at most 18 digits.
    /// Fractions, exponents and anything glued to the number are left to the checked decoder.
    mutating func readInteger() -> Int? {
        let bytes = scanner.bytes
        var k = scanner.i
        var negative = false
        if k < scanner.end, bytes[k] == UInt8(ascii: "-") {
            negative = true
            k += 1
        }
        let digitsStart = k
        var value = 0
        while k < scanner.end, bytes[k] >= 0x30, bytes[k] <= 0x39 {
            // Checked before multiplying: a 19th digit could overflow `Int`.
            guard k - digitsStart < 18 else { return nil }
            value = value * 10 + Int(bytes[k] - 0x30)
            k += 1
        }
        let count = k - digitsStart
        guard count > 0, !(count > 1 && bytes[digitsStart] == 0x30) else { return nil }
        if k < scanner.end, JSONScanner.isNumberTokenByte(bytes[k]) { return nil }
        scanner.i = k
        return negative ? -value : value
    }

    /// Consumes `null` when it is next.
    mutating func readNull() -> Bool {
        let bytes = scanner.bytes
        let k = scanner.i
        guard k + 4 <= scanner.end, bytes[k] == UInt8(ascii: "n"), bytes[k + 1] == UInt8(ascii: "u"),
              bytes[k + 2] == UInt8(ascii: "l"), bytes[k + 3] == UInt8(ascii: "l") else { return false }
        if k + 4 < scanner.end, JSONScanner.isNumberTokenByte(bytes[k + 4]) { return false }
        scanner.i = k + 4
        return true
    }

    // MARK: - Helpers

    // memcmp rather than `elementsEqual`, whose generic loop was 3% of a large store's load.
    func equals(_ key: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        key.count == text.utf8CodeUnitCount && (key.isEmpty || memcmp(key.baseAddress!, text.utf8Start, key.count) == 0)
    }

    func equals(_ key: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8]) -> Bool {
        key.count == bytes.count
            && (key.isEmpty || bytes.withUnsafeBufferPointer { memcmp(key.baseAddress!, $0.baseAddress!, key.count) == 0 })
    }

    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
