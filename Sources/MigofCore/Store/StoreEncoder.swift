/// Writes a store's canonical bytes directly, in the layout of `JSONWriter`.
///
/// Building a `JSONValue` tree first would cost several times the file's size in memory and
/// most of the save time for a store of 20,000 entities; this writes each line as it goes.
/// Tests hold it to byte-identical output with `JSONWriter.bytes(store.jsonValue(...))`.
struct StoreEncoder {
    var out: [UInt8] = []
    private let framework: Framework
    private let indicatorIDs: [String]

    /// Per indicator, the start of its line in `scores` and `notes`: indentation, quoted id,
    /// `": "`, so each of the store's hundreds of thousands of such lines is one copy.
    private let indicatorLines: [[UInt8]]
    /// Per indicator, per answer (ordinal - 1), the option value as the file writes it.
    private let answerTexts: [[[UInt8]]]

    init(framework: Framework, capacity: Int) {
        self.framework = framework
        indicatorIDs = framework.indicatorIDs
        indicatorLines = indicatorIDs.map { id in
            var line = [UInt8](repeating: 0x20, count: 12)
            JSONWriter.appendString(id, to: &line)
            line += Array(": ".utf8)
            return line
        }
        answerTexts = framework.indicators.map { $0.options.map { Array($0.valueText.utf8) } }
        out.reserveCapacity(capacity)
    }

    /// Each country's audit entries, filled by `write(_:)` before the countries are written.
    private var auditByCountry: [String: [AuditEntry]] = [:]
    /// Stores of this many entities or more are encoded on two threads (`writeMembers`);
    /// tests lower it, and `batchSize`, to take that path on small stores.
    var twoThreadsFrom = StoreEncoder.twoThreadsThreshold
    var batchSize = StoreEncoder.defaultBatchSize

    /// Encodes the whole store into `out`.
    mutating func write(_ store: Store) {
        write(store, chunk: .max) { (_: inout [UInt8]) in }
    }

    /// Encodes the store, handing `flush` the bytes so far whenever they reach `chunk` bytes
    /// (between countries) and at the end; `flush` empties the buffer, so memory stays about
    /// one chunk whatever the store's size.
    mutating func write<E: Error>(_ store: Store, chunk: Int, flush: (inout [UInt8]) throws(E) -> Void) throws(E) {
        let (byCountry, orphans) = store.auditByCountry()
        auditByCountry = byCountry
        open()
        member("version", level: 1)
        integer(Store.formatVersion)
        comma()
        member("framework", level: 1)
        writeTree(Store.frameworkValue(framework))
        comma()
        member("sources", level: 1)
        writeTree(Store.sourcesValue(store.sources))
        comma()
        member("countries", level: 1)
        let codes = store.codes
        if codes.isEmpty {
            raw("{}")
        } else {
            open()
            try writeMembers(store, codes: codes, chunk: chunk, flush: flush)
            close(level: 1)
        }
        if !orphans.isEmpty {
            comma()
            member("audit", level: 1)
            lines(orphans.map { $0.jsonValue(framework: framework) }, level: 1)
        }
        if !store.conflicts.isEmpty {
            comma()
            member("conflicts", level: 1)
            lines(store.conflicts.map { $0.jsonValue(framework: framework) }, level: 1)
        }
        close(level: 0)
        out.append(0x0A)
        if chunk != .max { try flush(&out) }
    }

    /// The framework, sources and audit trail are small next to the countries, so they go
    /// through the tree writer, re-indented one level to sit inside the store object.
    private mutating func writeTree(_ value: JSONValue) {
        let text = JSONWriter.bytes(value)
        for (index, byte) in text.dropLast().enumerated() {
            out.append(byte)
            if byte == 0x0A, index < text.count - 2 { indent(1) }
        }
    }

    /// An array with one element per line, each written whole on that line: audit entries and
    /// conflicts, so that adding one adds one line and a merge can take lines from both sides.
    private mutating func lines(_ values: [JSONValue], level: Int) {
        out.append(UInt8(ascii: "["))
        out.append(0x0A)
        for (n, value) in values.enumerated() {
            if n > 0 { comma() }
            indent(level + 1)
            out.append(contentsOf: JSONWriter.line(value).utf8)
        }
        out.append(0x0A)
        indent(level)
        out.append(UInt8(ascii: "]"))
    }

