extension TextInput {
    /// What a paste types into a text field: text only, never keys. A field holds one line,
    /// so each line break (CR, LF or CRLF) and each tab becomes one space; other control
    /// characters (an escape sequence in the clipboard) are dropped. At most `limit`
    /// characters are kept, as no field holds more.
    public static func pastedCharacters(_ text: String, limit: Int = 1000) -> [Character] {
        var characters: [Character] = []
        for character in text {
            guard characters.count < limit else { break }
            guard let first = character.unicodeScalars.first, TextWidth.isControl(first) else {
                characters.append(character)
                continue
            }
            // "\r\n" is a single Character, so a CRLF line end gives one space.
            if first == "\n" || first == "\r" || first == "\t" { characters.append(" ") }
        }
        return characters
    }

    /// Inserts a paste at the cursor as ``pastedCharacters(_:limit:)`` describes, cut at
    /// `maxLength`. Returns false when the paste was longer than the room left.
    @discardableResult
    public mutating func paste(_ text: String) -> Bool {
        let characters = Self.pastedCharacters(text, limit: Int.max)
        let fits = maxLength.map { self.text.count + characters.count <= $0 } ?? true
        for character in characters { _ = handle(.char(character)) }
        return fits
    }
}
