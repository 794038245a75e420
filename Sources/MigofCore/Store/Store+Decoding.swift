import Foundation

extension Store {
    /// Parses and validates store JSON against a framework.
    ///
    /// Every problem is collected with its position so the user can fix a file in one pass;
    /// nothing is returned unless the whole file is valid. A valid file is decoded in one pass
    /// straight into the model (`StoreFastDecoder`); any doubt hands the file to the checked
    /// decoder, which decides and words the errors.
    public static func parse(_ bytes: [UInt8], path: String, framework: Framework) throws(MigofError) -> Store {
        if let store = StoreFastDecoder.decode(bytes, framework: framework) { return store }
        return try parseChecked(bytes, path: path, framework: framework)
    }

    /// The reference decoder: parses into a JSON tree with positions, then checks and decodes
    /// it, collecting every problem.
    static func parseChecked(_ bytes: [UInt8], path: String, framework: Framework) throws(MigofError) -> Store {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .invalid([Diagnostic(path: path, line: error.position.line, column: error.position.column, message: error.message)])
        }
        var decoder = StoreDecoder(reader: NodeReader(path: path), framework: framework)
        let store = decoder.decodeStore(root)
        if let store, decoder.reader.diagnostics.isEmpty { return store }
        throw .invalid(decoder.reader.diagnostics)
    }
}

/// Turns a parsed JSON tree into a `Store`, checking it against the framework as it goes.
struct StoreDecoder {
    var reader: NodeReader
    let framework: Framework
    let scoreRange: ClosedRange<Int>
    let areaIDs: Set<String>

    init(reader: NodeReader, framework: Framework) {
        self.reader = reader
        self.framework = framework
        scoreRange = framework.scoreRange
        areaIDs = Set(framework.areas.map(\.id))
    }

    /// The file's format version, 1 or 2, once `decodeStore` has read it.
    var version = Store.formatVersion
    /// The sources table of a version 2 file, to check the ids ratings refer to.
    var sourceIDs: Set<String>?
    /// A version 1 file's provenance texts, which become its sources table.
    var legacySources: [String: Source] = [:]
    /// The audit entries read inside countries (version 3), in file order.
    var countryAudit: [AuditEntry] = []

    mutating func decodeStore(_ root: JSONNode) -> Store? {
        guard let members = reader.object(root, "the store",
                                          allowed: ["version", "framework", "sources", "countries", "audit", "conflicts"]) else { return nil }
        guard let versionNode = reader.required(members, "version", in: "the store", at: root.position) else { return nil }
        guard case .number(let raw) = versionNode.value, let version = Int(raw) else {
            reader.fail(versionNode.position, "version must be a whole number")
            return nil
        }
        guard Store.readableVersions.contains(version) else {
            reader.fail(versionNode.position, "unsupported store version \(version); this migof reads versions "
                        + "\(Store.readableVersions.lowerBound) to \(Store.readableVersions.upperBound)")
            return nil
        }
        self.version = version
        guard checkFramework(members, root) else { return nil }
        var sources: [String: Source] = [:]
        if version >= 2, let node = reader.required(members, "sources", in: "the store", at: root.position) {
            sources = decodeSources(node)
            sourceIDs = Set(sources.keys)
        } else if version == 1, let extra = members.first(where: { $0.key == "sources" }) {
            reader.fail(extra.keyPosition, "a version 1 store has no 'sources'; version 2 stores do")
        }
        guard let countriesNode = reader.required(members, "countries", in: "the store", at: root.position),
              let entries = reader.object(countriesNode, "countries") else { return nil }
        var countries: [String: Country] = [:]
        countries.reserveCapacity(entries.count)
        for entry in entries {
            if let problem = EntityKey.problem(entry.key) {
                reader.fail(entry.keyPosition, "country key '\(entry.key)' \(problem)")
                continue
            }
            if let country = decodeCountry(entry.key, entry.value) {
                countries[entry.key] = country
            }
        }
        var audit = countryAudit
        if let auditNode = members.first(where: { $0.key == "audit" }), let entries = reader.array(auditNode.value, "audit") {
            for entry in entries {
                if let decoded = decodeAuditEntry(entry, country: nil) { audit.append(decoded) }
            }
        }
        let conflicts = decodeConflicts(members)
        return Store(countries: countries, audit: Store.canonicalAudit(audit), sources: version == 1 ? legacySources : sources,
                     conflicts: conflicts)
    }

