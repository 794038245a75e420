/// What version 2 added to the fast decoder: the framework a store records, its sources
/// table, and answers written as option values.
extension StoreFastDecoder {
    mutating func decodeFrameworkRef() -> FrameworkRef? {
        guard let empty = openObject(), !empty else { return nil }
        var id: String?, number: Int?
        repeat {
            guard let key = readKey() else { return nil }
            if equals(key, "id") {
                guard id == nil, let value = readString() else { return nil }
                id = value
            } else if equals(key, "version") {
                guard number == nil, let value = readInteger(), (1...1_000_000).contains(value) else { return nil }
                number = value
            } else {
                return nil
            }
            guard let more = nextMember() else { return nil }
            if !more { break }
        } while true
        guard let id, let number else { return nil }
        return FrameworkRef(id: id, version: number)
    }

    mutating func decodeSources() -> [String: Source]? {
        guard let empty = openObject() else { return nil }
        var table: [String: Source] = [:]
        if empty { return table }
        repeat {
            guard let key = readKey() else { return nil }
            let id = string(key)
            guard !id.isEmpty, table[id] == nil, let source = decodeSource() else { return nil }
            table[id] = source
            guard let more = nextMember() else { return nil }
            if !more { break }
        } while true
        return table
    }

    mutating func decodeSource() -> Source? {
        guard let empty = openObject(), !empty else { return nil }
        var fields: [String: String] = [:]
        repeat {
            guard let key = readKey() else { return nil }
            let name = string(key)
            guard ["citation", "publisher", "path", "licence"].contains(name), fields[name] == nil,
                  let value = readString() else { return nil }
            fields[name] = value
            guard let more = nextMember() else { return nil }
            if !more { break }
        } while true
        guard let citation = fields["citation"], let publisher = fields["publisher"], let path = fields["path"],
              let licence = fields["licence"] else { return nil }
        return Source(citation: citation, publisher: publisher, path: path, licence: licence)
    }

    /// An answer written as one of the indicator's option values, exactly as the encoder
    /// writes it (`1`, `0.5`), as its ordinal; any other spelling is left to the checked decoder.
    mutating func readAnswer(_ indicator: Int) -> Int? {
        let bytes = scanner.bytes
        var k = scanner.i
        while k < scanner.end, JSONScanner.isNumberTokenByte(bytes[k]) { k += 1 }
        let token = UnsafeBufferPointer(rebasing: bytes[scanner.i..<k])
        guard !token.isEmpty, let index = answerBytes[indicator].firstIndex(where: { equals(token, $0) }) else { return nil }
        scanner.i = k
        return index + 1
    }

    /// Any JSON number, as its literal text.
    mutating func readNumber() -> String? {
        guard scanner.i < scanner.end else { return nil }
        let b = scanner.bytes[scanner.i]
        guard b == UInt8(ascii: "-") || (b >= 0x30 && b <= 0x39) else { return nil }
        return try? scanner.parseNumber()
    }
}
