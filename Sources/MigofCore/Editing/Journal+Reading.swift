extension Journal {
    /// Parses journal bytes, recovering every complete line it can. A last line without its
    /// newline is a write cut by a crash and is ignored; any other line that cannot be read
    /// is skipped and named in `skipped`. A line that holds a fragment followed by a complete
    /// edit (a write cut short by a full disk, then a good one, by a migof that did not yet
    /// cut failed writes back) keeps the edit. Every checkpoint (header, save mark) is kept
    /// so `Contents.pending(storeHash:)` can leave out what the store already holds.
    public static func parse(_ bytes: [UInt8], path: String, framework: Framework) -> Contents {
        var contents = Contents(entries: [], ignoredPartialLine: false)
        var start = 0
        var line = 0
        while start < bytes.count {
            line += 1
            guard let end = bytes[start...].firstIndex(of: 0x0A) else {
                contents.ignoredPartialLine = true
                break
            }
            let slice = Array(bytes[start..<end])
            start = end + 1
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            read(slice, line: line, path: path, framework: framework, into: &contents)
        }
        return contents
    }

    private static func read(_ slice: [UInt8], line: Int, path: String, framework: Framework, into contents: inout Contents) {
        switch parseLine(slice, line: line, path: path, framework: framework) {
        case .record(let record):
            add(record, line: line, path: path, to: &contents)
        case .failure(let diagnostic):
            // A fragment then a whole edit: recover the edit, report the fragment.
            let marker = Array("{\"time\":".utf8)
            if let at = lastIndex(of: marker, in: slice), at > 0,
               case .record(let record) = parseLine(Array(slice[at...]), line: line, path: path, framework: framework) {
                contents.skipped.append(Diagnostic(path: path, line: line, column: 1,
                                                   message: "skipped \(at) bytes of a write that was cut short"))
                add(record, line: line, path: path, to: &contents)
            } else {
                contents.skipped.append(diagnostic)
            }
        }
    }

    private static func add(_ record: Record, line: Int, path: String, to contents: inout Contents) {
        switch record {
        case .entry(let entry):
            contents.entries.append(entry)
        case .header(let hash):
            if line == 1 {
                contents.checkpoints.append(Checkpoint(afterEntries: 0, hash: hash))
            } else {
                contents.skipped.append(Diagnostic(path: path, line: line, column: 1, message: "a journal header after the first line"))
            }
        case .saving(let hash):
            contents.checkpoints.append(Checkpoint(afterEntries: contents.entries.count, hash: hash))
        }
    }

    private enum Parsed {
        case record(Record)
        case failure(Diagnostic)
    }

    private enum Record {
        case header(String?)
        case entry(Entry)
        case saving(String)
    }

    private static func parseLine(_ bytes: [UInt8], line: Int, path: String, framework: Framework) -> Parsed {
        let node: JSONNode
        do {
            node = try JSONParser.parse(bytes)
        } catch {
            return .failure(Diagnostic(path: path, line: line, column: error.position.column, message: error.message))
        }
        if let version = node.member("journal") {
            guard version.value.integer == 1 else {
                return .failure(Diagnostic(path: path, line: line, column: 1, message: "journal version \(version.value) is not supported"))
            }
            return .record(.header(node.member("base")?.value.string))
        }
        if let saving = node.member("saving")?.value.string { return .record(.saving(saving)) }
        var decoder = StoreDecoder(reader: NodeReader(path: path), framework: framework)
        let time = node.member("time")?.value.string
        let user = node.member("user")?.value.string
        let edit = node.member("edit").flatMap { decoder.decodeEdit($0.value) }
        guard let time, let user, let edit, decoder.reader.diagnostics.isEmpty else {
            let reason = decoder.reader.diagnostics.first?.message ?? "a journal line needs time, user and edit"
            return .failure(Diagnostic(path: path, line: line, column: 1, message: reason))
        }
        return .record(.entry(Entry(time: time, user: user, edit: edit)))
    }

    private static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.count - needle.count
        while index >= 0 {
            if haystack[index] == needle[0], Array(haystack[index..<index + needle.count]) == needle { return index }
            index -= 1
        }
        return nil
    }
}