    /// One audit entry: at the top level it names its country; inside a country (version 3)
    /// the country's key does, and the entry has no `country`.
    mutating func decodeAuditEntry(_ node: JSONNode, country inCountry: String?) -> AuditEntry? {
        var keys: Set<String> = ["time", "user", "change", "year", "indicator", "oldScore", "newScore", "oldNote", "newNote"]
        if inCountry == nil { keys.insert("country") }
        guard let fields = reader.object(node, "an audit entry", allowed: keys) else { return nil }
        func text(_ key: String, _ reader: inout NodeReader) -> String? {
            reader.required(fields, key, in: "an audit entry", at: node.position).flatMap { reader.string($0, key) }
        }
        func optional<T>(_ key: String, _ reader: inout NodeReader, _ read: (inout NodeReader, JSONNode) -> T?) -> T? {
            guard let member = fields.first(where: { $0.key == key }), !member.value.isNull else { return nil }
            return read(&reader, member.value)
        }
        let time = text("time", &reader), user = text("user", &reader), country = inCountry ?? text("country", &reader)
        let changeText = text("change", &reader)
        let change = changeText.flatMap(AuditEntry.Change.init(rawValue:))
        if changeText != nil, change == nil {
            reader.fail(node.position, "audit change must be one of \(AuditEntry.Change.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let year = optional("year", &reader) { $0.integer($1, "audit year", in: 1900...2200) }
        let indicator = optional("indicator", &reader) { $0.string($1, "audit indicator") }
        // A score change holds answers (option values); a rating change, published ratings on the scale.
        func score(_ key: String, _ reader: inout NodeReader) -> Int? {
            optional(key, &reader) { reader, node in
                change == .rating ? reader.integer(node, "audit \(key)", in: framework.scoreRange)
                    : Self.answer(node, of: indicator ?? "", "audit \(key)", framework, &reader)
            }
        }
        let oldScore = score("oldScore", &reader), newScore = score("newScore", &reader)
        let oldNote = optional("oldNote", &reader) { $0.string($1, "audit oldNote") }
        let newNote = optional("newNote", &reader) { $0.string($1, "audit newNote") }
        guard let time, let user, let country, let change else { return nil }
        return AuditEntry(time: time, user: user, change: change, country: country, year: year, indicator: indicator,
                          oldScore: oldScore, newScore: newScore, oldNote: oldNote, newNote: newNote)
    }

    mutating func decodeCountry(_ iso3: String, _ node: JSONNode) -> Country? {
        let what = "country \(iso3)"
        var allowed: Set<String> = ["name", "iso2", "m49", "region", "subRegion", "assessments"]
        if version >= 3 { allowed.insert("audit") }
        guard let fields = reader.object(node, what, allowed: allowed) else { return nil }
        func text(_ key: String, _ reader: inout NodeReader) -> String? {
            reader.required(fields, key, in: what, at: node.position).flatMap { reader.string($0, "\(key) of \(iso3)") }
        }
        let name = text("name", &reader)
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty,
           let nameNode = fields.first(where: { $0.key == "name" }) {
            reader.fail(nameNode.value.position, "name of \(iso3) must not be empty")
        }
        let iso2 = text("iso2", &reader)
        let m49 = text("m49", &reader)
        let region = text("region", &reader)
        let subRegion = text("subRegion", &reader)
        var assessments: [Int: Assessment] = [:]
        if let list = reader.required(fields, "assessments", in: what, at: node.position),
           let years = reader.object(list, "assessments of \(iso3)") {
            for entry in years {
                guard let year = Int(entry.key), (1900...2200).contains(year), entry.key.count == 4 else {
                    reader.fail(entry.keyPosition, "assessment year '\(entry.key)' of \(iso3) must be a four-digit year")
                    continue
                }
                if let assessment = decodeAssessment(entry.value, "\(iso3) \(year)") {
                    assessments[year] = assessment
                }
            }
        }
        if let auditNode = fields.first(where: { $0.key == "audit" }),
           let entries = reader.array(auditNode.value, "audit of \(iso3)") {
            for entry in entries {
                if let decoded = decodeAuditEntry(entry, country: iso3) { countryAudit.append(decoded) }
            }
        }
        guard let name, let iso2, let m49, let region, let subRegion else { return nil }
        return Country(iso3: iso3, iso2: iso2, m49: m49, name: name, region: region,
                       subRegion: subRegion, assessments: assessments)
    }

    mutating func decodeAssessment(_ node: JSONNode, _ what: String) -> Assessment? {
        guard let fields = reader.object(node, what, allowed: ["reported", "scores", "notes"]) else { return nil }
        var assessment = Assessment()
        if let reported = fields.first(where: { $0.key == "reported" }),
           let entries = reader.object(reported.value, "reported ratings of \(what)") {
            for entry in entries {
                guard entry.key == "overall" || areaIDs.contains(entry.key) else {
                    reader.fail(entry.keyPosition, "unknown area '\(entry.key)' in reported ratings of \(what)")
                    continue
                }
                guard let rating = decodeReported(entry.value, "\(what) \(entry.key)") else { continue }
                if entry.key == "overall" {
                    assessment.reportedOverall = rating
                } else {
                    assessment.reportedAreas[entry.key] = rating
                }
            }
        }
        if let scores = fields.first(where: { $0.key == "scores" }),
           let entries = reader.object(scores.value, "scores of \(what)") {
            for entry in entries {
                guard framework.areaID(ofIndicator: entry.key) != nil else {
                    reader.fail(entry.keyPosition, "unknown indicator '\(entry.key)' in \(what); the framework has no such id")
                    continue
                }
                if case .null = entry.value.value { continue }
                if let score = Self.answer(entry.value, of: entry.key, "answer of \(entry.key) in \(what)", framework, &reader) {
                    assessment.scores[entry.key] = score
                }
            }
        }
        if let notes = fields.first(where: { $0.key == "notes" }),
           let entries = reader.object(notes.value, "notes of \(what)") {
            // Gathered, then laid out once: a `NoteMap` rebuilds its buffer on every assignment.
            var keys: [String] = [], values: [String] = []
            defer { assessment.notes = NoteMap(sharingKeys: keys, values: values) }
            for entry in entries {
                guard framework.areaID(ofIndicator: entry.key) != nil else {
                    reader.fail(entry.keyPosition, "unknown indicator '\(entry.key)' in notes of \(what)")
                    continue
                }
                if let note = reader.string(entry.value, "note of \(entry.key) in \(what)"), !note.isEmpty {
                    if let index = keys.firstIndex(of: entry.key) {
                        values[index] = note
                    } else {
                        keys.append(entry.key)
                        values.append(note)
                    }
                }
            }
        }
        return assessment
    }

    mutating func decodeReported(_ node: JSONNode, _ what: String) -> ReportedRating? {
        let allowed: Set<String> = version >= 2 ? ["rating", "source", "caveat"] : ["rating", "source"]
        guard let fields = reader.object(node, "reported rating \(what)", allowed: allowed) else { return nil }
        let rating = reader.required(fields, "rating", in: "reported rating \(what)", at: node.position)
            .flatMap { reader.integer($0, "reported rating \(what)", in: scoreRange) }
        let source = reader.required(fields, "source", in: "reported rating \(what)", at: node.position)
            .flatMap { reader.string($0, "source of \(what)") }
        let caveat = fields.first { $0.key == "caveat" }.flatMap { reader.string($0.value, "caveat of \(what)") }
        guard let rating, let source else { return nil }
        if let sourceIDs {
            if !sourceIDs.contains(source), let node = fields.first(where: { $0.key == "source" }) {
                reader.fail(node.value.position, "source '\(source)' of \(what) is not in the sources table")
            }
        } else if legacySources[source] == nil {
            legacySources[source] = Source(citation: source, publisher: "", path: source, licence: "")
        }
        return ReportedRating(rating: rating, source: source, caveat: caveat)
    }
}
