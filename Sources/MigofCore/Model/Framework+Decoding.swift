extension Framework {
    /// Reads `rule`: `{"aggregate": "mean", "factor": F, "bands": [{"from": X, "rating": R}], "overall": "indicators"|"areas", "unit": U}`.
    static func decodeRule(_ node: JSONNode, scale: [RatingLevel], _ reader: inout NodeReader) -> ScoringRule? {
        let allowed: Set<String> = ["aggregate", "factor", "bands", "overall", "unit"]
        guard let fields = reader.object(node, "the rule", allowed: allowed) else { return nil }
        if let aggregate = reader.required(fields, "aggregate", in: "the rule", at: node.position).flatMap({ reader.string($0, "aggregate") }),
           aggregate != "mean", let at = fields.first(where: { $0.key == "aggregate" }) {
            reader.fail(at.value.position, "aggregate must be \"mean\", the only aggregation migof knows")
        }
        let factor = reader.required(fields, "factor", in: "the rule", at: node.position).flatMap { reader.number($0, "factor") }
        if let factor, factor <= 0, let at = fields.first(where: { $0.key == "factor" }) {
            reader.fail(at.value.position, "factor must be greater than 0")
        }
        let overallText = reader.required(fields, "overall", in: "the rule", at: node.position).flatMap { reader.string($0, "overall") }
        let overall = overallText.flatMap(ScoringRule.Overall.init(rawValue:))
        if overallText != nil, overall == nil, let at = fields.first(where: { $0.key == "overall" }) {
            reader.fail(at.value.position, "overall must be \"indicators\" or \"areas\"")
        }
        let unit = fields.first { $0.key == "unit" }.flatMap { reader.string($0.value, "unit") } ?? ""
        var bands: [ScoringRule.Band] = []
        if let list = reader.required(fields, "bands", in: "the rule", at: node.position).flatMap({ reader.array($0, "bands") }) {
            let ratings = Set(scale.map(\.value))
            for item in list {
                guard let parts = reader.object(item, "a band", allowed: ["from", "rating"]) else { continue }
                let from = reader.required(parts, "from", in: "a band", at: item.position).flatMap { reader.number($0, "from") }
                let rating = reader.required(parts, "rating", in: "a band", at: item.position).flatMap { reader.integer($0, "rating", in: 0...100) }
                guard let from, let rating else { continue }
                if !ratings.contains(rating) { reader.fail(item.position, "band rating \(rating) is not on the scale") }
                if bands.contains(where: { $0.from == from }) { reader.fail(item.position, "two bands start at \(AnswerOption.text(of: from))") }
                bands.append(ScoringRule.Band(from: from, rating: rating))
            }
            if list.isEmpty { reader.fail(node.position, "bands must list at least one band") }
        }
        guard let factor, let overall else { return nil }
        return ScoringRule(factor: factor, bands: bands, overall: overall, unit: unit)
    }

    /// Reads a list of answer options; values must be unique, since the store writes them.
    static func decodeOptions(_ node: JSONNode, _ what: String, _ reader: inout NodeReader) -> [AnswerOption]? {
        guard let items = reader.array(node, what) else { return nil }
        var options: [AnswerOption] = []
        for item in items {
            guard let fields = reader.object(item, "an answer option", allowed: ["value", "label", "short"]) else { continue }
            let value = reader.required(fields, "value", in: "an answer option", at: item.position).flatMap { reader.number($0, "value") }
            let label = reader.required(fields, "label", in: "an answer option", at: item.position).flatMap { reader.string($0, "label") }
            let short = reader.required(fields, "short", in: "an answer option", at: item.position).flatMap { reader.string($0, "short") }
            guard let value, let label, let short else { continue }
            if options.contains(where: { $0.value == value }) {
                reader.fail(item.position, "value \(AnswerOption.text(of: value)) is used twice in \(what); option values must be unique")
            }
            if options.contains(where: { $0.short.lowercased() == short.lowercased() }) {
                reader.fail(item.position, "short label '\(short)' is used twice in \(what)")
            }
            options.append(AnswerOption(value: value, label: label, short: short))
        }
        if items.isEmpty { reader.fail(node.position, "\(what) must list at least one option") }
        return options
    }

    static func decodeArea(_ node: JSONNode, defaults: [AnswerOption]?, _ reader: inout NodeReader) -> Area? {
        let allowed: Set<String> = ["id", "kind", "domain", "title", "statement", "domainName", "options", "indicators"]
        guard let fields = reader.object(node, "an area", allowed: allowed) else { return nil }
        func text(_ key: String, _ reader: inout NodeReader) -> String? {
            reader.required(fields, key, in: "an area", at: node.position).flatMap { reader.string($0, key) }
        }
        let id = text("id", &reader)
        let kindText = text("kind", &reader)
        let kind = kindText.flatMap(AreaKind.init(rawValue:))
        if kindText != nil, kind == nil, let kindNode = fields.first(where: { $0.key == "kind" }) {
            reader.fail(kindNode.value.position, "kind must be \"principle\" or \"objective\"")
        }
        let domain = reader.required(fields, "domain", in: "an area", at: node.position).flatMap { reader.integer($0, "domain", in: 1...99) }
        let title = text("title", &reader)
        let statement = text("statement", &reader)
        let domainName = text("domainName", &reader)
        let areaOptions = fields.first { $0.key == "options" }
            .flatMap { decodeOptions($0.value, "options of area \(id ?? "?")", &reader) } ?? defaults
        var indicators: [Indicator] = []
        if let list = reader.required(fields, "indicators", in: "an area", at: node.position).flatMap({ reader.array($0, "indicators") }) {
            for item in list {
                if let indicator = decodeIndicator(item, defaults: areaOptions, &reader) { indicators.append(indicator) }
            }
        }
        if let id { checkEntryID(id, of: "an area", fields, &reader) }
        if let id, id.lowercased() == "overall", let node = fields.first(where: { $0.key == "id" }) {
            reader.fail(node.value.position, "an area may not be called '\(id)': the store keys the overall rating so")
        }
        guard let id, let kind, let domain, let title, let statement, let domainName else { return nil }
        return Area(id: id, kind: kind, domain: domain, title: title, statement: statement,
                    domainName: domainName, indicators: indicators)
    }

    private static func decodeIndicator(_ item: JSONNode, defaults: [AnswerOption]?, _ reader: inout NodeReader) -> Indicator? {
        guard let parts = reader.object(item, "an indicator", allowed: ["id", "name", "description", "options"]) else { return nil }
        let iid = reader.required(parts, "id", in: "an indicator", at: item.position).flatMap { reader.string($0, "id") }
        let name = reader.required(parts, "name", in: "an indicator", at: item.position).flatMap { reader.string($0, "name") }
        let description = reader.required(parts, "description", in: "an indicator", at: item.position).flatMap { reader.string($0, "description") }
        let own = parts.first { $0.key == "options" }.flatMap { decodeOptions($0.value, "options of \(iid ?? "?")", &reader) }
        guard let options = own ?? defaults else {
            reader.fail(item.position, "indicator \(iid ?? "?") has no answer options (give 'options' to it, its area or the framework)")
            return nil
        }
        if let iid { checkEntryID(iid, of: "an indicator", parts, &reader) }
        guard let iid, let name, let description else { return nil }
        return Indicator(id: iid, name: name, description: description, options: options)
    }

    /// Area and indicator ids are keys of the store and words of the command line: ASCII
    /// letters, digits, `.`, `-` and `_`. Other text (quotes, control characters, accented
    /// letters, which Swift compares by canonical equivalence but a file holds as bytes) made
    /// the fast store decoder decline every store under the framework (found by fuzzing).
    private static func checkEntryID(_ id: String, of what: String, _ fields: [JSONMember], _ reader: inout NodeReader) {
        guard !isValidEntryID(id), let node = fields.first(where: { $0.key == "id" }) else { return }
        reader.fail(node.value.position, "id '\(id)' of \(what) must be ASCII letters, digits, '.', '-' and '_'")
    }

    static func isValidEntryID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2E || byte == 0x2D || byte == 0x5F
        }
    }
}
