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
            if let number = regionNumber[country.region] {
                regions.append(number)
            } else {
                let number = Int32(regionNumber.count)
                regionNumber[country.region] = number
                regions.append(number)
            }
            for (year, assessment) in country.assessments {
                years[year, default: Year()].append(assessment, at: index, rules: rules)
            }
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

    /// Fills in entities without an assessment up to `count` entities.
    mutating func pad(to entities: Int, columns: Int) {
        guard assessed.count < entities else { return }
        let gap = entities - assessed.count
        assessed.append(contentsOf: repeatElement(false, count: gap))
        ratings.append(contentsOf: repeatElement(YearSummaries.missing, count: gap * columns))
    }
}
