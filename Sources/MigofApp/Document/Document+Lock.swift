import MigofCore

extension Document {
    /// Refuses while another migof holds the lock. A read-only session tries the lock again
    /// first: when the holder has gone it becomes editable, on the store as that holder left it.
    mutating func ensureWritable() throws(Refusal) {
        guard let current = session, current.isReadOnly else { return }
        let retry = EditingSession(storePath: current.storePath, framework: framework)
        guard !retry.isReadOnly else {
            session = retry
            throw Refusal(message: readOnlyReason ?? "read-only")
        }
        // Nothing was edited while read-only, so taking the store from disk loses nothing.
        let onDisk: Store
        let pending: Journal.Contents
        do throws(MigofError) {
            onDisk = try StoreFile(path: current.storePath).load(framework: framework)
            pending = try retry.pending()
        } catch {
            retry.close()
            throw Refusal(message: "the lock is free but the store cannot be read: \(error.description)")
        }
        guard pending.entries.isEmpty else {
            // The previous holder crashed with unsaved edits: recovering them is its own step.
            retry.close()
            throw Refusal(message: "the previous migof left \(pending.entries.count) unsaved edits in the journal; restart migof to recover them")
        }
        session = retry
        if onDisk != store {
            store = onDisk
            refresh()
        }
    }
}
