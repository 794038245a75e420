import ArgumentParser
import MigofCore

struct RecoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recover",
        abstract: "Replay the edits a crashed dashboard left in the journal, and save them.",
        discussion: """
            Edits the store already holds (a save killed before it removed the journal) are left out, and \
            lines that cannot be read are skipped and named. With --discard the journal is set aside as \
            store.json.journal.discarded-<time>, even when it cannot be read; it is never deleted.
            """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Set the journal aside instead of replaying it.") var discard = false
    @Flag(help: "List the pending edits and change nothing.") var dryRun = false

    func run() throws {
        try reporting { () throws(MigofError) in
            let paths = try global.paths.followingStoreLink()
            let framework = try Workspace.loadFramework(paths: paths)
            let session = EditingSession(storePath: paths.store, framework: framework, user: global.auditUser)
            var tidy = !dryRun
            defer { session.close(tidy: tidy) }
            guard !session.isReadOnly else { throw session.readOnlyError }
            if discard {
                guard session.journal.exists else {
                    print("nothing to discard: \(session.journal.path) does not exist")
                    return
                }
                // Set aside even when it cannot be read: that is when it most needs putting away.
                let what = (try? session.pending()).map { "\($0.entries.count) edits" } ?? "an unreadable journal"
                tidy = false
                print("set aside \(what) as \(try session.setAsideJournal())")
                return
            }
            let pending = try session.pending()
            report(pending)
            guard !pending.entries.isEmpty else {
                let saved = pending.alreadySaved > 0 ? " (its \(pending.alreadySaved) edits are already in the store)" : ""
                print("nothing to recover: \(session.journal.path) holds no unsaved edits\(saved)")
                return
            }
            if dryRun {
                for entry in pending.entries { print("\(entry.time)  \(entry.user)  \(entry.edit.summary)") }
                return
            }
            let saved = try StoreFile(path: paths.store).load(framework: framework)
            let store = try saved.replaying(pending.entries, framework: framework)
            _ = try session.save(store, since: saved, touched: Set(pending.entries.map(\.edit.countryCode)))
            print("recovered and saved \(pending.entries.count) edits")
        }
    }

    /// Says on stderr what was left out, line by line.
    private func report(_ pending: Journal.Contents) {
        if pending.ignoredPartialLine {
            printError("migof: the journal's last line was cut mid-write; it is ignored")
        }
        for skipped in pending.skipped {
            printError("migof: skipped \(skipped.description)")
        }
        if pending.alreadySaved > 0, !pending.entries.isEmpty {
            printError("migof: left out \(pending.alreadySaved) edits the store already holds")
        }
        if pending.storeUnknown {
            printError("migof: the store is not the version the journal was written against; edits are replayed only if they fit")
        }
    }
}
