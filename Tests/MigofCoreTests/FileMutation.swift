import MigofCore

/// One way of damaging (or merely reshaping) a store file, as the file fuzz test applies it.
enum FileMutation: CustomStringConvertible {
    /// Keep only the first `count` bytes.
    case truncate(Int)
    /// XOR the byte at `offset` with `mask`.
    case flip(offset: Int, mask: UInt8)
    /// Delete the bracket or brace at `offset`.
    case deleteBracket(offset: Int)
    /// Replace the number token at `offset` with `literal`.
    case replaceNumber(offset: Int, literal: String)
    /// Replace the number token at `offset` with `depth` nested arrays (or objects).
    case nest(offset: Int, depth: Int, objects: Bool)
    /// Wrap the whole document in `depth` arrays.
    case wrap(depth: Int)
    /// Replace the contents of the string starting at `offset` with `count` bytes of text,
    /// optionally left unterminated.
    case longString(offset: Int, count: Int, terminated: Bool)
    /// Insert `bytes` at `offset`.
    case insert(offset: Int, bytes: [UInt8])
    /// Put a UTF-8 byte order mark in front, `count` times.
    case byteOrderMark(count: Int)
    /// Replace every line feed with `ending`.
    case lineEndings([UInt8])

    var description: String {
        switch self {
        case .truncate(let n): return "truncate at \(n)"
        case .flip(let offset, let mask): return "flip byte \(offset) with 0x\(String(mask, radix: 16))"
        case .deleteBracket(let offset): return "delete bracket at \(offset)"
        case .replaceNumber(let offset, let literal): return "number at \(offset) := \(literal.prefix(30))"
        case .nest(let offset, let depth, let objects): return "nest \(depth) \(objects ? "objects" : "arrays") at \(offset)"
        case .wrap(let depth): return "wrap in \(depth) arrays"
        case .longString(let offset, let count, let terminated):
            return "string at \(offset) := \(count) bytes\(terminated ? "" : ", unterminated")"
        case .insert(let offset, let bytes): return "insert \(bytes) at \(offset)"
        case .byteOrderMark(let count): return "\(count) byte order mark(s)"
        case .lineEndings(let ending): return "line endings \(ending)"
        }
    }

    /// Whether the result is still a valid store holding the same data.
    var keepsTheStore: Bool {
        switch self {
        case .byteOrderMark(let count): return count == 1
        case .lineEndings: return true
        default: return false
        }
    }

