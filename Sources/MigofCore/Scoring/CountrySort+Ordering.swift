extension CountrySort {
    /// Whether `l` comes before `r` under this order: the comparison `sort(_:)` uses, for
    /// callers that keep a sorted list and move one entry by binary search.
    public func precedes(_ l: Profile, _ r: Profile) -> Bool {
        switch self {
        case .name:
            return l.country.name.folded < r.country.name.folded
        default:
            let left = key(l) ?? Int.min, right = key(r) ?? Int.min
            return left != right ? left > right : l.country.name.folded < r.country.name.folded
        }
    }
}
