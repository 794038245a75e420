/// How far the loading of a store has come: what a progress bar or line shows.
public struct LoadProgress: Sendable, Equatable {
    /// Bytes of the file decoded so far.
    public var bytes: Int
    /// The file's size.
    public var totalBytes: Int
    /// Entities (countries) decoded so far.
    public var entities: Int

    public init(bytes: Int, totalBytes: Int, entities: Int) {
        self.bytes = bytes
        self.totalBytes = totalBytes
        self.entities = entities
    }

    /// The share done, from 0 to 1.
    public var fraction: Double {
        totalBytes > 0 ? min(1, max(0, Double(bytes) / Double(totalBytes))) : 0
    }

    /// "45.2 of 129.0 MB, 7,000 entities": the same words in the dashboard and on stderr.
    public var text: String {
        "\(Self.megabytes(bytes)) of \(Self.megabytes(totalBytes)) MB, \(Self.grouped(entities)) entities"
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Thousands separated by commas, without Foundation's locale-dependent formatter.
    static func grouped(_ value: Int) -> String {
        var digits = String(value)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(",", at: index)
        }
        return digits
    }
}