    func apply(to original: [UInt8]) -> [UInt8] {
        var bytes = original
        switch self {
        case .truncate(let count):
            return Array(bytes.prefix(count))
        case .flip(let offset, let mask):
            bytes[offset] ^= mask
        case .deleteBracket(let offset):
            bytes.remove(at: offset)
        case .replaceNumber(let offset, let literal):
            bytes.replaceSubrange(offset..<Self.numberEnd(bytes, offset), with: Array(literal.utf8))
        case .nest(let offset, let depth, let objects):
            let open: [UInt8] = objects ? Array(#"{"a":"#.utf8) : [UInt8(ascii: "[")]
            let close: UInt8 = objects ? UInt8(ascii: "}") : UInt8(ascii: "]")
            var value: [UInt8] = []
            value.reserveCapacity(depth * (open.count + 1) + 1)
            for _ in 0..<depth { value += open }
            value.append(UInt8(ascii: "1"))
            value += [UInt8](repeating: close, count: depth)
            bytes.replaceSubrange(offset..<Self.numberEnd(bytes, offset), with: value)
        case .wrap(let depth):
            return [UInt8](repeating: UInt8(ascii: "["), count: depth) + bytes + [UInt8](repeating: UInt8(ascii: "]"), count: depth)
        case .longString(let offset, let count, let terminated):
            var end = offset + 1
            while bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
            // Mostly plain text, with an escape now and then so both string paths are exercised.
            var text = [UInt8](repeating: UInt8(ascii: "x"), count: count)
            for k in stride(from: 1000, to: count - 1, by: 65_536) { text[k] = UInt8(ascii: "\\"); text[k + 1] = UInt8(ascii: "n") }
            bytes.replaceSubrange((offset + 1)..<(terminated ? end : bytes.count), with: text)
        case .insert(let offset, let inserted):
            bytes.insert(contentsOf: inserted, at: offset)
        case .byteOrderMark(let count):
            return Array(repeating: [0xEF, 0xBB, 0xBF], count: count).flatMap { $0 } + bytes
        case .lineEndings(let ending):
            return bytes.flatMap { $0 == 0x0A ? ending : [$0] }
        }
        return bytes
    }

    private static func numberEnd(_ bytes: [UInt8], _ offset: Int) -> Int {
        var end = offset
        while end < bytes.count, bytes[end] == UInt8(ascii: "-") || (bytes[end] >= 0x30 && bytes[end] <= 0x39) { end += 1 }
        return end
    }

    /// Seeded mutations of `bytes`: every kind the issue names, `scale` times over.
    static func cases(for bytes: [UInt8], seed: UInt64, scale: Int) -> [FileMutation] {
        var random = SplitMix64(seed: seed)
        let brackets = bytes.indices.filter { [UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]")].contains(bytes[$0]) }
        // Number tokens start after ": " (values only, never inside strings: the store's strings hold no ": " before digits).
        let numbers = bytes.indices.dropFirst(2).filter { bytes[$0 - 2] == UInt8(ascii: ":") && bytes[$0 - 1] == 0x20
            && (bytes[$0] == UInt8(ascii: "-") || (bytes[$0] >= 0x30 && bytes[$0] <= 0x39)) }
        let strings = bytes.indices.dropFirst(2).filter { bytes[$0 - 2] == UInt8(ascii: ":") && bytes[$0 - 1] == 0x20 && bytes[$0] == UInt8(ascii: "\"") }
        var cases: [FileMutation] = []
        let step = max(1, 149 / scale)
        for cut in stride(from: 0, to: bytes.count, by: step) { cases.append(.truncate(cut)) }
        for _ in 0..<(150 * scale) {
            cases.append(.flip(offset: random.next(below: bytes.count), mask: UInt8(1 + random.next(below: 255))))
        }
        for _ in 0..<(40 * scale) { cases.append(.deleteBracket(offset: random.pick(brackets))) }
        let huge = ["1" + String(repeating: "0", count: 400), "1e400", "-1e-400", "99999999999999999999", "-9223372036854775809",
                    "9223372036854775807", "0.000000000000000000001", "-0", "4.0", "3e0", "2.5", "00", "-", "1.", "--1", "1e", "Infinity", "NaN"]
        for literal in huge { cases.append(.replaceNumber(offset: random.pick(numbers), literal: literal)) }
        for _ in 0..<(4 * scale) {
            cases.append(.nest(offset: random.pick(numbers), depth: 100_000, objects: random.oneIn(2)))
        }
        cases.append(.nest(offset: random.pick(numbers), depth: JSONParser.maxDepth - 8, objects: false))
        cases.append(.wrap(depth: 100_000))
        cases.append(.longString(offset: random.pick(strings), count: 10 << 20, terminated: true))
        cases.append(.longString(offset: random.pick(strings), count: 10 << 20, terminated: false))
        let invalid: [[UInt8]] = [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3], [0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80]]
        for sequence in invalid {
            for _ in 0..<(3 * scale) {
                cases.append(.insert(offset: random.pick(strings) + 1 + random.next(below: 3), bytes: sequence))
            }
            cases.append(.insert(offset: random.next(below: bytes.count), bytes: sequence))
        }
        cases += [.byteOrderMark(count: 1), .byteOrderMark(count: 2), .lineEndings([0x0D, 0x0A]), .lineEndings([0x0D])]
        return cases
    }
}
