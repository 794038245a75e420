import MigofCore

extension App {
    /// Opens the screen called `name` (`map`, `browser`, `home`, as `Screen.make(named:)`
    /// knows them) on top of the stack, for deep links such as `migof --map` and for the
    /// `:` commands. False for a name no screen has.
    @discardableResult
    public mutating func open(screenNamed name: String) -> Bool {
        guard let next = Screen.make(named: name, document: document) else { return false }
        apply(.push(next))
        return true
    }
}
