/// What one input did to a reader's checks.
enum FuzzOutcome: Equatable, Sendable {
    /// The reader took the input (a store decoded, edits recovered, a framework or theme loaded).
    case accepted
    /// The reader refused the input, properly: with a message at a real position.
    case refused
    /// A check failed: a bug in migof, described.
    case failed(String)

    /// The description of a failure, nil otherwise.
    var failure: String? {
        if case .failed(let why) = self { return why }
        return nil
    }
}
