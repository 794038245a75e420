import ArgumentParser
import Foundation
import MigofCore

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Three-way merge of stores, as git's merge driver (%O %A %B): the result replaces OURS.",
        discussion: """
            Exit 0 when the merge is clean; 1 when values conflict: the result then keeps ours and
            records each conflict in its `conflicts` section (list them with `migof conflicts`).
            An input that is not a valid store is reported with its line and nothing is written.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The common ancestor (git's %O).") var base: String
    @Argument(help: "Our version (git's %A); the result is written here.") var ours: String
    @Argument(help: "Their version (git's %B).") var theirs: String
    @Option(name: [.short, .long], help: "Write the result here instead of over OURS.") var output: String?

    func run() throws {
        let paths = global.paths
        let conflicts = try reporting { () throws(MigofError) -> [StoreConflict] in
            let (b, fb) = try Workspace.loadStandalone(path: base, paths: paths)
            let (o, fo) = try Workspace.loadStandalone(path: ours, paths: paths)
            let (t, ft) = try Workspace.loadStandalone(path: theirs, paths: paths)
            guard fb.ref == fo.ref, fo.ref == ft.ref else {
                throw .unknown("the three stores use different frameworks (\(fb.ref), \(fo.ref), \(ft.ref)); merge by hand")
            }
            let merged = StoreMerge.merge(base: b, ours: o, theirs: t, framework: fo)
            // git's %A is a temporary file of its own: no .bak beside it.
            try AtomicFile(path: output ?? ours).write(merged.encodedBytes(framework: fo), keepBackup: false)
            let added = merged.conflicts.filter { !o.conflicts.contains($0) }
            for conflict in added { printError("migof merge: " + ConflictReport.line(conflict, framework: fo)) }
            return merged.conflicts
        }
        guard conflicts.isEmpty else {
            printError("migof merge: \(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s") recorded in the store; "
                       + "list them with `migof conflicts`, resolve with `migof resolve <id> ours|theirs|base` or in the dashboard")
            throw ExitCode(1)
        }
    }
}
