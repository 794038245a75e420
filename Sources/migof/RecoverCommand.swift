import ArgumentParser
import MigofCore

struct RecoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recover",
        abstract: "Replay the edits a crashed dashboard left in the journal, and save them.",
        discussion: "With --discard the journal is set aside as store.json.journal.discarded-<time>; it is never deleted.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Set the journal aside instead of replaying it.") var discard = false
    @Flag(help: "List the pending edits and change nothing.") var dryRun = false

    func run() throws {
        let paths = global.paths
        try reporting { () throws(MigofError) in
            let framework = try Framework.load(path: paths.framework)
            let session = EditingSession(storePath: paths.store, framework: framework, user: global.auditUser)
            defer { session.close() }
            guard !session.isReadOnly else { throw session.readOnlyError }
            let pending = try session.pending()
            if pending.ignoredPartialLine {
                printError("migof: the journal's last line was cut mid-write; it is ignored")
            }
            guard !pending.entries.isEmpty else {
                print("nothing to recover: \(session.journal.path) holds no edits")
                return
            }
            if dryRun {
                for entry in pending.entries { print("\(entry.time)  \(entry.user)  \(entry.edit.summary)") }
                return
            }
            if discard {
                print("set aside \(pending.entries.count) edits as \(try session.journal.setAside())")
                return
            }
            let saved = try StoreFile(path: paths.store).load(framework: framework)
            let store = try saved.replaying(pending.entries, framework: framework)
            _ = try session.save(store, since: saved, touched: Set(pending.entries.map(\.edit.countryCode)))
            print("recovered and saved \(pending.entries.count) edits")
        }
    }
}
