import ArgumentParser
import MigofCore

struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Resolve one merge conflict by taking ours, theirs or base; saved under the lock and audited.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The conflict's id, as `migof conflicts` lists it.") var id: Int
    @Argument(help: "ours, theirs or base.") var side: String

    func run() throws {
        guard let choice = Store.ConflictSide(rawValue: side.lowercased()) else {
            try fail(.unknown("take ours, theirs or base, not '\(side)'"))
        }
        let (workspace, opened) = try reporting { () throws(MigofError) in
            try Workspace.openForEditing(paths: global.paths, notice: printError)
        }
        try reporting { () throws(MigofError) in
            guard let session = opened else { throw .locked(path: workspace.paths.store, pid: nil) }
            defer { session.close() }
            guard !session.isReadOnly else { throw session.readOnlyError }
            let pending = try session.pending()
            guard pending.entries.isEmpty else {
                throw .unknown("the journal holds \(pending.entries.count) unsaved edits from the dashboard; run `migof recover` first")
            }
            let saved = workspace.store
            var store = saved
            try store.resolve(conflict: id, taking: choice, framework: workspace.framework)
            let conflict = saved.conflicts.first { $0.id == id }!
            _ = try session.save(store, since: saved, touched: [conflict.country])
            let value = store.currentValue(of: conflict).text(key: conflict.key, framework: workspace.framework)
            let left = store.conflicts.count
            print("\(conflict.place): took \(choice.rawValue) (\(value)); \(left) conflict\(left == 1 ? "" : "s") left")
        }
    }
}
