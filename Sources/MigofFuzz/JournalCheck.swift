import MigofCore

/// A journal file: the reader never crashes, every skipped line it names exists, the edits it
/// recovers are written back by `append` as lines it reads as the same edits, and a recovery
/// that applies them yields a store that saves and reads back as itself.
enum JournalCheck {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let newlines = FuzzReader.lineCount(bytes) - 1
        var recovered = false
        for framework in FuzzData.frameworks {
            let contents = Journal.parse(bytes, path: "journal", framework: framework)
            if let problem = shape(contents, newlines: newlines) { return .failed("under \(framework.id): \(problem)") }
            if let problem = rewrite(contents, framework: framework) { return .failed("under \(framework.id): \(problem)") }
            switch recover(contents, framework: framework) {
            case .failed(let problem): return .failed("under \(framework.id): \(problem)")
            case .accepted: recovered = true
            case .refused: break
            }
        }
        return recovered ? .accepted : .refused
    }

    /// Each recovered edit and each skip comes from its own complete line.
    private static func shape(_ contents: Journal.Contents, newlines: Int) -> String? {
        if contents.entries.count > newlines { return "\(contents.entries.count) edits from \(newlines) complete lines" }
        if let bad = contents.skipped.first(where: { $0.line < 1 || $0.line > newlines || $0.column < 1 }) {
            return "a skipped line at \(bad.line):\(bad.column) of \(newlines) complete lines"
        }
        var last = 0
        for point in contents.checkpoints {
            guard point.afterEntries >= last, point.afterEntries <= contents.entries.count else {
                return "a checkpoint after \(point.afterEntries) edits, out of order or past the \(contents.entries.count) edits"
            }
            last = point.afterEntries
        }
        return nil
    }

    /// The recovered edits, written again as the dashboard writes them, read back unchanged.
    private static func rewrite(_ contents: Journal.Contents, framework: Framework) -> String? {
        let lines = contents.entries.flatMap { Journal.line(for: $0, framework: framework) }
        let again = Journal.parse(lines, path: "rewritten", framework: framework)
        if let skipped = again.skipped.first { return "a rewritten edit is skipped: \(skipped)" }
        if again.ignoredPartialLine { return "a rewritten journal ends in a partial line" }
        if again.entries != contents.entries {
            let index = zip(again.entries, contents.entries).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(again.entries.count, contents.entries.count)
            return "rewritten edit \(index + 1) reads back differently"
        }
        return nil
    }

    /// What `migof recover` does: apply the edits to the store, then save it.
    private static func recover(_ contents: Journal.Contents, framework: Framework) -> FuzzOutcome {
        guard let base = FuzzData.baseStores[framework.id] else { return .failed("no base store for \(framework.id)") }
        // Nothing to apply leaves the base store, which needs no check per input.
        guard !contents.entries.isEmpty else { return .refused }
        // An edit that does not fit the store is refused with a message; that is the reader's job done.
        guard let recovered = try? base.replaying(contents.entries, framework: framework) else { return .refused }
        let verdict = StoreDecoding.crossCheck(recovered.encodedBytes(framework: framework), framework: framework)
        if case .disagreement(let why) = verdict { return .failed("the recovered store: \(why)") }
        guard let saved = verdict.store else { return .failed("the recovered store is saved in a form migof refuses: \(verdict)") }
        if saved != recovered { return .failed("the recovered store reads back as another store") }
        StoreCheck.score(recovered, framework: framework)
        return .accepted
    }
}
