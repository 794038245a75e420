import MigofCore
import Synchronization

/// What `Aggregates` works out only when a screen first needs it: the name order, each
/// area's ranking, the country matcher. The dashboard's first frame (the home tiles) needs
/// none of them, and building them all was most of what the start spent after the load
/// (issue 15).
///
/// A reference, so that reading through a value (`App.view` is not mutating) can fill it;
/// `Aggregates` copies it before changing what it holds when another copy shares it, so
/// it behaves as part of the value. Its state sits in a `Mutex`, so it is `Sendable` as is.
final class AggregateCache: Sendable {
    struct State: Sendable {
        var names: NameOrder?
        var rankings: [String: [String]] = [:]
        var countries: CountryIndex?
        /// The home screen's changes since the previous round; `.some(nil)` when there is none.
        var rounds: HomeRounds??
    }

    private let state: Mutex<State>

    init(_ state: State = State()) {
        self.state = Mutex(state)
    }

    /// A cache of its own holding the same values.
    func copy() -> AggregateCache {
        AggregateCache(state.withLock { $0 })
    }

    /// The name order, built by `make` the first time.
    func names(_ make: () -> NameOrder) -> NameOrder {
        if let names = state.withLock({ $0.names }) { return names }
        let names = make()
        state.withLock { $0.names = names }
        return names
    }

    /// The ranking of `area`, built by `make` the first time.
    func ranking(_ area: String, _ make: () -> [String]) -> [String] {
        if let list = state.withLock({ $0.rankings[area] }) { return list }
        let list = make()
        state.withLock { $0.rankings[area] = list }
        return list
    }

    /// The country matcher, built by `make` the first time.
    func countries(_ make: () -> CountryIndex) -> CountryIndex {
        if let index = state.withLock({ $0.countries }) { return index }
        let index = make()
        state.withLock { $0.countries = index }
        return index
    }

    /// The changes since the previous round, worked out by `make` the first time.
    func rounds(_ make: () -> HomeRounds?) -> HomeRounds? {
        if let rounds = state.withLock({ $0.rounds }) { return rounds }
        let rounds = make()
        state.withLock { $0.rounds = .some(rounds) }
        return rounds
    }

    /// Forgets the changes since the previous round, after an edit may have moved them.
    func dropRounds() {
        state.withLock { $0.rounds = nil }
    }

    /// The name order, if built.
    var builtNames: NameOrder? { state.withLock { $0.names } }

    /// Changes the ranking of `area` in place, if it was built.
    func editRanking(_ area: String, _ edit: (inout [String]) -> Void) {
        state.withLock { state in
            // Taken out of the dictionary so the array is uniquely owned and edited in place.
            guard var list = state.rankings.removeValue(forKey: area) else { return }
            edit(&list)
            state.rankings[area] = list
        }
    }
}
