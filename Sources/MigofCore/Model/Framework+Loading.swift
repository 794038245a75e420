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
        let allowed: Set<String> = ["id", "name", "version", "scale", "rule", "options", "areas"]
        guard let members = reader.object(root, "the framework", allowed: allowed) else { return nil }
        let id = reader.required(members, "id", in: "the framework", at: root.position).flatMap { reader.string($0, "id") }
        if let id, let node = members.first(where: { $0.key == "id" }), !isValidID(id) {
            reader.fail(node.value.position, "id '\(id)' must be lower-case letters, digits and '-'")
        }
        let version = reader.required(members, "version", in: "the framework", at: root.position)
            .flatMap { reader.integer($0, "version", in: 1...1_000_000) }
        let name = reader.required(members, "name", in: "the framework", at: root.position).flatMap { reader.string($0, "name") }
        let scale = decodeScale(members, root, &reader)
        let rule = reader.required(members, "rule", in: "the framework", at: root.position)
            .flatMap { decodeRule($0, scale: scale, &reader) }
        let defaults = members.first { $0.key == "options" }.flatMap { decodeOptions($0.value, "options of the framework", &reader) }
        var areas: [Area] = []
        var seenIDs: Set<String> = []
        if let node = reader.required(members, "areas", in: "the framework", at: root.position),
           let items = reader.array(node, "areas") {
            for item in items {
                guard let area = decodeArea(item, defaults: defaults, &reader) else { continue }
                for id in [area.id] + area.indicators.map(\.id) where !seenIDs.insert(id.lowercased()).inserted {
                    reader.fail(item.position, "id '\(id)' is used twice (ids are compared ignoring case)")
                }
                areas.append(area)
            }
            if items.isEmpty { reader.fail(node.position, "areas must list at least one area") }
        }
        guard let id, let version, let name, let rule else { return nil }
        return Framework(id: id, version: version, name: name, scale: scale, rule: rule, areas: areas)
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    private static func decodeScale(_ members: [JSONMember], _ root: JSONNode, _ reader: inout NodeReader) -> [RatingLevel] {
        var scale: [RatingLevel] = []
        guard let node = reader.required(members, "scale", in: "the framework", at: root.position),
              let items = reader.array(node, "scale") else { return scale }
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
        return scale
    }
}
