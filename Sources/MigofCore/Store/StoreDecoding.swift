/// Holds migof's two store decoders to each other, for the fuzz harness and its corpus replay
/// (`Sources/MigofFuzz`): the fast one-pass `StoreFastDecoder` and the checked tree decoder
/// (`Store.parseChecked`), which is the reference.
///
/// The fast decoder may always decline ("not sure"): that only costs time. It must never
/// accept what the checked decoder refuses, nor decode a different store. A store the checked
/// decoder accepts must also survive a save: its encoding must be read back as the same store
/// by both decoders, the fast one included (migof's own output is the fast path's whole point).
public enum StoreDecoding {
    /// What `crossCheck` found.
    public enum Verdict: Sendable, Equatable {
        /// Both decoders accept the bytes and decode the same store.
        case accepted(Store)
        /// The fast decoder declined and the checked decoder accepted (an unusual but valid form).
        case acceptedByCheckedOnly(Store)
        /// The checked decoder refused, with these diagnostics, and the fast decoder declined.
        case refused([Diagnostic])
        /// A bug: the decoders disagree, a refusal has no position, or a save would not read
        /// back. The text says which.
        case disagreement(String)

        /// The decoded store, when the bytes hold one.
        public var store: Store? {
            switch self {
            case .accepted(let store), .acceptedByCheckedOnly(let store): store
            case .refused, .disagreement: nil
            }
        }
    }

    /// Decodes `bytes` with both decoders against `framework` and compares them.
    public static func crossCheck(_ bytes: [UInt8], framework: Framework) -> Verdict {
        let fast = StoreFastDecoder.decode(bytes, framework: framework)
        let checked = Result { () throws(MigofError) in try Store.parseChecked(bytes, path: "store", framework: framework) }
        switch (fast, checked) {
        case (_?, .failure(let error)):
            return .disagreement("the fast decoder accepts a store the checked decoder refuses: \(error)")
        case (nil, .failure(let error)):
            return refusal(error, lines: lineCount(bytes))
        case (let fast?, .success(let store)) where fast != store:
            return .disagreement("the decoders read different stores: \(difference(fast, store))")
        case (let fast, .success(let store)):
            if let problem = rereadProblem(store, framework: framework) { return .disagreement(problem) }
            return fast == nil ? .acceptedByCheckedOnly(store) : .accepted(store)
        }
    }

    /// A refusal must be a data error with at least one diagnostic, each at a real position.
    private static func refusal(_ error: MigofError, lines: Int) -> Verdict {
        guard case .invalid(let diagnostics) = error, !diagnostics.isEmpty else {
            return .disagreement("the checked decoder refuses without a diagnostic: \(error)")
        }
        for diagnostic in diagnostics where diagnostic.line < 1 || diagnostic.line > lines || diagnostic.column < 1 {
            return .disagreement("a diagnostic at line \(diagnostic.line), column \(diagnostic.column) of \(lines) lines: \(diagnostic)")
        }
        return .refused(diagnostics)
    }

    /// Why the saved form of `store` would not read back as `store`, or nil when it does.
    private static func rereadProblem(_ store: Store, framework: Framework) -> String? {
        let saved = store.encodedBytes(framework: framework)
        let checked = Result { () throws(MigofError) in try Store.parseChecked(saved, path: "saved", framework: framework) }
        switch checked {
        case .failure(let error):
            return "the saved form of an accepted store is refused: \(error)"
        case .success(let reread) where reread != store:
            return "the saved form reads back as another store: \(difference(store, reread))"
        case .success:
            break
        }
        // Conflicts (between a merge and its resolution) are for the checked decoder alone.
        guard store.conflicts.isEmpty else { return nil }
        switch StoreFastDecoder.decode(saved, framework: framework) {
        case nil: return "the fast decoder declines the saved form of an accepted store"
        case let reread? where reread != store: return "the fast decoder reads the saved form as another store: \(difference(store, reread))"
        case _?: return nil
        }
    }

    /// The first part where two stores differ, to make a report readable.
    private static func difference(_ a: Store, _ b: Store) -> String {
        if a.countries.keys.sorted() != b.countries.keys.sorted() { return "the countries differ" }
        if let code = a.countries.keys.sorted().first(where: { a.countries[$0] != b.countries[$0] }) { return "country \(code) differs" }
        if a.audit != b.audit { return "the audit trails differ (\(a.audit.count) and \(b.audit.count) entries)" }
        if a.sources != b.sources { return "the sources tables differ" }
        return a.conflicts != b.conflicts ? "the conflicts differ" : "they differ"
    }

    private static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