    /// Country `n` of the store's order, led by the comma between members.
    mutating func writeMember(_ n: Int, _ code: String, of store: Store) {
        if n > 0 { comma() }
        member(code, level: 2)
        write(store.countries[code]!)
    }

    private mutating func write(_ country: Country) {
        open()
        stringMember("name", country.name, level: 3)
        comma()
        stringMember("iso2", country.iso2, level: 3)
        comma()
        stringMember("m49", country.m49, level: 3)
        comma()
        stringMember("region", country.region, level: 3)
        comma()
        stringMember("subRegion", country.subRegion, level: 3)
        comma()
        member("assessments", level: 3)
        let years = country.years
        if years.isEmpty {
            raw("{}")
        } else {
            open()
            for (n, year) in years.enumerated() {
                if n > 0 { comma() }
                member(String(year), level: 4)
                write(country.assessments[year]!)
            }
            close(level: 3)
        }
        if let entries = auditByCountry[country.iso3], !entries.isEmpty {
            comma()
            member("audit", level: 3)
            lines(entries.map { $0.jsonValue(framework: framework, inCountry: true) }, level: 3)
        }
        close(level: 2)
    }

    private mutating func write(_ assessment: Assessment) {
        open()
        member("reported", level: 5)
        var reported: [(String, ReportedRating)] = []
        if let overall = assessment.reportedOverall { reported.append(("overall", overall)) }
        for (index, area) in framework.areas.enumerated() {
            if let rating = assessment.reportedAreas.value(forKey: area.id, hint: index) { reported.append((area.id, rating)) }
        }
        if reported.isEmpty {
            raw("{}")
        } else {
            open()
            for (n, (key, rating)) in reported.enumerated() {
                if n > 0 { comma() }
                member(key, level: 6)
                open()
                member("rating", level: 7)
                integer(rating.rating)
                comma()
                stringMember("source", rating.source, level: 7)
                if let caveat = rating.caveat {
                    comma()
                    stringMember("caveat", caveat, level: 7)
                }
                close(level: 6)
            }
            close(level: 5)
        }
        comma()
        member("scores", level: 5)
        if indicatorIDs.isEmpty {
            raw("{}")
        } else {
            open()
            for (n, id) in indicatorIDs.enumerated() {
                if n > 0 { comma() }
                out.append(contentsOf: indicatorLines[n])
                if let answer = assessment.scores.value(forKey: id, hint: n), answerTexts[n].indices.contains(answer - 1) {
                    out.append(contentsOf: answerTexts[n][answer - 1])
                } else {
                    raw("null")
                }
            }
            close(level: 5)
        }
        if !assessment.notes.isEmpty {
            var written = 0
            for (n, id) in indicatorIDs.enumerated() {
                guard let note = assessment.notes.value(forKey: id, hint: n) else { continue }
                if written == 0 {
                    comma()
                    member("notes", level: 5)
                    open()
                } else {
                    comma()
                }
                out.append(contentsOf: indicatorLines[n])
                JSONWriter.appendString(note, to: &out)
                written += 1
            }
            if written > 0 { close(level: 5) }
        }
        close(level: 4)
    }

    // MARK: - Layout

    private mutating func open() {
        out.append(UInt8(ascii: "{"))
        out.append(0x0A)
    }

    private mutating func close(level: Int) {
        out.append(0x0A)
        indent(level)
        out.append(UInt8(ascii: "}"))
    }

    private mutating func comma() {
        out.append(UInt8(ascii: ","))
        out.append(0x0A)
    }

    private mutating func member(_ key: String, level: Int) {
        indent(level)
        JSONWriter.appendString(key, to: &out)
        out.append(UInt8(ascii: ":"))
        out.append(0x20)
    }

    private mutating func stringMember(_ key: String, _ value: String, level: Int) {
        member(key, level: level)
        JSONWriter.appendString(value, to: &out)
    }

    private mutating func raw(_ text: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The decimal digits of `value`, without building a `String` for each of the store's
    /// million or so numbers.
    private mutating func integer(_ value: Int) {
        if (0...9).contains(value) {
            out.append(0x30 + UInt8(value))
        } else {
            out.append(contentsOf: String(value).utf8)
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 32)

    private mutating func indent(_ level: Int) {
        out.append(contentsOf: Self.spaces[0..<(level * 2)])
    }
}
