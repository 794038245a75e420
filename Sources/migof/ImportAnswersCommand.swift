import ArgumentParser
import Foundation
import MigofCore

struct ImportAnswersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answers",
        abstract: "Load many answers from a CSV (iso3,year,indicator,answer,note), under the lock, audited.",
        discussion: """
            answer: an option's number, value, label or short label (any case), none to clear, or empty to keep.
            An empty note keeps the note. Nothing is written unless every row is valid.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "List the changes (CAN 2021 1c: – → yes), but write nothing.") var dryRun = false

    func run() throws {
        let paths = global.paths
        let (workspace, opened) = try withLoadProgress(paths.store) { progress throws(MigofError) in
            try Workspace.openForEditing(paths: paths, notice: printError, progress: progress)
        }
        try reporting { () throws(MigofError) in
            guard let session = opened else { throw .locked(path: workspace.paths.store, pid: nil) }
            defer { session.close() }
            // Regular files only, size-limited, and no control character (named by line), as for `import sdg`.
            let data = try SideFile.read(file, limit: SideFile.maximumSideBytes)
            let framework = workspace.framework
            let changes = try AnswerImport.changes(try CSVReader.checkedText(data, path: file), path: file,
                                                   store: workspace.store, framework: framework).filter(\.changes)
            for change in changes { print(AnswerImport.describe(change, framework: framework)) }
            if dryRun {
                print("would change \(changes.count) answer\(changes.count == 1 ? "" : "s"); nothing written (--dry-run)")
                return
            }
            guard !session.isReadOnly else { throw session.readOnlyError }
            let pending = try session.pending()
            guard pending.entries.isEmpty else { throw .pendingJournal(path: session.journal.path, edits: pending.entries.count) }
            var store = workspace.store
            try AnswerImport.apply(changes, to: &store, framework: framework)
            if !changes.isEmpty {
                _ = try session.save(store, since: workspace.store, touched: Set(changes.map(\.iso3)))
            }
            print("changed \(changes.count) answer\(changes.count == 1 ? "" : "s")")
        }
    }
}
