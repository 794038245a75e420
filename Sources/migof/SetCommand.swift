import ArgumentParser
import MigofCore

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Answer one indicator (scriptable), through the store lock and the atomic save.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The country.") var country: String
    @Argument(help: "Indicator id, e.g. 1c (any case).") var indicator: String
    @Argument(help: "An option's number, value, label or short label (yes, no, legal-only, 3), or none to clear.")
    var score: String
    @Option(help: "Year (default: the country's latest).") var year: Int?
    @Option(help: "A note for the indicator; an empty string clears it.") var note: String?
    @Flag(help: "Create the store from the bundled default when it does not exist (only the default store is created without it).")
    var new = false

    func run() throws {
        // Locks before reading, so the store read is the one the save replaces.
        let paths = global.paths
        let (workspace, opened) = try withLoadProgress(paths.store) { progress throws(MigofError) in
            try Workspace.openForEditing(paths: paths, notice: printError, create: new, user: global.auditUser, progress: progress)
        }
        let framework = workspace.framework
        try reporting { () throws(MigofError) in
            guard let indicator = framework.indicatorID(matching: indicator) else {
                throw .unknown(framework.unknownIndicatorMessage(self.indicator))
            }
            let value: Int?
            if score.lowercased() == "none" {
                value = nil
            } else if let answer = framework.parseAnswer(score, of: indicator) {
                value = answer
            } else {
                throw .unknown(AnswerImport.answerProblem(score, indicator: indicator, framework: framework))
            }
            guard let session = opened else { throw .locked(path: workspace.paths.store, pid: nil) }
            defer { session.close() }
            guard !session.isReadOnly else { throw session.readOnlyError }
            let match = try workspace.resolver.resolve(country)
            let y = year ?? workspace.defaultYear(for: match)
            let pending = try session.pending()
            guard pending.entries.isEmpty else { throw .pendingJournal(path: session.journal.path, edits: pending.entries.count) }
            let old = match.assessments[y]?.scores[indicator]
            let saved = workspace.store
            var store = saved
            if store.countries[match.iso3]?.assessments[y] == nil {
                throw .unknown("\(match.name) has no assessment for \(y); years: \(match.years.map(String.init).joined(separator: ", "))")
            }
            try store.setScore(value, indicator: indicator, country: match.iso3, year: y, framework: framework)
            if let note { try Assessment.checkNewNote(note) }
            if let note { try store.setNote(note, indicator: indicator, country: match.iso3, year: y, framework: framework) }
            _ = try session.save(store, since: saved, touched: [match.iso3])
            print("\(match.iso3) \(y) \(indicator): \(framework.answerText(old, of: indicator)) → \(framework.answerText(value, of: indicator))"
                  + (note.map { " (note: \($0))" } ?? ""))
        }
    }
}
