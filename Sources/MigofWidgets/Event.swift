/// Something the app loop reacts to.
public enum Event: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal changed size; the next frame must be drawn at this size.
    case resize(Size)
    /// A mouse click or wheel turn.
    case mouse(MouseEvent)
    /// Text the terminal delivered as a bracketed paste: to be typed into a text field as
    /// text (see ``TextInput/pastedCharacters(_:limit:)``), never run as keys.
    case paste(String)
    /// SIGINT, SIGTERM or SIGHUP arrived; the app should clean up and exit
    /// with status 128 + the signal number.
    case signal(Int32)
}
