#if canImport(Glibc)
import Glibc
#endif

/// The fast path of `Store.parse`: builds the model straight from the bytes of a valid store,
/// in one pass, without a JSON tree.
///
/// It answers only "here is the store" or "not sure". Anything off the path of a well-formed
/// store (a syntax error, a wrong type, an unknown or duplicate key, an escaped key, a number
/// that is not a plain integer, an out-of-range value) makes it give up, and `Store.parse`
/// then runs the checked tree decoder, which is the reference: it decides and it words every
/// error with its `line:column`. The fast path is therefore never more lenient than the
/// checked one, and it shares the scanner's lexical rules (whitespace, strings, escapes, UTF-8
/// validation, the byte order mark). Tests feed both paths valid and mutated stores and demand
/// the same verdict and the same model.
///
/// The tree costs several times the file's size in memory and most of the load time of a
/// store of thousands of entities; this path costs about the model alone.
struct StoreFastDecoder {
    var scanner: JSONScanner
    let framework: Framework
    let scoreRange: ClosedRange<Int>
    /// Indicator ids in framework order, as the framework's own strings and as bytes.
    let indicatorIDs: [String]
    let indicatorBytes: [[UInt8]]
    /// Area ids in framework order, as strings and bytes.
    let areaIDs: [String]
    let areaBytes: [[UInt8]]
    /// Per indicator, the object in which it was last seen, to catch duplicate keys without
    /// clearing a set for every object.
    var seenIn: [Int]
    var objectNumber = 0
    /// Per indicator, per option, the value as the encoder writes it: answers are matched as bytes.
    let answerBytes: [[[UInt8]]]
    /// The file's version, which must come before the countries.
    var version: Int?
    /// A version 2 file's sources table, which must come before the countries.
    var sources: [String: Source]?
    /// A version 1 file's provenance texts, which become its sources table.
    var legacySources: [String: Source] = [:]
    /// The audit entries read inside countries (version 3), in file order.
    var countryAudit: [AuditEntry] = []

    static let quote = UInt8(ascii: "\"")

    /// Told, after each entity, how many bytes of the input the decoder is done with and
    /// how many entities it has decoded.
    var progress: ((Int, Int) -> Void)?
    /// Entities decoded so far, for `progress`.
    var entityCount = 0
    /// Collects each entity's headline ratings as it is decoded, when the caller asked for them.
    var headlines: StoreHeadlines.Builder?
    /// Where a second thread takes over part of the countries, when the caller planned one.
    private var secondHalf: SecondHalf?

    /// The store in `bytes`, or nil when only the checked decoder can decide.
    static func decode(_ bytes: [UInt8], framework: Framework) -> Store? {
        bytes.withUnsafeBufferPointer { decode($0, framework: framework) }
    }

