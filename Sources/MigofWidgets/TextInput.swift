/// A single-line text field's state and key handling.
///
/// The cursor counts grapheme clusters, so accented letters and emoji move
/// and delete as one character.
public struct TextInput: Hashable, Sendable {
    /// Most graphemes the text may hold; `nil` for no limit.
    public var maxLength: Int?
    /// Accept only the digits 0-9 (a year, a count); other characters are refused as typed.
    public var digitsOnly = false
    /// Why the last key inserted nothing, so the screen can say so instead of ignoring it silently.
    public private(set) var refusal: Refusal?
    private var storage: String
    private var position: Int

    /// Creates a field holding `text` (cut to `maxLength`) with the cursor at its end.
    public init(text: String = "", maxLength: Int? = nil) {
        self.maxLength = maxLength
        storage = ""
        position = 0
        self.text = text
    }

    /// The current text. Assigning cuts it to `maxLength` and moves the
    /// cursor to its end.
    public var text: String {
        get { storage }
        set {
            storage = maxLength.map { String(newValue.prefix(max($0, 0))) } ?? newValue
            position = storage.count
        }
    }

    /// Grapheme index of the cursor; assignments are clamped to `0...text.count`.
    public var cursor: Int {
        get { position }
        set { position = min(max(newValue, 0), storage.count) }
    }

    /// Applies one key. Printable characters insert at the cursor (ignored
    /// once `maxLength` is reached); Left/Right, Home/End and Ctrl-A/Ctrl-E
    /// move; Backspace and Delete remove one grapheme; Ctrl-U clears the
    /// field; Ctrl-K deletes to the end; Enter submits; Escape cancels.
    /// Other keys are ignored.
    public mutating func handle(_ key: Key) -> TextInputResult {
        refusal = nil
        switch key {
        case .char(let character): insert(character)
        case .left: cursor = max(cursor - 1, 0)
        case .right: cursor = min(cursor + 1, text.count)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .backspace:
            guard cursor > 0 else { break }
            storage.remove(at: index(cursor - 1))
            cursor -= 1
        case .delete:
            guard cursor < text.count else { break }
            storage.remove(at: index(cursor))
        case .ctrl("u"):
            text = ""
        case .ctrl("k"):
            storage.removeSubrange(index(cursor)...)
        case .enter: return .submitted(text)
        case .escape: return .cancelled
        default: break
        }
        return .editing
    }

    private mutating func insert(_ character: Character) {
        // Control characters would corrupt the screen; they never belong in a field.
        guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return }
        if digitsOnly, !(character.isASCII && character.isNumber) {
            refusal = .notADigit
            return
        }
        let split = index(cursor)
        let before = String(storage[..<split]) + String(character)
        let candidate = before + storage[split...]
        if let maxLength, candidate.count > maxLength {
            refusal = .full
            return
        }
        storage = candidate
        // A combining mark merges into the previous grapheme, so count again
        // rather than assuming the cursor moves by one.
        cursor = before.count
    }

    private func index(_ offset: Int) -> String.Index {
        storage.index(storage.startIndex, offsetBy: offset)
    }
}
