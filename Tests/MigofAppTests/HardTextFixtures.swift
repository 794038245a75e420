@testable import MigofApp
import MigofCore
import MigofWidgets

/// A store of names and notes in right-to-left scripts (Arabic, Hebrew, with their vowel
/// marks), Devanagari (vowel signs and conjuncts), CJK, emoji sequences, and a note of
/// 10,000 characters, built in code so the text is exact.
enum HardTextFixtures {
    static let framework = AppFixtures.framework

    /// Key, name, region and the note of every indicator of P1.
    static let entities: [(key: String, name: String, region: String, note: String)] = [
        ("ARB1", "الجمهورية العربية المُتَّحِدة", "Asia", "قانون رقم ١٢ لسنة ٢٠١٩ بشأن حقوق المُهاجِرين"),
        ("HEB1", "מְדִינַת יִשְׂרָאֵל", "Asia", "חוק השבות, תש״י–1950, סעיף 4א"),
        ("DEV1", "भारत गणराज्य क्षेत्र", "Asia", "प्रवासी श्रमिकों के अधिकार — धारा १२"),
        ("CJK1", "中华人民共和国 日本国 대한민국", "Asia", "出入境管理法 第12条（２０１９年）"),
        ("EMJ1", "🇺🇳 Ünited 🚀 👩‍👩‍👧 👍🏽 1️⃣ Land", "Oceania", "✅ ratified 🗓 2019 👨‍⚖️ court ❤️"),
        ("MIX1", "Mixed שלום مرحبا भारत 日本 🚀 é", "Europe", "RTL inside LTR: law ‏חוק‎ and ‏قانون‎ ok"),
        ("LNG1", "Long Note Land", "Africa", longNote),
    ]

    /// 10,000 characters of mixed scripts.
    static let longNote: String = {
        let words = ["law", "قانون", "חוק", "क़ानून", "法律", "법", "🚀", "Loi n°", "—"]
        var text = ""
        var index = 0
        while text.count < 10_000 {
            text += words[index % words.count] + " "
            index += 1
        }
        return String(text.prefix(10_000))
    }()

    static let store: Store = {
        var store = Store()
        for (n, entity) in entities.enumerated() {
            var assessment = Assessment(reportedOverall: ReportedRating(rating: 1 + n % 4, source: "test:hard-text"))
            assessment.reportedAreas["P1"] = ReportedRating(rating: 1 + (n + 1) % 4, source: "test:hard-text/" + entity.name)
            for id in ["test:hard-text", "test:hard-text/" + entity.name] {
                store.sources[id] = Source(citation: id, publisher: "tests", path: id, licence: "")
            }
            store.countries[entity.key] = Country(iso3: entity.key, iso2: "", m49: "", name: entity.name, region: entity.region,
                                                  subRegion: entity.note.count > 100 ? "" : entity.note,
                                                  assessments: [2021: assessment])
            for (i, indicator) in framework.areas[0].indicators.enumerated() {
                try! store.setScore(1 + (n + i) % 4, indicator: indicator.id, country: entity.key, year: 2021, framework: framework)
                try! store.setNote(entity.note, indicator: indicator.id, country: entity.key, year: 2021, framework: framework)
            }
        }
        return store
    }()

    static func app(size: Size) -> App {
        _ = TextWidth.useUTF8Locale()
        var app = App(store: store, framework: framework, storePath: "/data/hard.json")
        app.update(.resize(size))
        return app
    }
}
