/// Why the document refused an edit or a save; the message is for the status bar.
struct Refusal: Error, Sendable {
    var message: String
}