    /// The store in `buffer`, or nil when only the checked decoder can decide. `progress`
    /// hears, after each entity, the offset below which the decoder will not read again (so
    /// the caller can release those pages of a large input) and the entities decoded so far.
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, framework: Framework,
                       progress: ((Int, Int) -> Void)? = nil) -> Store? {
        decode(buffer, framework: framework, progress: progress, headlines: false)?.store
    }

    /// As `decode(_:framework:progress:)`; with `headlines`, also every entity's headline
    /// ratings, worked out as each entity is decoded (see `StoreHeadlines`).
    /// With `secondHalf`, `buffer` ends at its split, and a second thread reads the rest of
    /// the countries (see `SecondHalf`).
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, framework: Framework, progress: ((Int, Int) -> Void)?,
                       headlines: Bool, secondHalf: SecondHalf? = nil) -> (store: Store, headlines: StoreHeadlines?)? {
        // Two framework ids that are equal as Swift strings but not as bytes would make the
        // byte comparisons below disagree with the checked decoder; such a framework takes the slow path.
        guard Set(framework.indicatorIDs).count == framework.indicatorIDs.count else { return nil }
        var decoder = StoreFastDecoder(buffer: buffer, framework: framework)
        decoder.progress = progress
        decoder.secondHalf = secondHalf
        if headlines { decoder.headlines = StoreHeadlines.Builder(framework: framework) }
        guard let store = decoder.decodeStore() else { return nil }
        return (store, decoder.headlines?.finish())
    }

    init(buffer: UnsafeBufferPointer<UInt8>, framework: Framework) {
        scanner = JSONScanner(bytes: buffer, maxDepth: JSONParser.maxDepth)
        scanner.locatesErrors = false
        self.framework = framework
        scoreRange = framework.scoreRange
        indicatorIDs = framework.indicatorIDs
        indicatorBytes = indicatorIDs.map { Array($0.utf8) }
        areaIDs = framework.areas.map(\.id)
        areaBytes = areaIDs.map { Array($0.utf8) }
        seenIn = Array(repeating: -1, count: indicatorIDs.count)
        answerBytes = framework.indicators.map { $0.options.map { Array($0.valueText.utf8) } }
    }

    // MARK: - The store

    private mutating func decodeStore() -> Store? {
        scanner.skipWhitespaceUncounted()
        guard let empty = openObject(), !empty else { return nil }
        var countries: [String: Country]?
        var audit: [AuditEntry]?
        var recorded: FrameworkRef?
        repeat {
            guard let key = readKey() else { return nil }
            if equals(key, "version") {
                guard version == nil, let value = readInteger(), Store.readableVersions.contains(value) else { return nil }
                version = value
            } else if equals(key, "framework") {
                guard recorded == nil, version.map({ $0 >= 2 }) ?? false, let ref = decodeFrameworkRef() else { return nil }
                recorded = ref
            } else if equals(key, "sources") {
                guard sources == nil, version.map({ $0 >= 2 }) ?? false, let table = decodeSources() else { return nil }
                sources = table
            } else if equals(key, "countries") {
                // The checks of ratings' sources need the version and, in version 2, the table first.
                guard countries == nil, let version, version == 1 || sources != nil,
                      let list = decodeCountries() else { return nil }
                countries = list
            } else if equals(key, "audit") {
                guard audit == nil, let entries = decodeAudit(country: nil) else { return nil }
                audit = entries
            } else {
                // Includes `conflicts`: a store holds them only between a merge and its
                // resolution, so the checked decoder alone reads them.
                return nil
            }
            guard let more = nextMember() else { return nil }
            if !more { break }
        } while true
        scanner.skipWhitespaceUncounted()
        guard scanner.i == scanner.end, let version, let countries,
              (recorded ?? (version == 1 ? FrameworkRef.versionOneDefault : nil)) == framework.ref else { return nil }
        return Store(countries: countries, audit: Store.canonicalAudit(countryAudit + (audit ?? [])),
                     sources: version == 1 ? legacySources : sources ?? [:])
    }

    private mutating func decodeCountries() -> [String: Country]? {
        guard let empty = openObject() else { return nil }
        if empty { return [:] }
        guard let plan = secondHalf else { return decodeCountryMembers() }
        secondHalf = nil
        let run = launchSecondHalf(plan)
        // Never return while the second thread still reads the input.
        defer { run.wait() }
        // This decoder's input ends at the split: it must stop there, after a comma, for the
        // split to have been an entity's key; anywhere else, the guess was wrong.
        guard var countries = decodeCountryMembers(), scanner.i == plan.split,
              join(run, into: &countries) else { return nil }
        progress?(scanner.i, entityCount)
        return countries
    }

    /// Reads `"CODE": {…}` members up to the closing brace of the countries (consumed), or
    /// to the end of this decoder's input just after a comma (a `SecondHalf` split).
    mutating func decodeCountryMembers() -> [String: Country]? {
        var countries: [String: Country] = [:]
        repeat {
            guard let key = readKey() else { return nil }
            let code = string(key)
            guard EntityKey.isValid(code), countries[code] == nil, let country = decodeCountry(code) else { return nil }
            countries[code] = country
            headlines?.add(country, code: code)
            entityCount = countries.count
            progress?(scanner.i, entityCount)
            guard let more = nextMember() else { return nil }
            if !more || scanner.i == scanner.end { break }
        } while true
        return countries
    }

    mutating func decodeCountry(_ code: String) -> Country? {
        guard let empty = openObject(), !empty else { return nil }
        var name: String?, iso2: String?, m49: String?, region: String?, subRegion: String?
        var assessments: [Int: Assessment]?
        var sawAudit = false
        repeat {
            guard let key = readKey() else { return nil }
            if equals(key, "name") {
                guard name == nil, let value = readString() else { return nil }
                name = value
            } else if equals(key, "iso2") {
                guard iso2 == nil, let value = readString() else { return nil }
                iso2 = value
            } else if equals(key, "m49") {
                guard m49 == nil, let value = readString() else { return nil }
                m49 = value
            } else if equals(key, "region") {
                guard region == nil, let value = readString() else { return nil }
                region = value
            } else if equals(key, "subRegion") {
                guard subRegion == nil, let value = readString() else { return nil }
                subRegion = value
            } else if equals(key, "assessments") {
                guard assessments == nil, let value = decodeAssessments() else { return nil }
                assessments = value
            } else if equals(key, "audit") {
                guard !sawAudit, version.map({ $0 >= 3 }) ?? false, let entries = decodeAudit(country: code) else { return nil }
                sawAudit = true
                countryAudit += entries
            } else {
                return nil
            }
            guard let more = nextMember() else { return nil }
            if !more { break }
        } while true
        guard let name, Self.hasVisibleText(name),
              let iso2, let m49, let region, let subRegion, let assessments else { return nil }
        return Country(iso3: code, iso2: iso2, m49: m49, name: name, region: region, subRegion: subRegion,
                       assessments: assessments)
    }
}
