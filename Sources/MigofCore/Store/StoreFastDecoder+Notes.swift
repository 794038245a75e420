extension StoreFastDecoder {
    mutating func decodeNotes(into assessment: inout Assessment) -> Bool {
        guard let empty = openObject() else { return false }
        if empty { return true }
        objectNumber += 1
        var indices: [Int] = []
        var text: [UInt8] = []
        var ends: [UInt32] = []
        indices.reserveCapacity(indicatorIDs.count)
        ends.reserveCapacity(indicatorIDs.count)
        var next = 0
        repeat {
            guard let key = readKey(), let index = indicator(key, expected: next),
                  appendNote(to: &text) else { return false }
            next = index + 1
            // An empty note is no note: the checked decoder keeps no entry either.
            if text.count > Int(ends.last ?? 0) {
                indices.append(index)
                ends.append(UInt32(text.count))
            }
            guard let more = nextMember() else { return false }
            if !more { break }
        } while true
        guard text.count < Int(UInt32.max) else { return false }
        let keys = indices.count == indicatorIDs.count && indices.indices.allSatisfy({ indices[$0] == $0 })
            ? indicatorIDs : indices.map { indicatorIDs[$0] }
        assessment.notes = NoteMap(sharingKeys: keys, text: text, ends: ends)
        return true
    }

    /// Reads a string value onto the end of `text`, as UTF-8. Printable ASCII without
    /// escapes, nearly every note, is copied as bytes, with no `String` made; anything else is
    /// read by `readString`, with its checks.
    private mutating func appendNote(to text: inout [UInt8]) -> Bool {
        let bytes = scanner.bytes
        guard scanner.i < scanner.end, bytes[scanner.i] == Self.quote else { return false }
        var k = scanner.i + 1
        while k < scanner.end {
            let b = bytes[k]
            if b == Self.quote {
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(scanner.i + 1)..<k]))
                scanner.i = k + 1
                return true
            }
            // Escapes, other text and DEL take the path with every check.
            guard b >= 0x20, b < 0x7F, b != UInt8(ascii: "\\") else { break }
            k += 1
        }
        guard let note = readString() else { return false }
        text.append(contentsOf: note.utf8)
        return true
    }

    /// Whether `name` is more than whitespace, as the checked decoder's test
    /// (`trimmingCharacters(in: .whitespaces)`) decides: a printable ASCII letter settles it
    /// without Foundation, which cost 3% of a large store's start.
    static func hasVisibleText(_ name: String) -> Bool {
        if name.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return true }
        return !name.trimmingCharacters(in: .whitespaces).isEmpty
    }
}
