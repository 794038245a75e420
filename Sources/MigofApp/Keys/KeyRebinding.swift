/// One line of the config file's `keys` table: an action's name and the keys it should have.
public struct KeyRebinding: Sendable, Equatable {
    /// The action's config name (`Action.name`), e.g. `save`.
    public var action: String
    /// The keys as written (`"C-s"`, `"Enter"`); names `Key.sequence` cannot read are skipped,
    /// since the caller reports them with their line.
    public var keys: [String]
    /// Where it was written (`config.toml:7`), put before each message about it.
    public var place: String?

    public init(action: String, keys: [String], place: String? = nil) {
        self.action = action
        self.keys = keys
        self.place = place
    }
}
