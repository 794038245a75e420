/// What version 2 added to the checked decoder: the framework a store records, its sources
/// table, and answers written as option values.
extension StoreDecoder {
    /// A version 2 store names its framework, which must be the one in use; a version 1 store
    /// names none and was scored with `FrameworkRef.versionOneDefault`.
    mutating func checkFramework(_ members: [JSONMember], _ root: JSONNode) -> Bool {
        var recorded = FrameworkRef.versionOneDefault
        var position = root.position
        if version >= 2 {
            guard let node = reader.required(members, "framework", in: "the store", at: root.position),
                  let fields = reader.object(node, "framework", allowed: ["id", "version"]) else { return false }
            let id = reader.required(fields, "id", in: "framework", at: node.position).flatMap { reader.string($0, "framework id") }
            let number = reader.required(fields, "version", in: "framework", at: node.position)
                .flatMap { reader.integer($0, "framework version", in: 1...1_000_000) }
            guard let id, let number else { return false }
            recorded = FrameworkRef(id: id, version: number)
            position = node.position
        } else if let extra = members.first(where: { $0.key == "framework" }) {
            reader.fail(extra.keyPosition, "a version 1 store has no 'framework'; version 2 stores do")
            return false
        }
        guard recorded == framework.ref else {
            reader.fail(position, Store.mismatchMessage(recorded: recorded, inUse: framework.ref))
            return false
        }
        return true
    }

    mutating func decodeSources(_ node: JSONNode) -> [String: Source] {
        var sources: [String: Source] = [:]
        for entry in reader.object(node, "sources") ?? [] {
            let what = "source \(entry.key)"
            guard let fields = reader.object(entry.value, what, allowed: ["citation", "publisher", "path", "licence"]) else { continue }
            func text(_ key: String, _ reader: inout NodeReader) -> String? {
                reader.required(fields, key, in: what, at: entry.value.position).flatMap { reader.string($0, "\(key) of \(what)") }
            }
            let citation = text("citation", &reader), publisher = text("publisher", &reader)
            let path = text("path", &reader), licence = text("licence", &reader)
            if entry.key.isEmpty { reader.fail(entry.keyPosition, "a source id must not be empty") }
            // An id is shown and audited like any text, so it obeys the same control-character rule.
            if let problem = ControlText.problem(in: entry.key, what: "the source id") { reader.fail(entry.keyPosition, problem) }
            guard let citation, let publisher, let path, let licence else { continue }
            sources[entry.key] = Source(citation: citation, publisher: publisher, path: path, licence: licence)
        }
        return sources
    }

    /// An answer as the file writes it (the option's value), as its ordinal; a value that is
    /// not one of the indicator's options is reported with the options it could be.
    static func answer(_ node: JSONNode, of indicator: String, _ what: String, _ framework: Framework,
                       _ reader: inout NodeReader) -> Int? {
        let options = framework.options(for: indicator)
        let allowed = options.map(\.valueText).joined(separator: ", ")
        guard case .number(let raw) = node.value, let value = Double(raw) else {
            reader.fail(node.position, "\(what) must be one of \(allowed), got \(node.value.briefDescription)")
            return nil
        }
        guard let ordinal = framework.answer(forValue: value, of: indicator) else {
            reader.fail(node.position, "\(what) must be one of \(allowed), got \(raw)")
            return nil
        }
        return ordinal
    }
}
