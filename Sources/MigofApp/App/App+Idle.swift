/// Work the app does between keys: the rest of a browser search that a keystroke started.
/// `Runner` polls for input without waiting while there is some, and draws after each step.
extension App {
    /// True while the screen on top has work left for `idle`.
    public var hasPendingWork: Bool {
        if case .browser(let model) = screen { return model.isScanning }
        return false
    }

    /// One bounded step of that work (about 2 ms), so a key typed meanwhile is not kept waiting.
    public mutating func idle() {
        guard case .browser(var model) = screen, model.isScanning else { return }
        model.idle(document)
        replaceTop(.browser(model))
    }
}
