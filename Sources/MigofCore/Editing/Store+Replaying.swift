extension Store {
    /// The store after applying journalled edits in order; stops at the first edit that
    /// does not fit, naming it, so a journal written against another version is never half-applied.
    public func replaying(_ entries: [Journal.Entry], framework: Framework) throws(MigofError) -> Store {
        var store = self
        for (index, entry) in entries.enumerated() {
            do {
                try store.apply(entry.edit, framework: framework)
            } catch {
                throw .invalid([Diagnostic(path: "journal", line: index + 1, column: 0,
                                           message: "cannot replay \(entry.edit.summary): \(error.description)")])
            }
        }
        return store
    }
}
