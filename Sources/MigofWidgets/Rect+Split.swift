extension Rect {
    /// Divides the rectangle into one slot per constraint along `direction`,
    /// with `spacing` empty cells between neighbouring slots.
    ///
    /// Space is granted in priority order so that chrome survives shrinking:
    /// first every `.fixed`, then every `.min`, then every `.percentage` (each
    /// group left to right, each slot getting what it asks or what is left).
    /// Whatever remains goes to the `.fill` slots by weight (largest remainder,
    /// ties to the earlier slot); without fills it is shared evenly by the `.min`
    /// slots; without those it goes to the last slot. The sizes therefore always
    /// add up to the space left after spacing, and are never negative. When the
    /// rectangle cannot even hold the spacing, every slot is empty and placed
    /// inside the rectangle.
    public func split(_ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let total = direction == .horizontal ? width : height
        let start = direction == .horizontal ? x : y
        let gap = max(0, spacing)
        let available = max(0, total - gap * (constraints.count - 1))
        let sizes = Rect.allocate(constraints, available: available)

        var position = start
        return sizes.map { size in
            let placed = min(position, start + total)
            position += size + gap
            switch direction {
            case .horizontal: return Rect(x: placed, y: y, width: size, height: height)
            case .vertical: return Rect(x: x, y: placed, width: width, height: size)
            }
        }
    }

    private static func allocate(_ constraints: [Constraint], available: Int) -> [Int] {
        var sizes = [Int](repeating: 0, count: constraints.count)
        var remaining = available

        func grant(_ request: (Constraint) -> Int?) {
            for (index, constraint) in constraints.enumerated() {
                guard let wanted = request(constraint) else { continue }
                let granted = Swift.min(Swift.max(0, wanted), remaining)
                sizes[index] = granted
                remaining -= granted
            }
        }
        grant { if case .fixed(let n) = $0 { n } else { nil } }
        grant { if case .min(let n) = $0 { n } else { nil } }
        grant { if case .percentage(let p) = $0 { available * Swift.min(Swift.max(p, 0), 100) / 100 } else { nil } }

        guard remaining > 0 else { return sizes }
        let fills = constraints.enumerated().compactMap { index, c -> (Int, Int)? in
            if case .fill(let weight) = c { (index, Swift.max(1, weight)) } else { nil }
        }
        let mins = constraints.enumerated().compactMap { index, c -> (Int, Int)? in
            if case .min = c { (index, 1) } else { nil }
        }
        let growers = fills.isEmpty ? mins : fills
        if growers.isEmpty {
            sizes[sizes.count - 1] += remaining
            return sizes
        }
        for (index, share) in distribute(remaining, weights: growers.map(\.1)).enumerated() {
            sizes[growers[index].0] += share
        }
        return sizes
    }

    /// Splits `amount` proportionally to `weights` with the largest-remainder
    /// method, so the shares add up exactly and ties favour earlier entries.
    private static func distribute(_ amount: Int, weights: [Int]) -> [Int] {
        let totalWeight = weights.reduce(0, +)
        var shares = weights.map { amount * $0 / totalWeight }
        let leftover = amount - shares.reduce(0, +)
        let byRemainder = weights.indices.sorted { a, b in
            let ra = amount * weights[a] % totalWeight
            let rb = amount * weights[b] % totalWeight
            return ra != rb ? ra > rb : a < b
        }
        for index in byRemainder.prefix(leftover) {
            shares[index] += 1
        }
        return shares
    }
}
