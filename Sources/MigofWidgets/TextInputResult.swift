/// What a key did to a ``TextInput``.
public enum TextInputResult: Hashable, Sendable {
    /// The text may have changed; keep editing.
    case editing
    /// Enter was pressed; carries the text.
    case submitted(String)
    /// Escape was pressed; the caller decides whether to keep the text.
    case cancelled
}
