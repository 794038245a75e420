extension YearSummaries {
    /// The key entity `index` sorts by under the rating in `column` (0: overall, then the
    /// areas): the rating, highest first, unrated last, then the place in the name order.
    /// Keys are unique, so a sorted list of them finds an entity by binary search.
    func key(_ index: Int, column: Int) -> UInt64 {
        let rating = Int64(ratingValue(index, column: column))
        // Int32.max - Int32.min fits in 32 bits: a missing rating sorts after every real one.
        let rank = UInt64(Int64(Int32.max) - rating)
        return rank << 32 | UInt64(UInt32(nameRankValue(index)))
    }

    /// The key of entity `index` in `sort` (see `key(_:column:)`); for the name order, its place.
    public func sortKey(_ index: Int, _ sort: CountrySort) -> UInt64 {
        switch sort {
        case .name: return UInt64(UInt32(nameRankValue(index)))
        case .overall: return key(index, column: 0)
        case .area(let id): return key(index, column: columnIndex(id))
        }
    }

    /// Every entity under `sort`, as `CountrySort.sort` orders profiles: by folded name, or
    /// by the rating, highest first, unrated last, ties by name; equal names by code.
    public func order(_ sort: CountrySort) -> [Int] {
        switch sort {
        case .name:
            return nameOrder
        case .overall, .area:
            return sorted(Array(codes.indices), sort)
        }
    }

    /// The ranking of `area`: the entities rated in it, best first, then those assessed but
    /// unrated in it, by name, so they can be scored from there. (A rating needs an
    /// assessment, so these are exactly the assessed entities.)
    public func ranking(area: String) -> [Int] {
        sorted(codes.indices.filter(isAssessed), .area(area))
    }

    /// Whether entity `index` is listed in the ranking of `area`.
    public func isRanked(_ index: Int, area: String) -> Bool { isAssessed(index) }

    /// `indices` ordered by their keys: one sort of integers, no comparisons of names.
    private func sorted(_ indices: [Int], _ sort: CountrySort) -> [Int] {
        var keys = indices.map { sortKey($0, sort) }
        keys.sort()
        return keys.map { nameOrder[Int(UInt32(truncatingIfNeeded: $0))] }
    }
}
