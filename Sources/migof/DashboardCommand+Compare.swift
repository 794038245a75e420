import ArgumentParser
import MigofCore

extension DashboardCommand {
    /// Checked before anything opens, so a wrong count is a usage error (64).
    func validate() throws {
        guard compare.isEmpty || compare.count == 2 else {
            throw ValidationError("--compare takes two countries, e.g. --compare CAN DNK; got \(compare.count)")
        }
        if yearB != nil, compare.isEmpty {
            throw ValidationError("--year-b needs --compare")
        }
    }

    /// The comparison `--compare A B` asks for, with the years `migof compare` would use; nil
    /// without `--compare`.
    func requestedComparison(in workspace: Workspace) throws -> Comparison? {
        guard compare.count == 2 else { return nil }
        let resolver = workspace.resolver
        let a = try reporting { () throws(MigofError) in try resolver.resolve(compare[0]) }
        let b = try reporting { () throws(MigofError) in try resolver.resolve(compare[1]) }
        let years = Comparison.years(a: a, b: b, year: year, yearB: yearB, fallback: workspace.defaultYear())
        return Comparison(a: Profile(country: a, year: years.a, framework: workspace.framework, sources: workspace.store.sources),
                          b: Profile(country: b, year: years.b, framework: workspace.framework, sources: workspace.store.sources))
    }
}
