/// An assessment's notes, keyed by indicator id: the `IDMap<String>` of notes, stored compact.
///
/// A store of 20,000 entities holds over a million notes. As `String`s, each one longer than
/// 15 bytes is a heap object of its own (about 48 bytes of allocation for an 18-byte note)
/// besides its 16-byte slot, so notes were most of the model's memory and of the decoder's
/// allocations. Here all of an assessment's notes share one byte buffer, with one offset per
/// note, and a `String` is made only when a note is read (what the screen shows). It reads
/// like `IDMap<String>`, and keys in framework order can share one array with every other map.
public struct NoteMap: Sendable {
    private var storedKeys: [String]
    /// The UTF-8 of every note, one after the other.
    private var text: [UInt8]
    /// Where each note ends in `text`; note `i` starts where note `i - 1` ends.
    private var ends: [UInt32]

    /// No notes.
    public init() {
        storedKeys = []
        text = []
        ends = []
    }

    /// `keys[i]` noted `values[i]`; `keys` must not repeat. Passing the same `keys` array to
    /// many maps stores it once (until one of them adds or removes a key).
    public init(sharingKeys keys: [String], values: [String]) {
        precondition(keys.count == values.count, "one value per key")
        storedKeys = keys
        text = []
        ends = []
        ends.reserveCapacity(values.count)
        for value in values {
            text.append(contentsOf: value.utf8)
            ends.append(UInt32(text.count))
        }
    }

    /// Notes already laid out: `text` holds them one after the other, `ends[i]` is where the
    /// note of `keys[i]` ends. The decoder builds maps this way without a `String` per note.
    init(sharingKeys keys: [String], text: [UInt8], ends: [UInt32]) {
        precondition(keys.count == ends.count && Int(ends.last ?? 0) == text.count, "one end per key")
        storedKeys = keys
        self.text = text
        self.ends = ends
    }

    /// The keys, in the order they were added.
    public var keys: [String] { storedKeys }
    /// The notes, in the order of `keys`.
    public var values: [String] { storedKeys.indices.map(note) }
    public var count: Int { storedKeys.count }
    public var isEmpty: Bool { storedKeys.isEmpty }

    /// The note for `key`; assigning nil removes it.
    public subscript(key: String) -> String? {
        get { storedKeys.firstIndex(of: key).map(note) }
        set {
            var keys = storedKeys
            var notes = values
            if let index = keys.firstIndex(of: key) {
                if let newValue {
                    notes[index] = newValue
                } else {
                    keys.remove(at: index)
                    notes.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                notes.append(newValue)
            } else {
                return
            }
            self = NoteMap(sharingKeys: keys, values: notes)
        }
    }

    /// Removes the note for `key`, returning it.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> String? {
        let old = self[key]
        self[key] = nil
        return old
    }

    /// The note for `key`, trying position `hint` first (see `IDMap.value(forKey:hint:)`).
    func value(forKey key: String, hint: Int) -> String? {
        if hint < storedKeys.count, storedKeys[hint] == key { return note(hint) }
        return self[key]
    }

    /// The note at `index` of `keys`.
    private func note(_ index: Int) -> String {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return text.withUnsafeBufferPointer { String(decoding: $0[start..<Int(ends[index])], as: UTF8.self) }
    }
}
