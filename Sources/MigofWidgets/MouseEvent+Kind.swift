extension MouseEvent {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        /// Button 1 (left), 2 (middle) or 3 (right) went down.
        case press(Int)
        /// A button went up.
        case release
        /// The wheel turned up.
        case scrollUp
        /// The wheel turned down.
        case scrollDown
    }
}
