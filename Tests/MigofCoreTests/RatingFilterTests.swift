import MigofCore
import Testing

/// The browser's `:filter` language: spelled several ways, one meaning; bad input says why.
@Suite struct RatingFilterTests {
    let framework = Fixtures.framework

    @Test func operatorsParseWithOrWithoutSpacesAndInMathematicalSigns() throws {
        let wanted = RatingFilter(clauses: [.rating(area: "P3", .lessOrEqual, 2)])
        for line in ["P3<=2", "P3 <= 2", "p3≤2", "P3 ≤ 2", " p3 <=2 "] {
            #expect(try RatingFilter.parse(line, framework: framework) == wanted, "\(line)")
        }
        let overall = try RatingFilter.parse("overall = 1, all!=3 ALL>=2", framework: framework)
        #expect(overall.clauses == [.rating(area: nil, .equal, 1), .rating(area: nil, .notEqual, 3), .rating(area: nil, .greaterOrEqual, 2)])
    }

    @Test func basisWordsAndData() throws {
        let filter = try RatingFilter.parse("assessed P2=partial O1!=published reported data", framework: framework)
        #expect(filter.clauses == [.basis(area: nil, .assessed, negated: false), .basis(area: "P2", .partial, negated: false),
                                   .basis(area: "O1", .published, negated: true), .basis(area: nil, .published, negated: false), .hasData])
        #expect(filter.description == "overall assessed · P2 partial · O1 not published · overall published · with data")
    }

    @Test(arguments: [
        ("P7<=2", "'P7' in 'P7<=2' is no column"),
        ("P3<=9", "9 in 'P3<=9' is off the scale 1 to 4"),
        ("P3=good", "'good' in 'P3=good' is neither a rating"),
        ("P3<partial", "neither a rating"),
        ("bogus", "'bogus' is no clause"),
        ("<2", "a column in '<2' is no column"),
        ("P3=>2", "'=>' in 'P3=>2' is no operator"),
        ("", "filter: empty"),
    ])
    func badLinesSayWhy(line: String, message: String) {
        #expect(throws: RatingFilter.ParseError.self) { try RatingFilter.parse(line, framework: framework) }
        do {
            _ = try RatingFilter.parse(line, framework: framework)
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }
}
