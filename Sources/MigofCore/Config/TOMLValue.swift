/// A value of migof's TOML subset: strings, integers, booleans, arrays and tables.
public indirect enum TOMLValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case array([TOMLNode])
    case table(TOMLTable)

    /// The TOML type name, for messages such as "expected a string, found an integer".
    public var typeName: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .boolean: "a boolean"
        case .array: "an array"
        case .table: "a table"
        }
    }
}

/// A value with where it starts in the file, so a message can name its line and column.
public struct TOMLNode: Sendable, Equatable {
    public var value: TOMLValue
    /// 1-based line and column (in characters) of the value's first character.
    public var line: Int
    public var column: Int

    public init(value: TOMLValue, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// A table keeps its keys in file order, so warnings come out in the order a person reads them.
public struct TOMLTable: Sendable, Equatable {
    /// One `key = value`, with the key's own position.
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var line: Int
        public var column: Int
        public var node: TOMLNode
    }

    public var entries: [Entry] = []

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The value under `key`, if present.
    public subscript(key: String) -> TOMLNode? {
        entries.first { $0.key == key }?.node
    }
}
