import Dispatch

extension StoreFastDecoder {
    /// How to read the countries on two threads: the decoder's own input ends at `split`,
    /// where an entity's key starts, and a second decoder reads from there, in `whole`, to the
    /// end of the countries; the first takes over the second's position once both are done.
    ///
    /// A wrong guess costs only time: a split that is not an entity's key makes one of the two
    /// fail, and `StoreFile` then reads the file again on one thread.
    struct SecondHalf {
        /// The whole input; the first decoder's buffer is its first `split` bytes.
        let whole: UnsafeBufferPointer<UInt8>
        let split: Int
        /// Called on the second thread before it decodes (to read its part of the file) and,
        /// like `progress`, after each of its entities.
        let start: () -> Void
        let progress: (Int, Int) -> Void
    }

    /// The second decoder and, once it is done, what it read.
    ///
    /// `@unchecked Sendable`: the second thread alone touches `decoder` and `countries` from
    /// `run` until it leaves `group`; the first thread reads them only after `group.wait()`,
    /// which orders every write before every read.
    final class HalfRun: @unchecked Sendable {
        var decoder: StoreFastDecoder
        var countries: [String: Country]?
        let group = DispatchGroup()
        private let start: () -> Void

        init(decoder: StoreFastDecoder, start: @escaping () -> Void) {
            self.decoder = decoder
            self.start = start
        }

        func launch() {
            group.enter()
            DispatchQueue.global().async { [self] in
                start()
                countries = decoder.decodeCountryMembers()
                group.leave()
            }
        }

        func wait() { group.wait() }
    }

    /// Starts the second decoder at the split, with what the header told the first.
    mutating func launchSecondHalf(_ plan: SecondHalf) -> HalfRun {
        var other = StoreFastDecoder(buffer: plan.whole, framework: framework)
        other.scanner.i = plan.split
        other.version = version
        other.sources = sources
        other.progress = plan.progress
        if headlines != nil { other.headlines = StoreHeadlines.Builder(framework: framework) }
        let run = HalfRun(decoder: other, start: plan.start)
        run.launch()
        return run
    }

    /// Joins the second decoder's countries to `countries` (the first's, which ended exactly
    /// at the split) and continues from where the second stopped; false when the second
    /// failed or both read one entity.
    mutating func join(_ run: HalfRun, into countries: inout [String: Country]) -> Bool {
        run.wait()
        guard let second = run.countries else { return false }
        countries.reserveCapacity(countries.count + second.count)
        for (code, country) in second {
            guard countries.updateValue(country, forKey: code) == nil else { return false }
        }
        scanner = run.decoder.scanner
        countryAudit += run.decoder.countryAudit
        // Version 1 files: each half made the same table entry for each provenance text it met.
        legacySources.merge(run.decoder.legacySources) { mine, _ in mine }
        if let theirs = run.decoder.headlines { headlines?.append(theirs) }
        entityCount = countries.count
        return true
    }
}
