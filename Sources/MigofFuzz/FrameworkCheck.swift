import MigofCore

/// A framework file: a refusal names real positions, and an accepted framework carries a
/// store (as `migof generate` makes one) through a save, both decoders and scoring.
enum FrameworkCheck {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let framework: Framework
        do {
            framework = try Framework.parse(bytes, path: "framework")
        } catch {
            return refusal(error, lines: FuzzReader.lineCount(bytes))
        }
        guard !framework.areas.isEmpty, !framework.indicatorIDs.isEmpty, !framework.scale.isEmpty else {
            return .failed("an accepted framework has no areas, indicators or scale")
        }
        let store = SyntheticStore(entities: 2, years: 2, seed: 3).make(framework: framework)
        let verdict = StoreDecoding.crossCheck(store.encodedBytes(framework: framework), framework: framework)
        if case .disagreement(let why) = verdict { return .failed("a store under the framework: \(why)") }
        guard let saved = verdict.store else { return .failed("a store under the framework is saved in a form migof refuses: \(verdict)") }
        if saved != store { return .failed("a store under the framework reads back as another store") }
        StoreCheck.score(store, framework: framework)
        return .accepted
    }

    private static func refusal(_ error: MigofError, lines: Int) -> FuzzOutcome {
        guard case .invalid(let diagnostics) = error, !diagnostics.isEmpty else { return .failed("refused without a diagnostic: \(error)") }
        if let bad = diagnostics.first(where: { $0.line < 1 || $0.line > lines || $0.column < 1 }) {
            return .failed("a diagnostic at \(bad.line):\(bad.column) of \(lines) lines: \(bad)")
        }
        return .refused
    }
}
