import Dispatch

extension YearSummaries {
    /// What the one pass reads of the store, in the dictionary's own order.
    struct Scan {
        var codes: [String] = [], names: [String] = [], iso3s: [String] = [], iso2s: [String] = []
        /// Each entity's region as an index into `regionNames`.
        var regions: [Int32] = []
        /// The regions met (the empty one included), sorted.
        var regionNames: [String] = []
        var assessed: [Bool] = []
        var ratings: [Int32] = []
    }

    /// Stores smaller than this are read on the calling thread alone: below it, starting a
    /// second thread costs more than the half of the pass it takes over.
    public static let parallelThreshold = 2_000

    /// Reads every entity of `countries` in `year`: names, codes, region and headline ratings.
    ///
    /// Most of this pass is not arithmetic but memory: each country and assessment is a heap
    /// object the decoder made, so each read is a cache miss (issue 15, `perf` at 20,000).
    /// The two halves of the dictionary are read on two threads at once; the dictionary is
    /// only read, and each half fills values of its own, joined in the dictionary's order.
    static func scan(_ countries: [String: Country], year: Int, rules: HeadlineRules, parallelFrom: Int) -> Scan {
        let count = countries.count
        guard count >= max(parallelFrom, 2) else {
            var part = Part(capacity: count, columns: rules.columns)
            part.read(countries, countries.startIndex..<countries.endIndex, year: year, rules: rules)
            return join([part])
        }
        let middle = countries.index(countries.startIndex, offsetBy: count / 2)
        let halves = [countries.startIndex..<middle, middle..<countries.endIndex]
        let parts = Slots(count: halves.count)
        defer { parts.free() }
        DispatchQueue.concurrentPerform(iterations: halves.count) { half in
            var part = Part(capacity: count / 2 + 1, columns: rules.columns)
            part.read(countries, halves[half], year: year, rules: rules)
            parts.put(part, at: half)
        }
        return join(parts.all)
    }

    /// The parts in order, their regions renumbered into one sorted list.
    private static func join(_ parts: [Part]) -> Scan {
        var scan = Scan()
        let count = parts.reduce(0) { $0 + $1.codes.count }
        scan.codes.reserveCapacity(count)
        scan.names.reserveCapacity(count)
        scan.iso3s.reserveCapacity(count)
        scan.iso2s.reserveCapacity(count)
        scan.regions.reserveCapacity(count)
        scan.assessed.reserveCapacity(count)
        scan.regionNames = Set(parts.flatMap(\.regionNumber.keys)).sorted()
        let place = Dictionary(uniqueKeysWithValues: scan.regionNames.enumerated().map { ($1, Int32($0)) })
        for part in parts {
            var renumbered = [Int32](repeating: 0, count: part.regionNumber.count)
            for (name, number) in part.regionNumber { renumbered[Int(number)] = place[name]! }
            scan.codes.append(contentsOf: part.codes)
            scan.names.append(contentsOf: part.names)
            scan.iso3s.append(contentsOf: part.iso3s)
            scan.iso2s.append(contentsOf: part.iso2s)
            scan.regions.append(contentsOf: part.regions.lazy.map { renumbered[Int($0)] })
            scan.assessed.append(contentsOf: part.assessed)
            if scan.ratings.isEmpty { scan.ratings = part.ratings } else { scan.ratings.append(contentsOf: part.ratings) }
        }
        return scan
    }

    /// One result per thread, written once each by the thread of its index.
    ///
    /// `@unchecked Sendable`: `concurrentPerform` hands each iteration a different index and
    /// each writes only its own slot, which is read only after `concurrentPerform` returns
    /// (it waits for every iteration), so no slot is ever touched by two threads at once.
    private struct Slots: @unchecked Sendable {
        private let base: UnsafeMutableBufferPointer<Part>

        init(count: Int) { base = .allocate(capacity: count) }

        func put(_ part: Part, at index: Int) { (base.baseAddress! + index).initialize(to: part) }

        /// Every slot, once every one has been put.
        var all: [Part] { Array(base) }

        /// Frees the slots, every one of which has been put.
        func free() {
            _ = base.deinitialize()
            base.deallocate()
        }
    }

    /// The entities of one range of the dictionary, regions numbered as met.
    private struct Part {
        var codes: [String] = [], names: [String] = [], iso3s: [String] = [], iso2s: [String] = []
        var regions: [Int32] = []
        var regionNumber: [String: Int32] = [:]
        var assessed: [Bool] = []
        var ratings: [Int32] = []

        init(capacity: Int, columns: Int) {
            codes.reserveCapacity(capacity)
            names.reserveCapacity(capacity)
            iso3s.reserveCapacity(capacity)
            iso2s.reserveCapacity(capacity)
            regions.reserveCapacity(capacity)
            assessed.reserveCapacity(capacity)
            ratings.reserveCapacity(capacity * columns)
        }

        mutating func read(_ countries: [String: Country], _ range: Range<Dictionary<String, Country>.Index>,
                           year: Int, rules: HeadlineRules) {
            let columns = rules.columns
            var position = range.lowerBound
            while position != range.upperBound {
                let (code, country) = countries[position]
                codes.append(code)
                names.append(country.name)
                iso3s.append(country.iso3)
                iso2s.append(country.iso2)
                if let number = regionNumber[country.region] {
                    regions.append(number)
                } else {
                    let number = Int32(regionNumber.count)
                    regionNumber[country.region] = number
                    regions.append(number)
                }
                let assessment = country.assessments[year]
                assessed.append(assessment != nil)
                let offset = ratings.count
                ratings.append(contentsOf: repeatElement(YearSummaries.missing, count: columns))
                rules.write(assessment, into: &ratings, at: offset, missing: YearSummaries.missing)
                countries.formIndex(after: &position)
            }
        }
    }
}
