import Foundation

extension Framework {
    /// Reads and checks a framework file; every problem is reported with its line and column.
    public static func load(path: String) throws(MigofError) -> Framework {
        // Bounded, and never blocked on a FIFO or device.
        return try parse(SideFile.read(path, limit: SideFile.maximumSideBytes), path: path)
    }

    /// Parses framework JSON; `path` is only used in messages.
    public static func parse(_ bytes: [UInt8], path: String) throws(MigofError) -> Framework {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .invalid([Diagnostic(path: path, line: error.position.line, column: error.position.column, message: error.message)])
        }
        var reader = NodeReader(path: path)
        let framework = decode(root, &reader)
        if let framework, reader.diagnostics.isEmpty { return framework }
        throw .invalid(reader.diagnostics)
    }

    private static func decode(_ root: JSONNode, _ reader: inout NodeReader) -> Framework? {
        guard let members = reader.object(root, "the framework", allowed: ["name", "version", "scale", "areas"]) else { return nil }
        let name = reader.required(members, "name", in: "the framework", at: root.position).flatMap { reader.string($0, "name") }
        var scale: [RatingLevel] = []
        if let node = reader.required(members, "scale", in: "the framework", at: root.position),
           let items = reader.array(node, "scale") {
            for item in items {
                guard let fields = reader.object(item, "a scale level", allowed: ["value", "label", "short"]) else { continue }
                let value = reader.required(fields, "value", in: "a scale level", at: item.position).flatMap { reader.integer($0, "value", in: 0...100) }
                let label = reader.required(fields, "label", in: "a scale level", at: item.position).flatMap { reader.string($0, "label") }
                let short = fields.first { $0.key == "short" }.flatMap { reader.string($0.value, "short") }
                if let value, let label {
                    scale.append(RatingLevel(value: value, label: label, shortLabel: short ?? label))
                }
            }
            if items.isEmpty { reader.fail(node.position, "scale must list at least one level") }
        }
        var areas: [Area] = []
        var seenIDs: Set<String> = []
        if let node = reader.required(members, "areas", in: "the framework", at: root.position),
           let items = reader.array(node, "areas") {
            for item in items {
                guard let area = decodeArea(item, &reader) else { continue }
                for id in [area.id] + area.indicators.map(\.id) where !seenIDs.insert(id).inserted {
                    reader.fail(item.position, "id '\(id)' is used twice")
                }
                areas.append(area)
            }
            if items.isEmpty { reader.fail(node.position, "areas must list at least one area") }
        }
        guard let name else { return nil }
        return Framework(name: name, scale: scale, areas: areas)
    }

    private static func decodeArea(_ node: JSONNode, _ reader: inout NodeReader) -> Area? {
        let allowed: Set<String> = ["id", "kind", "domain", "title", "statement", "domainName", "indicators"]
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
        var indicators: [Indicator] = []
        if let list = reader.required(fields, "indicators", in: "an area", at: node.position).flatMap({ reader.array($0, "indicators") }) {
            for item in list {
                guard let parts = reader.object(item, "an indicator", allowed: ["id", "name", "description"]) else { continue }
                let iid = reader.required(parts, "id", in: "an indicator", at: item.position).flatMap { reader.string($0, "id") }
                let name = reader.required(parts, "name", in: "an indicator", at: item.position).flatMap { reader.string($0, "name") }
                let description = reader.required(parts, "description", in: "an indicator", at: item.position).flatMap { reader.string($0, "description") }
                if let iid, let name, let description {
                    indicators.append(Indicator(id: iid, name: name, description: description))
                }
            }
        }
        guard let id, let kind, let domain, let title, let statement, let domainName else { return nil }
        return Area(id: id, kind: kind, domain: domain, title: title, statement: statement,
                    domainName: domainName, indicators: indicators)
    }
}
