extension Framework {
    /// What an answer means on the rating scale: the band its value alone falls in under the
    /// framework's rule (under 10.7.2, yes → 100% → 4, legal status only → 50% → 2, no → 1;
    /// on a 1–4 scale a score is its own band). Screens colour answers by it, so "3 no" is
    /// never drawn in the colour of a rating of 3. Nil for an unknown answer.
    public func meaning(ofAnswer answer: Int, of indicatorID: String) -> Int? {
        guard let value = value(ofAnswer: answer, of: indicatorID) else { return nil }
        return rule.band(value * rule.factor)
    }

    /// What an answer counts for under the rule, with its unit: "50%" for legal status only
    /// under 10.7.2, "3.00" for a 3 on the MGI topics. Nil for an unknown answer.
    public func figureText(ofAnswer answer: Int, of indicatorID: String) -> String? {
        value(ofAnswer: answer, of: indicatorID).map { rule.text($0 * rule.factor) }
    }

    /// Whether an indicator is answered on the rating scale itself (its options are valued
    /// like the scale's levels, 1…4), so that its answer reads as a rating and gets a bar.
    public func answersOnScale(_ indicatorID: String) -> Bool {
        let values = options(for: indicatorID).map(\.value)
        return !values.isEmpty && values == scale.map { Double($0.value) }
    }
}
