import Foundation

/// Reads and writes `$XDG_STATE_HOME/migof/state.json` (default `~/.local/state/migof/`).
///
/// State is not data: it lives apart from the store, so it is never copied, synced or
/// committed with it, and a damaged file costs only the remembered view.
public struct ViewStateFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The file at its XDG place.
    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let stateHome = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/state"
        path = stateHome + "/migof/state.json"
    }

    /// The remembered view, or nil with no message when there is none (or `fresh` is set, for
    /// `--fresh`); a damaged file gives nil and one message, and is left as it is.
    public func read(fresh: Bool = false) -> (state: ViewState?, message: String?) {
        guard !fresh, let data = FileManager.default.contents(atPath: path) else { return (nil, nil) }
        do {
            let root = try JSONParser.parse([UInt8](data))
            return (try Self.decode(root), nil)
        } catch let error as JSONParseError {
            return (nil, "\(path):\(error.position.line):\(error.position.column): \(error.message); the last view is not restored")
        } catch {
            return (nil, "\(path): \(error); the last view is not restored")
        }
    }

    /// Writes `state` atomically. Refuses a path in the store's own folder, so the state file
    /// never travels with shared data.
    public func write(_ state: ViewState, storePath: String) throws(MigofError) {
        let folder = (path as NSString).deletingLastPathComponent
        let storeFolder = ((storePath as NSString).deletingLastPathComponent as NSString).standardizingPath
        if (folder as NSString).standardizingPath == storeFolder {
            throw .io(path: path, message: "the view state is not written into the store's folder \(storeFolder)")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .io(path: folder, message: "cannot create the folder: \(error.localizedDescription)")
        }
        try AtomicFile(path: path).write(Array((JSONWriter.write(Self.encode(state)) + "\n").utf8), keepBackup: false)
    }

    static func encode(_ state: ViewState) -> JSONValue {
        var members: [(String, JSONValue)] = [("version", .number("1"))]
        let texts: [(String, String?)] = [("screen", state.screen), ("country", state.country), ("area", state.area),
                                          ("theme", state.theme), ("sort", state.sort), ("filter", state.filter),
                                          ("region", state.region), ("countryB", state.countryB)]
        for (key, value) in texts {
            if let value { members.append((key, .string(value))) }
        }
        if let year = state.year { members.append(("year", .number(String(year)))) }
        if let year = state.yearB { members.append(("yearB", .number(String(year)))) }
        let position = JSONPosition(line: 1, column: 1)
        return .object(members.map { JSONMember(key: $0.0, keyPosition: position, value: JSONNode(value: $0.1, position: position)) })
    }

    struct Damaged: Error, CustomStringConvertible {
        var description: String
    }

    static func decode(_ root: JSONNode) throws -> ViewState {
        guard root.object != nil else { throw Damaged(description: "not a JSON object") }
        func text(_ key: String) throws -> String? {
            guard let member = root.member(key) else { return nil }
            guard let value = member.value.string else {
                throw JSONParseError(position: member.value.position, message: "\"\(key)\" must be a string")
            }
            return value
        }
        var state = ViewState(screen: try text("screen"), country: try text("country"), area: try text("area"),
                              theme: try text("theme"), sort: try text("sort"), filter: try text("filter"),
                              region: try text("region"), countryB: try text("countryB"))
        func number(_ key: String) throws -> Int? {
            guard let member = root.member(key) else { return nil }
            guard let value = member.value.integer else {
                throw JSONParseError(position: member.value.position, message: "\"\(key)\" must be a whole number")
            }
            return value
        }
        state.year = try number("year")
        state.yearB = try number("yearB")
        return state
    }
}
