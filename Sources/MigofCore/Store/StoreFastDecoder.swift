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
    private let scoreRange: ClosedRange<Int>
    /// Indicator ids in framework order, as the framework's own strings and as bytes.
    let indicatorIDs: [String]
    private let indicatorBytes: [[UInt8]]
    /// Area ids in framework order, as strings and bytes.
    private let areaIDs: [String]
    private let areaBytes: [[UInt8]]
    /// Per indicator, the object in which it was last seen, to catch duplicate keys without
    /// clearing a set for every object.
    private var seenIn: [Int]
    var objectNumber = 0
    /// Per indicator, per option, the value as the encoder writes it: answers are matched as bytes.
    let answerBytes: [[[UInt8]]]
    /// The file's version, which must come before the countries.
    private var version: Int?
    /// A version 2 file's sources table, which must come before the countries.
    private var sources: [String: Source]?
    /// A version 1 file's provenance texts, which become its sources table.
    private var legacySources: [String: Source] = [:]
    /// The audit entries read inside countries (version 3), in file order.
    private var countryAudit: [AuditEntry] = []

    static let quote = UInt8(ascii: "\"")

    /// Told, after each entity, how many bytes of the input the decoder is done with and
    /// how many entities it has decoded.
    private var progress: ((Int, Int) -> Void)?
    /// Entities decoded so far, for `progress`.
    private var entityCount = 0

    /// The store in `bytes`, or nil when only the checked decoder can decide.
    static func decode(_ bytes: [UInt8], framework: Framework) -> Store? {
        bytes.withUnsafeBufferPointer { decode($0, framework: framework) }
    }

    /// The store in `buffer`, or nil when only the checked decoder can decide. `progress`
    /// hears, after each entity, the offset below which the decoder will not read again (so
    /// the caller can release those pages of a large input) and the entities decoded so far.
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, framework: Framework,
                       progress: ((Int, Int) -> Void)? = nil) -> Store? {
        // Two framework ids that are equal as Swift strings but not as bytes would make the
        // byte comparisons below disagree with the checked decoder; such a framework takes the slow path.
        guard Set(framework.indicatorIDs).count == framework.indicatorIDs.count else { return nil }
        var decoder = StoreFastDecoder(buffer: buffer, framework: framework)
        decoder.progress = progress
        return decoder.decodeStore()
    }

    private init(buffer: UnsafeBufferPointer<UInt8>, framework: Framework) {
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

    // MARK: - The audit trail

    private mutating func decodeAudit(country: String?) -> [AuditEntry]? {
        guard scanner.i < scanner.end, scanner.bytes[scanner.i] == UInt8(ascii: "[") else { return nil }
        scanner.i += 1
        scanner.skipWhitespaceUncounted()
        var entries: [AuditEntry] = []
        guard scanner.i < scanner.end else { return nil }
        if scanner.bytes[scanner.i] == UInt8(ascii: "]") {
            scanner.i += 1
            return entries
        }
        while true {
            guard let entry = decodeAuditEntry(country: country) else { return nil }
            entries.append(entry)
            // The caller reads the file just ahead of what it hears, so a long trail reports too.
            progress?(scanner.i, entityCount)
            scanner.skipWhitespaceUncounted()
            guard scanner.i < scanner.end else { return nil }
            let b = scanner.bytes[scanner.i]
            scanner.i += 1
            if b == UInt8(ascii: "]") { return entries }
            guard b == UInt8(ascii: ",") else { return nil }
            scanner.skipWhitespaceUncounted()
        }
    }

    /// One entry with every field, as migof writes it; any other shape goes to the checked
    /// decoder. Inside a country (`country` given) the entry has no `country` field.
    private mutating func decodeAuditEntry(country inCountry: String?) -> AuditEntry? {
        guard let empty = openObject(), !empty else { return nil }
        var texts: [String: String] = [:]
        var numbers: [String: String] = [:]
        var seen: Set<String> = []
        repeat {
            guard let key = readKey() else { return nil }
            let name = string(key)
            guard Self.auditFields.contains(name), inCountry == nil || name != "country",
                  seen.insert(name).inserted else { return nil }
            if readNull() {
                // null: the field does not apply
            } else if let value = readNumber() {
                numbers[name] = value
            } else if let value = readString() {
                texts[name] = value
            } else {
                return nil
            }
            guard let more = nextMember() else { return nil }
            if !more { break }
        } while true
        let indicator = texts["indicator"] ?? ""
        let isRating = texts["change"] == AuditEntry.Change.rating.rawValue
        func answer(_ raw: String?) -> Int?? {
            guard let raw else { return .some(nil) }
            // A rating change holds published ratings on the scale, not answers.
            if isRating { return Int(raw).flatMap { framework.scoreRange.contains($0) ? .some($0) : nil } }
            guard let value = Double(raw), let ordinal = framework.answer(forValue: value, of: indicator) else { return nil }
            return .some(ordinal)
        }
        let year = numbers["year"].flatMap { Int($0) }
        guard seen.count == Self.auditFields.count - (inCountry == nil ? 0 : 1),
              let time = texts["time"], let user = texts["user"], let country = inCountry ?? texts["country"],
              let change = texts["change"].flatMap(AuditEntry.Change.init(rawValue:)),
              numbers["year"] == nil || year.map({ (1900...2200).contains($0) }) == true,
              let oldScore = answer(numbers["oldScore"]), let newScore = answer(numbers["newScore"]),
              texts["year"] == nil, texts["oldScore"] == nil, texts["newScore"] == nil,
              numbers["indicator"] == nil, numbers["oldNote"] == nil, numbers["newNote"] == nil,
              numbers["time"] == nil, numbers["user"] == nil, numbers["country"] == nil, numbers["change"] == nil
        else { return nil }
        return AuditEntry(time: time, user: user, change: change, country: country, year: year,
                          indicator: texts["indicator"], oldScore: oldScore, newScore: newScore,
                          oldNote: texts["oldNote"], newNote: texts["newNote"])
    }

    private static let auditFields: Set<String> = ["time", "user", "change", "country", "year", "indicator",
                                                   "oldScore", "newScore", "oldNote", "newNote"]

    private mutating func decodeCountries() -> [String: Country]? {
        guard let empty = openObject() else { return nil }
        var countries: [String: Country] = [:]
        if empty { return countries }
        repeat {
            guard let key = readKey() else { return nil }
            let code = string(key)
            guard EntityKey.isValid(code), countries[code] == nil, let country = decodeCountry(code) else { return nil }
            countries[code] = country
            entityCount = countries.count
            progress?(scanner.i, entityCount)
            guard let more = nextMember() else { return nil }
            if !more { break }
        } while true
        return countries
    }

    private mutating func decodeCountry(_ code: String) -> Country? {
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

    private mutating func decodeAssessments() -> [Int: Assessment]? {
        guard let empty = openObject() else { return nil }
        var assessments: [Int: Assessment] = [:]
        if empty { return assessments }
        repeat {
            guard let key = readKey(), let year = Self.year(key), assessments[year] == nil,
                  let assessment = decodeAssessment() else { return nil }
            assessments[year] = assessment
            guard let more = nextMember() else { return nil }
            if !more { break }
        } while true
        return assessments
    }

    /// A four-digit year from 1900 to 2200, the only keys the checked decoder accepts.
    private static func year(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard key.count == 4 else { return nil }
        var value = 0
        for b in key {
            guard b >= 0x30, b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return (1900...2200).contains(value) ? value : nil
    }

    private mutating func decodeAssessment() -> Assessment? {
        guard let empty = openObject() else { return nil }
        var assessment = Assessment()
        if empty { return assessment }
        var seen = (reported: false, scores: false, notes: false)
        repeat {
            guard let key = readKey() else { return nil }
            if equals(key, "reported") {
                guard !seen.reported, decodeReported(into: &assessment) else { return nil }
                seen.reported = true
            } else if equals(key, "scores") {
                guard !seen.scores, decodeScores(into: &assessment) else { return nil }
                seen.scores = true
            } else if equals(key, "notes") {
                guard !seen.notes, decodeNotes(into: &assessment) else { return nil }
                seen.notes = true
            } else {
                return nil
            }
            guard let more = nextMember() else { return nil }
            if !more { break }
        } while true
        return assessment
    }

    private mutating func decodeReported(into assessment: inout Assessment) -> Bool {
        guard let empty = openObject() else { return false }
        if empty { return true }
        var seenOverall = false
        var indices: [Int] = []
        var ratings: [ReportedRating] = []
        repeat {
            guard let key = readKey(), let rating = decodeRating() else { return false }
            if equals(key, "overall") {
                guard !seenOverall else { return false }
                seenOverall = true
                assessment.reportedOverall = rating
            } else {
                guard let index = areaBytes.firstIndex(where: { equals(key, $0) }), !indices.contains(index) else { return false }
                indices.append(index)
                ratings.append(rating)
            }
            guard let more = nextMember() else { return false }
            if !more { break }
        } while true
        assessment.reportedAreas = map(indices, ratings, keys: areaIDs)
        return true
    }

    private mutating func decodeRating() -> ReportedRating? {
        guard let empty = openObject(), !empty else { return nil }
        var rating: Int?
        var source: String?
        var caveat: String?
        repeat {
            guard let key = readKey() else { return nil }
            if equals(key, "rating") {
                guard rating == nil, let value = readInteger(), scoreRange.contains(value) else { return nil }
                rating = value
            } else if equals(key, "source") {
                guard source == nil, let value = readString() else { return nil }
                source = value
            } else if equals(key, "caveat") {
                guard caveat == nil, version.map({ $0 >= 2 }) ?? false, let value = readString() else { return nil }
                caveat = value
            } else {
                return nil
            }
            guard let more = nextMember() else { return nil }
            if !more { break }
        } while true
        guard let rating, let source else { return nil }
        if let sources {
            guard sources[source] != nil else { return nil }
        } else if legacySources[source] == nil {
            legacySources[source] = Source(citation: source, publisher: "", path: source, licence: "")
        }
        return ReportedRating(rating: rating, source: source, caveat: caveat)
    }

    private mutating func decodeScores(into assessment: inout Assessment) -> Bool {
        guard let empty = openObject() else { return false }
        if empty { return true }
        objectNumber += 1
        var indices: [Int] = []
        var scores: [Int] = []
        indices.reserveCapacity(indicatorIDs.count)
        scores.reserveCapacity(indicatorIDs.count)
        var next = 0
        repeat {
            guard let key = readKey(), let index = indicator(key, expected: next) else { return false }
            next = index + 1
            if readNull() {
                // Unscored: the checked decoder keeps no entry either.
            } else {
                guard let value = readAnswer(index) else { return false }
                indices.append(index)
                scores.append(value)
            }
            guard let more = nextMember() else { return false }
            if !more { break }
        } while true
        assessment.scores = map(indices, scores, keys: indicatorIDs)
        return true
    }

    /// The map of `keys[indices[i]]` to `values[i]`. When the entries are every key in order,
    /// as in a fully scored assessment, the map shares the decoder's one array of keys.
    private func map<Value>(_ indices: [Int], _ values: [Value], keys: [String]) -> IDMap<Value> {
        if indices.count == keys.count, indices.indices.allSatisfy({ indices[$0] == $0 }) {
            return IDMap(sharingKeys: keys, values: values)
        }
        return IDMap(sharingKeys: indices.map { keys[$0] }, values: values)
    }

    /// The index of the indicator named `key`, trying the one that follows the previous key
    /// first (files list them in framework order); nil for unknown ids and for a repeat
    /// within the current object.
    mutating func indicator(_ key: UnsafeBufferPointer<UInt8>, expected: Int) -> Int? {
        let index: Int
        if expected < indicatorBytes.count, equals(key, indicatorBytes[expected]) {
            index = expected
        } else if let found = indicatorBytes.firstIndex(where: { equals(key, $0) }) {
            index = found
        } else {
            return nil
        }
        guard seenIn[index] != objectNumber else { return nil }
        seenIn[index] = objectNumber
        return index
    }

    // MARK: - Tokens

    /// Consumes `{` and whitespace; true when the object is empty (its `}` consumed too),
    /// false when a member follows, nil when the value is not an object.
    mutating func openObject() -> Bool? {
        guard scanner.i < scanner.end, scanner.bytes[scanner.i] == UInt8(ascii: "{") else { return nil }
        scanner.i += 1
        scanner.skipWhitespaceUncounted()
        guard scanner.i < scanner.end else { return nil }
        if scanner.bytes[scanner.i] == UInt8(ascii: "}") {
            scanner.i += 1
            return true
        }
        return false
    }

    /// After a member's value: true at a `,` (the next key follows), false at the closing `}`.
    mutating func nextMember() -> Bool? {
        scanner.skipWhitespaceUncounted()
        guard scanner.i < scanner.end else { return nil }
        let b = scanner.bytes[scanner.i]
        scanner.i += 1
        if b == UInt8(ascii: "}") { return false }
        guard b == UInt8(ascii: ",") else { return nil }
        scanner.skipWhitespaceUncounted()
        return true
    }

    /// Reads `"key" :` and the whitespace after it; the key's bytes, or nil for anything but a
    /// plain printable-ASCII key (escapes and other text are left to the checked decoder).
    mutating func readKey() -> UnsafeBufferPointer<UInt8>? {
        let bytes = scanner.bytes
        guard scanner.i < scanner.end, bytes[scanner.i] == Self.quote else { return nil }
        let start = scanner.i + 1
        var k = start
        while k < scanner.end {
            let b = bytes[k]
            if b == Self.quote { break }
            guard b >= 0x20, b < 0x7F, b != UInt8(ascii: "\\") else { return nil }
            k += 1
        }
        guard k < scanner.end else { return nil }
        scanner.i = k + 1
        scanner.skipWhitespaceUncounted()
        guard scanner.i < scanner.end, bytes[scanner.i] == UInt8(ascii: ":") else { return nil }
        scanner.i += 1
        scanner.skipWhitespaceUncounted()
        return UnsafeBufferPointer(rebasing: bytes[start..<k])
    }

    /// A string value, decoded by the scanner itself; one with a control character is left to
    /// the checked decoder, which refuses it with its position.
    mutating func readString() -> String? {
        guard scanner.i < scanner.end, scanner.bytes[scanner.i] == Self.quote else { return nil }
        guard let text = try? scanner.parseString(), ControlText.firstControl(in: text) == nil else { return nil }
        return text
    }

    /// A plain JSON integer (`-`, then digits without a leading zero) of at most 18 digits.
    /// Fractions, exponents and anything glued to the number are left to the checked decoder.
    mutating func readInteger() -> Int? {
        let bytes = scanner.bytes
        var k = scanner.i
        var negative = false
        if k < scanner.end, bytes[k] == UInt8(ascii: "-") {
            negative = true
            k += 1
        }
        let digitsStart = k
        var value = 0
        while k < scanner.end, bytes[k] >= 0x30, bytes[k] <= 0x39 {
            // Checked before multiplying: a 19th digit could overflow `Int`.
            guard k - digitsStart < 18 else { return nil }
            value = value * 10 + Int(bytes[k] - 0x30)
            k += 1
        }
        let count = k - digitsStart
        guard count > 0, !(count > 1 && bytes[digitsStart] == 0x30) else { return nil }
        if k < scanner.end, JSONScanner.isNumberTokenByte(bytes[k]) { return nil }
        scanner.i = k
        return negative ? -value : value
    }

    /// Consumes `null` when it is next.
    private mutating func readNull() -> Bool {
        let bytes = scanner.bytes
        let k = scanner.i
        guard k + 4 <= scanner.end, bytes[k] == UInt8(ascii: "n"), bytes[k + 1] == UInt8(ascii: "u"),
              bytes[k + 2] == UInt8(ascii: "l"), bytes[k + 3] == UInt8(ascii: "l") else { return false }
        if k + 4 < scanner.end, JSONScanner.isNumberTokenByte(bytes[k + 4]) { return false }
        scanner.i = k + 4
        return true
    }

    // MARK: - Helpers

    // memcmp rather than `elementsEqual`, whose generic loop was 3% of a large store's load.
    func equals(_ key: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        key.count == text.utf8CodeUnitCount && (key.isEmpty || memcmp(key.baseAddress!, text.utf8Start, key.count) == 0)
    }

    func equals(_ key: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8]) -> Bool {
        key.count == bytes.count
            && (key.isEmpty || bytes.withUnsafeBufferPointer { memcmp(key.baseAddress!, $0.baseAddress!, key.count) == 0 })
    }

    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
