extension YearSummaries {
    /// The key entity `index` sorts by under the rating in `column` (0: overall, then the
    /// areas): the rating, highest first, unrated last, then the place in the name order.
    /// Keys are unique, so a sorted list of them finds an entity by binary search.
    func key(_ index: Int, column: Int, names: NameOrder) -> UInt64 {
        let rating = Int64(ratingValue(index, column: column))
        // Int32.max - Int32.min fits in 32 bits: a missing rating sorts after every real one.
        let rank = UInt64(Int64(Int32.max) - rating)
        return rank << 32 | UInt64(UInt32(names.rank[index]))
    }

    /// The key of entity `index` in `sort` (see `key(_:column:)`); for the name order, its place.
    public func sortKey(_ index: Int, _ sort: CountrySort, names: NameOrder) -> UInt64 {
        switch sort {
        case .name: return UInt64(UInt32(names.rank[index]))
        case .overall: return key(index, column: 0, names: names)
        case .area(let id): return key(index, column: columnIndex(id), names: names)
        }
    }

    /// Every entity under `sort`, as `CountrySort.sort` orders profiles: by folded name, or
    /// by the rating, highest first, unrated last, ties by name; equal names by code.
    public func order(_ sort: CountrySort, names: NameOrder) -> [Int] {
        switch sort {
        case .name:
            return names.order
        case .overall, .area:
            return sorted(Array(codes.indices), sort, names: names)
        }
    }

    /// The ranking of `area`: the entities rated in it, best first, then those assessed but
    /// unrated in it, by name, so they can be scored from there. (A rating needs an
    /// assessment, so these are exactly the assessed entities.)
    public func ranking(area: String, names: NameOrder) -> [Int] {
        sorted(codes.indices.filter(isAssessed), .area(area), names: names)
    }

    /// `indices` ordered by their keys: one sort of integers, no comparisons of names.
    private func sorted(_ indices: [Int], _ sort: CountrySort, names: NameOrder) -> [Int] {
        var keys = indices.map { sortKey($0, sort, names: names) }
        keys.sort()
        return keys.map { names.order[Int(UInt32(truncatingIfNeeded: $0))] }
    }
}
