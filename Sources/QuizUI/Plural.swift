/// Counted English nouns: "1 question", "2 questions". Japanese needs no plural.
enum Plural {
    static func en(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
