import MigofWidgets

/// One entry of the keymap: the keys, what they do, and how help and the footer show them.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// Keys pressed in turn (`Z Z`), from the config file's `keys` table; each has two keys
    /// or more. The standard keymap has none.
    public var sequences: [[Key]] = []
    public var action: Action
    public var context: Context
    /// The key column of the help screen, e.g. "↑ k".
    public var keyLabel: String
    /// What the binding does, for the help screen.
    public var help: String
    /// The short footer hint, or nil to leave it out of the footer.
    public var hint: String?
    /// The key text of the footer hint when it differs from `keyLabel` (e.g. "[ ]" for a pair).
    public var hintKey: String?
    /// Which hints the footer keeps when it is narrow: lower first. A screen's own hints
    /// default to 2, ahead of most global ones, so 80 columns show the keys that matter there.
    public var priority: Int

    public init(_ keys: [Key], _ action: Action, _ context: Context, keyLabel: String? = nil,
                help: String, hint: String? = nil, hintKey: String? = nil, priority: Int? = nil) {
        self.keys = keys
        self.action = action
        self.context = context
        self.keyLabel = keyLabel ?? keys.map(\.displayName).joined(separator: " ")
        self.help = help
        self.hint = hint
        self.hintKey = hintKey
        self.priority = priority ?? (context == .global ? 4 : 2)
    }
}
