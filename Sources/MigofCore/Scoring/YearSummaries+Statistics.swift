extension YearSummaries {
    /// The tile figures of `area` (nil: overall), equal to `AreaStatistics(areaID:profiles:scale:)`.
    public func statistics(area: String?) -> AreaStatistics {
        let column = column(area)
        return allStatistics()[column]
    }

    /// The tile figures of the overall rating, then of each area in framework order, in one
    /// pass over the ratings: band counts and per-region sums in flat arrays of integers,
    /// turned into `AreaStatistics` values at the end.
    public func allStatistics() -> [AreaStatistics] {
        let columns = rules.columns, bandCount = scale.count, regionCount = regionNames.count
        var bands = [Int](repeating: 0, count: columns * bandCount)
        var unrated = [Int](repeating: 0, count: columns)
        var totals = [Int](repeating: 0, count: columns * regionCount)
        var counts = [Int](repeating: 0, count: columns * regionCount)
        let low = scale.lowerBound
        for index in codes.indices where assessed[index] {
            let region = Int(regionIndex[index])
            for column in 0..<columns {
                let value = Int(ratings[index * columns + column])
                // As `AreaStatistics.count`: a value outside the scale counts as unrated.
                guard value != Int(Self.missing), scale.contains(value) else {
                    unrated[column] += 1
                    continue
                }
                bands[column * bandCount + value - low] += 1
                totals[column * regionCount + region] += value
                counts[column * regionCount + region] += 1
            }
        }
        return (0..<columns).map { column in
            var regions: [String: (total: Int, count: Int)] = [:]
            for region in 0..<regionCount where counts[column * regionCount + region] > 0 {
                let name = regionNames[region].isEmpty ? AreaStatistics.otherRegion : regionNames[region]
                regions[name, default: (0, 0)].total += totals[column * regionCount + region]
                regions[name, default: (0, 0)].count += counts[column * regionCount + region]
            }
            return AreaStatistics(areaID: column == 0 ? nil : areaIDs[column - 1], scale: scale,
                                  bands: Array(bands[column * bandCount..<(column + 1) * bandCount]),
                                  unrated: unrated[column], regions: regions)
        }
    }
}
