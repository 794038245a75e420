extension StoreHeadlines {
    /// Collects the headlines entity by entity, as the decoder finishes each one.
    struct Builder {
        private let rules: HeadlineRules
        private let framework: Framework
        private var codes: [String] = [], names: [String] = [], iso3s: [String] = [], iso2s: [String] = []
        private var regions: [Int32] = []
        /// Regions numbered as met; renumbered in sorted order by `finish`.
        private var regionNumber: [String: Int32] = [:]
        private var years: [Int: Year] = [:]

        init(framework: Framework) {
            self.framework = framework
            rules = HeadlineRules(framework: framework)
        }

        /// Adds entity `code`, the next one in file order.
        mutating func add(_ country: Country, code: String) {
            let index = codes.count
            codes.append(code)
            names.append(country.name)
            iso3s.append(country.iso3)
            iso2s.append(country.iso2)
            regions.append(number(ofRegion: country.region))
            for (year, assessment) in country.assessments {
                years[year, default: Year()].append(assessment, at: index, rules: rules)
            }
        }

        /// Appends what `other` collected: the entities that follow these in file order
        /// (the second half of a two-thread decode).
        mutating func append(_ other: Builder) {
            let offset = codes.count
            codes += other.codes
            names += other.names
            iso3s += other.iso3s
            iso2s += other.iso2s
            var renumbered = [Int32](repeating: 0, count: other.regionNumber.count)
            for (name, number) in other.regionNumber { renumbered[Int(number)] = self.number(ofRegion: name) }
            regions += other.regions.map { renumbered[Int($0)] }
            for (year, column) in other.years {
                years[year, default: Year()].append(column, after: offset, entities: other.codes.count, columns: rules.columns)
            }
        }

        /// The number of region `name`, numbered now when it is new.
        private mutating func number(ofRegion name: String) -> Int32 {
            if let number = regionNumber[name] { return number }
            let number = Int32(regionNumber.count)
            regionNumber[name] = number
            return number
        }

        /// The headlines of every entity added, each year's column as long as the list.
        func finish() -> StoreHeadlines {
            let sorted = regionNumber.keys.sorted()
            var renumbered = [Int32](repeating: 0, count: sorted.count)
            for (place, name) in sorted.enumerated() { renumbered[Int(regionNumber[name]!)] = Int32(place) }
            var columns = years
            for year in columns.keys { columns[year]!.pad(to: codes.count, columns: rules.columns) }
            return StoreHeadlines(codes: codes, names: names, iso3s: iso3s, iso2s: iso2s,
                                  regionIndex: regions.map { renumbered[Int($0)] }, regionNames: sorted,
                                  years: columns, framework: framework)
        }
    }
}

extension StoreHeadlines.Year {
    /// Marks entity `index` assessed, with the ratings of `assessment`; the entities before
    /// it that had no assessment in the year are filled in as such first.
    mutating func append(_ assessment: Assessment, at index: Int, rules: HeadlineRules) {
        pad(to: index, columns: rules.columns)
        assessed.append(true)
        count += 1
        let offset = ratings.count
        ratings.append(contentsOf: repeatElement(YearSummaries.missing, count: rules.columns))
        rules.write(assessment, into: &ratings, at: offset, missing: YearSummaries.missing)
    }

    /// Appends `other`, the column of the `entities` that follow the first `offset`.
    mutating func append(_ other: Self, after offset: Int, entities: Int, columns: Int) {
        pad(to: offset, columns: columns)
        var other = other
        other.pad(to: entities, columns: columns)
        assessed += other.assessed
        ratings += other.ratings
        count += other.count
    }

    /// Fills in entities without an assessment up to `count` entities.
    mutating func pad(to entities: Int, columns: Int) {
        guard assessed.count < entities else { return }
        let gap = entities - assessed.count
        assessed.append(contentsOf: repeatElement(false, count: gap))
        ratings.append(contentsOf: repeatElement(YearSummaries.missing, count: gap * columns))
    }
}
